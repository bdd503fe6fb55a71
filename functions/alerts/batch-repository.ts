/**
 * Alerts: a reader's pending reply alerts (`ALERTS#<userId>`/`BATCH`; a guest's `userId` is their
 * recipient id, recipient.ts), sent as one email when due
 * (`ALERTBATCH#due`/`<due at>#<userId>`), and the count of their alert emails per UTC day
 * (`ALERTS#<userId>`/`DAY#<yyyy-mm-dd>`).
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { ALERT_BATCH_DUE_PARTITION, alertBatchKey, alertDayKey } from '../shared/data/keys.js';

/** One reply waiting in a batch (the reply-batch effect's payload). */
export interface PendingReply {
  /** Whose batch: an account's user id or a guest's recipient id (recipient.ts). */
  userId: string;
  site: string;
  page: string;
  replyId: string;
  replierName: string;
  excerpt: string;
  parentExcerpt: string;
  /** The answered comment: a guest's address is read from it when the email is sent. */
  answeredId?: string;
}

export interface Batch {
  userId: string;
  dueAt: string;
  replies: PendingReply[];
}

/**
 * A batch waits this long after its first reply: replies meanwhile join the same email. Ten
 * minutes; `npm start` shortens it (`REPLY_ALERT_WAIT_SECONDS`) so a demo reply is mailed soon.
 */
const batchWaitMs = () => Number(process.env.REPLY_ALERT_WAIT_SECONDS ?? 600) * 1000;
/** Replies one batch holds at most (a thread in flames still makes one readable email). */
export const BATCH_MAX = 50;
/** Alert emails per reader per UTC day. */
export const DAILY_CAP = 10;

const table = () => config.commentsTable;
const isConditionFailure = (error: unknown) => (error as Error).name === 'ConditionalCheckFailedException';

export async function readBatch(userId: string): Promise<Batch | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: table(), Key: alertBatchKey(userId), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  return { userId, dueAt: String(Item.dueAt), replies: (Item.replies as PendingReply[] | undefined) ?? [] };
}

const putDue = (dueAt: string, userId: string) =>
  dynamo().send(
    new PutCommand({
      TableName: table(),
      Item: { pk: ALERT_BATCH_DUE_PARTITION, sk: `${dueAt}#${userId}`, type: 'alert_batch_due', userId },
    }),
  );

/**
 * Adds `reply` to its reader's batch unless it is there already (a retried effect); the first
 * reply sets when the batch is due. Returns false when it was there, or the batch is full.
 */
export async function addToBatch(reply: PendingReply, now: Date): Promise<boolean> {
  const due = new Date(now.getTime() + batchWaitMs()).toISOString();
  try {
    const { Attributes } = await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: alertBatchKey(reply.userId),
        UpdateExpression:
          'SET #type = :type, replies = list_append(if_not_exists(replies, :none), :reply), dueAt = if_not_exists(dueAt, :due) ADD replyIds :id',
        ConditionExpression:
          'attribute_not_exists(pk) OR (NOT contains(replyIds, :replyId) AND size(replies) < :max)',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':type': 'alert_batch',
          ':none': [],
          ':reply': [reply],
          ':due': due,
          ':id': new Set([reply.replyId]),
          ':replyId': reply.replyId,
          ':max': BATCH_MAX,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    await putDue(String(Attributes?.dueAt ?? due), reply.userId);
    return true;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    // Added by an attempt cut short before its pointer: put the pointer again (idempotent).
    const batch = await readBatch(reply.userId);
    if (batch) await putDue(batch.dueAt, reply.userId);
    return false;
  }
}

/** The due pointers at or before `now`, oldest first. */
export async function dueBatches(now: Date): Promise<{ sk: string; userId: string; dueAt: string }[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk AND sk <= :bound',
      ExpressionAttributeValues: {
        ':pk': ALERT_BATCH_DUE_PARTITION,
        ':bound': `${now.toISOString()}#\uffff`,
      },
      Limit: 100,
    }),
  );
  return Items.map((item) => {
    const sk = String(item.sk);
    return { sk, userId: String(item.userId), dueAt: sk.slice(0, sk.indexOf('#')) };
  });
}

export const dropDue = (sk: string) =>
  dynamo().send(new DeleteCommand({ TableName: table(), Key: { pk: ALERT_BATCH_DUE_PARTITION, sk } }));

/**
 * Takes the `sent` replies out of the batch due at `dueAt`. Replies that came while it was being
 * sent stay, in a batch due the wait from now; an empty batch is deleted.
 */
export async function closeBatch(batch: Batch, now: Date): Promise<void> {
  const n = batch.replies.length;
  try {
    await dynamo().send(
      new DeleteCommand({
        TableName: table(),
        Key: alertBatchKey(batch.userId),
        ConditionExpression: 'dueAt = :due AND size(replies) = :n',
        ExpressionAttributeValues: { ':due': batch.dueAt, ':n': n },
      }),
    );
    return;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const current = await readBatch(batch.userId);
  if (!current || current.dueAt !== batch.dueAt) return;
  const sent = new Set(batch.replies.map((reply) => reply.replyId));
  const rest = current.replies.filter((reply) => !sent.has(reply.replyId));
  const due = new Date(now.getTime() + batchWaitMs()).toISOString();
  await dynamo().send(
    new UpdateCommand({
      TableName: table(),
      Key: alertBatchKey(batch.userId),
      UpdateExpression: 'SET replies = :rest, dueAt = :due, replyIds = :ids',
      ConditionExpression: 'dueAt = :old AND size(replies) = :n',
      ExpressionAttributeValues: {
        ':rest': rest,
        ':due': due,
        ':ids': new Set(rest.map((reply) => reply.replyId)),
        ':old': batch.dueAt,
        ':n': current.replies.length,
      },
    }),
  );
  await putDue(due, batch.userId);
}

/**
 * Counts one alert email of `eventId` on the reader's day; false when the day's cap is reached.
 * Counting the same email again (a retried attempt) is not counted twice.
 */
export async function countEmail(userId: string, eventId: string, now: Date): Promise<boolean> {
  const day = now.toISOString().slice(0, 10);
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: alertDayKey(userId, day),
        UpdateExpression: 'SET #type = :type, expiresAt = :expires ADD sent :one, emails :event',
        ConditionExpression: '(attribute_not_exists(sent) OR sent < :cap) AND NOT contains(emails, :eventId)',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':type': 'alert_day',
          ':expires': Math.floor(now.getTime() / 1000) + 2 * 86_400,
          ':one': 1,
          ':event': new Set([eventId]),
          ':eventId': eventId,
          ':cap': DAILY_CAP,
        },
      }),
    );
    return true;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: table(), Key: alertDayKey(userId, day), ConsistentRead: true }),
    );
    return (Item?.emails as Set<string> | undefined)?.has(eventId) ?? false;
  }
}
