/**
 * Comments: how many comments wait in each moderation queue of a site, kept exactly as the page
 * counters are: one item per site (`QUEUES#<site>`), moved by `ADD` inside the very transaction
 * that moves a comment into or out of a queue (a post, a status change, a pin that reviews it,
 * reports reaching the threshold). Those transactions are conditioned on the state they move the
 * comment from, so two writers racing cannot both count the same move.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { queueCountsKey } from '../shared/data/keys.js';
import type { TransactItem } from '../shared/data/transact.js';
import { NOTICES_QUEUE, QUEUES, type QueueName, queueOf, UNREVIEWED_QUEUE } from './status.js';
import type { CommentStatus } from './types.js';

/** A comment's state as far as the queues go. */
export interface QueueState {
  status: CommentStatus;
  reported?: boolean;
  unreviewed?: boolean;
  /** It has open notices of illegal content: its mark is in `notices`. */
  openNotices?: boolean;
}

/** The queues a comment in `state` is listed in: its status's (or `reported`), `unreviewed`, `notices`. */
export function queuesOf(state: QueueState | undefined): QueueName[] {
  if (!state) return [];
  const queue = queueOf(state);
  return [
    ...(queue ? [queue] : []),
    ...(state.unreviewed ? [UNREVIEWED_QUEUE] : []),
    ...(state.openNotices ? [NOTICES_QUEUE] : []),
  ];
}

/**
 * The transaction item moving the counts from the comment's queues `before` to those `after`
 * (undefined for a new comment, or none); none when it stays where it was.
 */
export function queueCountsUpdate(
  site: string,
  before: QueueState | undefined,
  after: QueueState | undefined,
): TransactItem | undefined {
  const delta = new Map<QueueName, number>();
  for (const queue of queuesOf(before)) delta.set(queue, (delta.get(queue) ?? 0) - 1);
  for (const queue of queuesOf(after)) delta.set(queue, (delta.get(queue) ?? 0) + 1);
  const moves = [...delta].filter(([, n]) => n !== 0);
  if (!moves.length) return undefined;
  const names: Record<string, string> = { '#type': 'type' };
  const values: Record<string, unknown> = { ':counts': 'queue-counts' };
  const adds = moves.map(([queue, n], i) => {
    names[`#q${i}`] = queue;
    values[`:d${i}`] = n;
    return `#q${i} :d${i}`;
  });
  return {
    Update: {
      TableName: config.commentsTable,
      Key: queueCountsKey(site),
      UpdateExpression: `SET #type = :counts ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * The transaction item moving one queue's count by `n`: for the `notices` queue, whose place is a
 * mark of its own, put by a comment's first open notice and deleted by the decision on them.
 */
export function queueCountAdd(site: string, queue: QueueName, n: number): TransactItem {
  return queueCountsAdd(site, { [queue]: n });
}

/**
 * The transaction item moving several queues' counts at once: an import's page records carry
 * their comments' counts, and the queues move with them in the same transaction.
 */
export function queueCountsAdd(site: string, deltas: Partial<Record<QueueName, number>>): TransactItem {
  const names: Record<string, string> = { '#type': 'type' };
  const values: Record<string, unknown> = { ':counts': 'queue-counts' };
  const adds = Object.entries(deltas).map(([queue, n], i) => {
    names[`#q${i}`] = queue;
    values[`:d${i}`] = n;
    return `#q${i} :d${i}`;
  });
  return {
    Update: {
      TableName: config.commentsTable,
      Key: queueCountsKey(site),
      UpdateExpression: `SET #type = :counts${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/** How many comments each queue of a site holds now (one consistent GetItem). */
export async function readQueueCounts(site: string): Promise<Record<QueueName, number>> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: queueCountsKey(site), ConsistentRead: true }),
  );
  return Object.fromEntries(QUEUES.map((queue) => [queue, Number(Item?.[queue] ?? 0)])) as Record<
    QueueName,
    number
  >;
}
