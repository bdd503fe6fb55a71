/**
 * Comments: an author's standing on a site (ban, note, approved count, last 10 texts' hashes), one item each.
 * A moderator's ban or note is written with its audit-log entry in one transaction.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { memberKey } from '../shared/data/keys.js';
import { transact } from '../shared/data/transact.js';
import { type LogEntry, logSteps } from './log-repository.js';
import type { AuthorState } from './pipeline/types.js';

export async function getMember(site: string, authorKey: string): Promise<AuthorState> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: config.commentsTable,
      Key: memberKey(site, authorKey),
      ConsistentRead: true,
    }),
  );
  return {
    approvedCount: Number(Item?.approvedCount ?? 0),
    lastBodyHash: Item?.lastBodyHash as string | undefined,
    recentBodyHashes: Item?.recentBodyHashes as string[] | undefined,
    bannedUntil: Item?.bannedUntil as string | undefined,
    banReason: Item?.banReason as string | undefined,
    bannedBy: Item?.bannedBy as string | undefined,
    banCovers: Item?.banCovers as string[] | undefined,
    note: Item?.note as string | undefined,
    authorName: Item?.authorName as string | undefined,
    emailConfirmed: Item?.emailConfirmed === true ? true : undefined,
  };
}

/**
 * Bans (until a date, or 'forever') or, with `ban` undefined, lifts the ban; logged at once. The
 * ban of `authorKey` also covers each key of `covers` (an account's email as a guest): the same
 * ban is written on each in the same transaction, and the first keeps the list to lift them with it.
 */
export async function setBan(
  site: string,
  authorKey: string,
  ban: { until: string; reason?: string; by: string } | undefined,
  log: LogEntry,
  covers: readonly string[] = [],
): Promise<void> {
  const now = new Date().toISOString();
  const update = (key: string, list: readonly string[] | undefined) => ({
    item: {
      Update: {
        TableName: config.commentsTable,
        Key: memberKey(site, key),
        UpdateExpression: ban
          ? `SET bannedUntil = :until, banReason = :reason, bannedBy = :by, updatedAt = :now, #type = :member${list ? ', banCovers = :covers' : ' REMOVE banCovers'}`
          : 'REMOVE bannedUntil, banReason, bannedBy, banCovers SET updatedAt = :now, #type = :member',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: ban
          ? {
              ':until': ban.until,
              ':reason': ban.reason ?? '',
              ':by': ban.by,
              ':now': now,
              ':member': 'member',
              ...(list ? { ':covers': [...list] } : {}),
            }
          : { ':now': now, ':member': 'member' },
      },
    },
  });
  const others = covers.filter((key) => key !== authorKey);
  await transact([
    update(authorKey, others.length ? others : undefined),
    ...others.map((key) => update(key, undefined)),
    ...logSteps(log),
  ]);
}

/** Sets a moderator's note on an author, logged at once. */
export async function setNote(site: string, authorKey: string, note: string, by: string, log: LogEntry) {
  await transact([
    {
      item: {
        Update: {
          TableName: config.commentsTable,
          Key: memberKey(site, authorKey),
          UpdateExpression: 'SET note = :note, noteBy = :by, updatedAt = :now, #type = :member',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: {
            ':note': note,
            ':by': by,
            ':now': new Date().toISOString(),
            ':member': 'member',
          },
        },
      },
    },
    ...logSteps(log),
  ]);
}
