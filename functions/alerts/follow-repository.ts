/**
 * Alerts, follows: the articles a reader follows (`FOLLOW#<userId>`/`P#<site>#<page>`), the state
 * of their daily digest (`FOLLOW#<userId>`/`STATE`: how many they follow, when the digest is due
 * and from when it covers), and the digests due (`FOLLOWDIGEST#due`/`<due at>#<userId>`).
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import {
  FOLLOW_DIGEST_DUE_PARTITION,
  FOLLOW_SORT_PREFIX,
  followKey,
  followPartition,
  followStateKey,
} from '../shared/data/keys.js';
import { transact } from '../shared/data/transact.js';

/** Articles one reader may follow at once: FOLLOWS_PER_READER, default 200. */
export const maxFollows = () => Number(process.env.FOLLOWS_PER_READER ?? 200);
/** A digest covers a day. */
export const DIGEST_INTERVAL_MS = 86_400_000;

export interface Follow {
  site: string;
  page: string;
  followedAt: string;
}

export interface FollowState {
  count: number;
  /** When the next digest is due. */
  dueAt: string;
  /** The digest covers what was published after this instant (the last digest's due time). */
  since: string;
}

const table = () => config.commentsTable;

const putDue = (dueAt: string, userId: string) =>
  dynamo().send(
    new PutCommand({
      TableName: table(),
      Item: { pk: FOLLOW_DIGEST_DUE_PARTITION, sk: `${dueAt}#${userId}`, type: 'follow_digest_due', userId },
    }),
  );

const dropDue = (dueAt: string, userId: string) =>
  dynamo().send(
    new DeleteCommand({
      TableName: table(),
      Key: { pk: FOLLOW_DIGEST_DUE_PARTITION, sk: `${dueAt}#${userId}` },
    }),
  );

export async function readFollowState(userId: string): Promise<FollowState | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: table(), Key: followStateKey(userId), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  return { count: Number(Item.followCount ?? 0), dueAt: String(Item.dueAt), since: String(Item.since) };
}

/**
 * Follows the article: the follow item and the count in one transaction (under the cap), the first
 * follow setting when the digest is due. `unchanged` when it was followed already; `full` at the cap.
 */
export async function addFollow(
  userId: string,
  site: string,
  page: string,
  now: Date,
): Promise<'added' | 'unchanged' | 'full'> {
  const at = now.toISOString();
  const due = new Date(now.getTime() + DIGEST_INTERVAL_MS).toISOString();
  const { refused } = await transact<'unchanged' | 'full'>(
    [
      {
        item: {
          Put: {
            TableName: table(),
            Item: { ...followKey(userId, site, page), type: 'follow', userId, site, page, followedAt: at },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        refused: 'unchanged',
      },
      {
        item: {
          Update: {
            TableName: table(),
            Key: followStateKey(userId),
            UpdateExpression:
              'SET #type = :type, dueAt = if_not_exists(dueAt, :due), since = if_not_exists(since, :now) ADD followCount :one',
            ConditionExpression: 'attribute_not_exists(followCount) OR followCount < :cap',
            ExpressionAttributeNames: { '#type': 'type' },
            ExpressionAttributeValues: {
              ':type': 'follow_state',
              ':due': due,
              ':now': at,
              ':one': 1,
              ':cap': maxFollows(),
            },
          },
        },
        refused: 'full',
      },
    ],
    { precedence: ['unchanged', 'full'] },
  );
  if (refused) return refused;
  // The pointer of the state's due time (put again if an attempt was cut short before it).
  const state = await readFollowState(userId);
  if (state) await putDue(state.dueAt, userId);
  return 'added';
}

/** Unfollows the article; false when it was not followed. */
export async function removeFollow(userId: string, site: string, page: string): Promise<boolean> {
  const { refused } = await transact<'absent'>([
    {
      item: {
        Delete: {
          TableName: table(),
          Key: followKey(userId, site, page),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      refused: 'absent',
    },
    {
      item: {
        Update: {
          TableName: table(),
          Key: followStateKey(userId),
          UpdateExpression: 'ADD followCount :minus',
          ConditionExpression: 'followCount > :zero',
          ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
        },
      },
    },
  ]);
  return !refused;
}

/** Whether the reader follows the article (one GetItem). */
export async function isFollowing(userId: string, site: string, page: string): Promise<boolean> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: table(), Key: followKey(userId, site, page), ProjectionExpression: 'pk' }),
  );
  return Item !== undefined;
}

/** Every article the reader follows, oldest follow first (at most `maxFollows()`: a Query page or two). */
export async function listFollows(userId: string): Promise<Follow[]> {
  const follows: Follow[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const { Items = [], LastEvaluatedKey } = await dynamo().send(
      new QueryCommand({
        TableName: table(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': followPartition(userId), ':prefix': FOLLOW_SORT_PREFIX },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    for (const item of Items)
      follows.push({ site: String(item.site), page: String(item.page), followedAt: String(item.followedAt) });
    start = LastEvaluatedKey;
  } while (start);
  return follows.sort((a, b) => a.followedAt.localeCompare(b.followedAt));
}

/** The digests due at or before `now`, oldest first. */
export async function dueDigests(now: Date): Promise<{ userId: string; dueAt: string }[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk AND sk <= :bound',
      ExpressionAttributeValues: {
        ':pk': FOLLOW_DIGEST_DUE_PARTITION,
        ':bound': `${now.toISOString()}#\uffff`,
      },
      Limit: 100,
    }),
  );
  return Items.map((item) => {
    const sk = String(item.sk);
    return { userId: String(item.userId), dueAt: sk.slice(0, sk.indexOf('#')) };
  });
}

/**
 * Moves the digest on after the one due at `dueAt` (sent or handed to the ledger): it then covers
 * from `dueAt`, and is due a day later (or a day from `now` when the schedule fell behind). A
 * reader who follows nothing any more has their state deleted. The old pointer goes last.
 */
export async function advanceDigest(userId: string, dueAt: string, now: Date): Promise<void> {
  const state = await readFollowState(userId);
  if (state && state.dueAt === dueAt) {
    if (state.count <= 0) {
      await dynamo()
        .send(
          new DeleteCommand({
            TableName: table(),
            Key: followStateKey(userId),
            ConditionExpression: 'dueAt = :due AND followCount <= :zero',
            ExpressionAttributeValues: { ':due': dueAt, ':zero': 0 },
          }),
        )
        .catch((error: Error) => {
          // A follow came meanwhile: the state stays, and is moved on at its next round.
          if (error.name !== 'ConditionalCheckFailedException') throw error;
        });
    } else {
      const next = Math.max(Date.parse(dueAt) + DIGEST_INTERVAL_MS, now.getTime() + 60_000);
      const nextDue = new Date(next).toISOString();
      await dynamo().send(
        new UpdateCommand({
          TableName: table(),
          Key: followStateKey(userId),
          UpdateExpression: 'SET since = :since, dueAt = :next',
          ConditionExpression: 'dueAt = :since',
          ExpressionAttributeValues: { ':since': dueAt, ':next': nextDue },
        }),
      );
      await putDue(nextDue, userId);
    }
  }
  await dropDue(dueAt, userId);
}

/** Deletes every follow of the reader, their digest's state and its pointer (account deletion). */
export async function forgetFollows(userId: string): Promise<void> {
  const state = await readFollowState(userId);
  for (const follow of await listFollows(userId))
    await dynamo().send(
      new DeleteCommand({ TableName: table(), Key: followKey(userId, follow.site, follow.page) }),
    );
  await dynamo().send(new DeleteCommand({ TableName: table(), Key: followStateKey(userId) }));
  if (state) await dropDue(state.dueAt, userId);
}
