/**
 * Moderation: a staff member's alerts on a site (`MODALERTS#<site>`/`<userId>`: digest frequency,
 * notice emails, when the next digest is due), and the digests due, by time
 * (`MODALERTS#due`/`<due at>#<site>#<userId>`), so the schedule finds them with one Query, never a
 * Scan. A pointer whose time is no longer its item's `dueAt` is stale (the settings changed) and
 * is dropped when met.
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { MODERATOR_DIGEST_DUE_PARTITION, moderatorAlertsKey } from '../shared/data/keys.js';
import type { DigestFrequency, ModeratorAlerts } from './types.js';

/** How long each frequency waits between two digests. */
export const DIGEST_PERIOD_MS: Readonly<Record<Exclude<DigestFrequency, 'off'>, number>> = {
  '15m': 15 * 60_000,
  '1h': 60 * 60_000,
  '1d': 24 * 60 * 60_000,
};

/** A digest due: its pointer's sort key, whose and when. */
export interface DueDigest {
  sk: string;
  site: string;
  userId: string;
  dueAt: string;
}

const table = () => config.commentsTable;
const isConditionFailure = (error: unknown) => (error as Error).name === 'ConditionalCheckFailedException';

const asFrequency = (value: unknown): DigestFrequency =>
  value === '15m' || value === '1h' || value === '1d' ? value : 'off';

/** The time after `from` at which a digest of `digest` is next due; undefined when it is off. */
export function nextDue(digest: DigestFrequency, from: Date): string | undefined {
  return digest === 'off' ? undefined : new Date(from.getTime() + DIGEST_PERIOD_MS[digest]).toISOString();
}

const pointerSk = (dueAt: string, site: string, userId: string) => `${dueAt}#${site}#${userId}`;

const putPointer = (dueAt: string, site: string, userId: string) =>
  dynamo().send(
    new PutCommand({
      TableName: table(),
      Item: {
        pk: MODERATOR_DIGEST_DUE_PARTITION,
        sk: pointerSk(dueAt, site, userId),
        type: 'moderator_digest_due',
        site,
        userId,
      },
    }),
  );

/** Drops a due pointer (sent, or stale). */
export const dropDigestPointer = (sk: string) =>
  dynamo().send(new DeleteCommand({ TableName: table(), Key: { pk: MODERATOR_DIGEST_DUE_PARTITION, sk } }));

/** The staff member's alerts on `site`: both off when never set. */
export async function readModeratorAlerts(site: string, userId: string): Promise<ModeratorAlerts> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: table(), Key: moderatorAlertsKey(site, userId), ConsistentRead: true }),
  );
  const digest = asFrequency(Item?.digest);
  return {
    site,
    digest,
    notices: Item?.notices === true,
    nextDigestAt: digest !== 'off' && typeof Item?.dueAt === 'string' ? Item.dueAt : null,
  };
}

/**
 * Saves the staff member's alerts on `site`. A frequency that changes (or turns on) makes the
 * next digest due one period from now; the same frequency keeps its due time.
 */
export async function saveModeratorAlerts(
  site: string,
  userId: string,
  settings: { digest: DigestFrequency; notices: boolean },
  now: Date,
): Promise<ModeratorAlerts> {
  const before = await readModeratorAlerts(site, userId);
  const dueAt =
    settings.digest === before.digest && before.nextDigestAt
      ? before.nextDigestAt
      : nextDue(settings.digest, now);
  await dynamo().send(
    new PutCommand({
      TableName: table(),
      Item: {
        ...moderatorAlertsKey(site, userId),
        type: 'moderator_alerts',
        site,
        userId,
        digest: settings.digest,
        notices: settings.notices,
        ...(dueAt ? { dueAt } : {}),
        updatedAt: now.toISOString(),
      },
    }),
  );
  if (before.nextDigestAt && before.nextDigestAt !== dueAt)
    await dropDigestPointer(pointerSk(before.nextDigestAt, site, userId));
  if (dueAt) await putPointer(dueAt, site, userId);
  return { site, digest: settings.digest, notices: settings.notices, nextDigestAt: dueAt ?? null };
}

/** Turns the digest or the notice emails off (an email's unsubscribe link); the other stays. */
export async function stopModeratorAlert(
  site: string,
  userId: string,
  what: 'digest' | 'notices',
  now: Date,
): Promise<void> {
  const before = await readModeratorAlerts(site, userId);
  const settings =
    what === 'digest'
      ? { digest: 'off' as const, notices: before.notices }
      : { digest: before.digest, notices: false };
  await saveModeratorAlerts(site, userId, settings, now);
}

/** The digest pointers due at or before `now`, oldest first (at most 100 a round). */
export async function dueDigests(now: Date): Promise<DueDigest[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk AND sk <= :bound',
      ExpressionAttributeValues: {
        ':pk': MODERATOR_DIGEST_DUE_PARTITION,
        ':bound': `${now.toISOString()}#\uffff`,
      },
      Limit: 100,
    }),
  );
  return Items.map((item) => {
    const sk = String(item.sk);
    return { sk, site: String(item.site), userId: String(item.userId), dueAt: sk.slice(0, sk.indexOf('#')) };
  });
}

/**
 * Moves a digest due at `due.dueAt` to `next`, unless its settings changed meanwhile; then drops
 * the pointer. Returns false when the settings no longer expect this digest (a stale pointer).
 */
export async function advanceDigest(due: DueDigest, next: string, now: Date): Promise<boolean> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: moderatorAlertsKey(due.site, due.userId),
        UpdateExpression: 'SET dueAt = :next, lastDigestAt = :now',
        ConditionExpression: 'dueAt = :due',
        ExpressionAttributeValues: { ':next': next, ':now': now.toISOString(), ':due': due.dueAt },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    await dropDigestPointer(due.sk);
    return false;
  }
  await putPointer(next, due.site, due.userId);
  await dropDigestPointer(due.sk);
  return true;
}

/** The staff members of `site` who want an email for each notice (one Query on the site's partition). */
export async function noticeRecipients(site: string): Promise<string[]> {
  const users: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const { Items = [], LastEvaluatedKey } = await dynamo().send(
      new QueryCommand({
        TableName: table(),
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: 'notices = :on',
        ExpressionAttributeValues: { ':pk': moderatorAlertsKey(site, '').pk, ':on': true },
        ExclusiveStartKey: start,
      }),
    );
    users.push(...Items.map((item) => String(item.sk)));
    start = LastEvaluatedKey;
  } while (start);
  return users;
}
