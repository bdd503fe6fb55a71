/**
 * Comments: an author's standing on a site (ban, note, approved count, last 10 texts' hashes), one item each.
 * A moderator's ban or note is written with its audit-log entry in one transaction.
 */
import { BatchGetCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { followKey, memberKey } from '../shared/data/keys.js';
import { conditionalWrite, transact } from '../shared/data/transact.js';
import { type LogEntry, logSteps } from './log-repository.js';
import { mergedStanding } from './member-merge.js';
import type { AuthorState } from './pipeline/types.js';
import type { MemberNote, MemberWarning, ReaderWarning } from './types.js';

/**
 * The author's standing on the site. With `legacyKey` (a guest's former key, before keys were
 * HMACs: functions/shared/guest-key.ts), the item under it is read as well, in parallel, and both
 * count as one (`mergedStanding`): until the migration has moved it, a guest's ban and standing
 * are there. Remove the second read once every stage has migrated.
 */
export async function getMember(site: string, authorKey: string, legacyKey?: string): Promise<AuthorState> {
  if (!legacyKey || legacyKey === authorKey) return readMember(site, authorKey);
  const [current, legacy] = await Promise.all([readMember(site, authorKey), readMember(site, legacyKey)]);
  return mergedStanding(current, legacy);
}

async function readMember(site: string, authorKey: string): Promise<AuthorState> {
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
    replyAlerts: Item?.replyAlerts === true ? true : undefined,
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

/**
 * Adds a moderator's note on an author to their notes (oldest first), logged at once; `note` keeps
 * the latest text, as records before the history had. Appended, so two moderators' notes at once
 * both stay; refused (`notes_full`) at {@link MAX_NOTES}, which keeps the item far below 400 KB.
 */
export async function setNote(
  site: string,
  authorKey: string,
  note: MemberNote,
  log: LogEntry,
): Promise<'notes_full' | undefined> {
  const { refused } = await transact([
    {
      item: {
        Update: {
          TableName: config.commentsTable,
          Key: memberKey(site, authorKey),
          UpdateExpression:
            'SET note = :note, noteBy = :by, notes = list_append(if_not_exists(notes, :none), :new), updatedAt = :now, #type = :member',
          ConditionExpression: 'attribute_not_exists(notes) OR size(notes) < :max',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: {
            ':note': note.text,
            ':by': note.byId,
            ':none': [],
            ':new': [note],
            ':max': MAX_NOTES,
            ':now': note.at,
            ':member': 'member',
          },
        },
      },
      refused: 'notes_full',
    },
    ...logSteps(log),
  ]);
  return refused === 'notes_full' ? refused : undefined;
}

/** How many notes an author's record holds at most (2,000 characters each). */
export const MAX_NOTES = 100;

/** The moderators' notes and warning on an author, besides their standing (the author panel). */
export async function getMemberFile(
  site: string,
  authorKey: string,
): Promise<{
  notes: MemberNote[];
  warning?: MemberWarning;
  noteBy?: string;
  updatedAt?: string;
  authorName?: string;
}> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: config.commentsTable,
      Key: memberKey(site, authorKey),
      ConsistentRead: true,
      ProjectionExpression: 'notes, warning, noteBy, updatedAt, authorName',
    }),
  );
  return {
    notes: (Item?.notes as MemberNote[] | undefined) ?? [],
    warning: Item?.warning as MemberWarning | undefined,
    noteBy: Item?.noteBy as string | undefined,
    updatedAt: Item?.updatedAt as string | undefined,
    authorName: Item?.authorName as string | undefined,
  };
}

/**
 * What a signed-in reader's first page says of their standing on the site and the article, from
 * one BatchGetItem: their member item (the end of a ban, the moderators' warning not yet
 * dismissed) and whether they follow the article (its follow item, written by alerts only:
 * functions/alerts/follow-repository.ts), so the thread's answer needs no request more for it.
 */
export async function readerStanding(
  site: string,
  page: string,
  authorKey: string,
): Promise<{ bannedUntil?: string; warning?: ReaderWarning; following: boolean }> {
  const member = memberKey(site, authorKey);
  const follow = followKey(authorKey, site, page);
  let keys: Record<string, unknown>[] = [member, follow];
  const items: Record<string, unknown>[] = [];
  // Two small items are never left unprocessed but under throttling: then asked again, briefly.
  for (let attempt = 0; keys.length > 0 && attempt < 4; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 25 * 2 ** attempt));
    const { Responses, UnprocessedKeys } = await dynamo().send(
      new BatchGetCommand({
        RequestItems: {
          [config.commentsTable]: {
            Keys: keys,
            ProjectionExpression: 'pk, sk, bannedUntil, warning',
            ConsistentRead: true,
          },
        },
      }),
    );
    items.push(...(Responses?.[config.commentsTable] ?? []));
    keys = (UnprocessedKeys?.[config.commentsTable]?.Keys as Record<string, unknown>[] | undefined) ?? [];
  }
  if (keys.length > 0)
    throw Object.assign(new Error('BatchGetItem left keys unprocessed'), { name: 'ThrottlingException' });
  const Item = items.find((item) => item.pk === member.pk && item.sk === member.sk);
  const warning = Item?.warning as MemberWarning | undefined;
  return {
    bannedUntil: Item?.bannedUntil as string | undefined,
    warning:
      warning && !warning.dismissedAt
        ? { id: warning.id, message: warning.message, at: warning.at }
        : undefined,
    following: items.some((item) => item.pk === follow.pk && item.sk === follow.sk),
  };
}

/** Sets the author's warning (replacing an earlier one, dismissed or not), logged at once. */
export async function setWarning(site: string, authorKey: string, warning: MemberWarning, log: LogEntry) {
  await transact([
    {
      item: {
        Update: {
          TableName: config.commentsTable,
          Key: memberKey(site, authorKey),
          UpdateExpression: 'SET warning = :warning, updatedAt = :now, #type = :member',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':warning': warning, ':now': warning.at, ':member': 'member' },
        },
      },
    },
    ...logSteps(log),
  ]);
}

/**
 * Marks the reader's warning `id` dismissed; false when their record holds no such warning (another
 * replaced it, or none). Dismissing twice keeps the first date.
 */
export async function dismissWarning(
  site: string,
  authorKey: string,
  id: string,
  at: string,
): Promise<string | undefined> {
  const outcome = await conditionalWrite({
    item: {
      Update: {
        TableName: config.commentsTable,
        Key: memberKey(site, authorKey),
        UpdateExpression: 'SET warning.dismissedAt = if_not_exists(warning.dismissedAt, :at)',
        ConditionExpression: 'warning.id = :id',
        ExpressionAttributeValues: { ':id': id, ':at': at },
        ReturnValues: 'ALL_NEW',
      },
    },
    refused: 'no_such_warning',
  });
  if (outcome.refused) return undefined;
  return (outcome.attributes?.warning as MemberWarning | undefined)?.dismissedAt ?? at;
}
