/**
 * Moderation: the queues, read by key from the sparse `moderation-queue` index (one partition per
 * site and queue, oldest first), and the context a moderator needs beside each comment.
 */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { config } from '../shared/config.js';
import { defineCursor } from '../shared/data/cursor.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import {
  moderationQueuePartition,
  type QueuePosition,
  queuePositionOf,
  queueStartKey,
} from '../shared/data/keys.js';
import { commentsIndexes } from '../shared/data/tables.js';
import { listFilteredQueue } from './filtered-queue-repository.js';
import { toCommentRecord } from './items.js';
import { listNoticed } from './notice-repository.js';
import type { CommentRecord } from './records.js';
import { listUnreviewed } from './review-repository.js';
import { commentIdSchema, pageIdSchema } from './schemas.js';
import { NOTICES_QUEUE, UNREVIEWED_QUEUE } from './status.js';

export interface QueueQuery {
  site: string;
  queue: string;
  page?: string;
  authorKey?: string;
  limit: number;
  cursor?: string;
}

const position = z.object({ page: pageIdSchema, id: commentIdSchema, createdAt: z.iso.datetime() });

/** A queue's cursor: where its next page resumes, bound to its site and queue. */
const queueCursor = defineCursor<{ site: string; queue: string }, QueuePosition>({
  listing: 'moderation-queue',
  position,
  scope: (scope) => [scope.site, scope.queue],
  foreign: 'This cursor does not belong to this queue; start from the first page.',
});

/**
 * A page of a queue, oldest first. Filtered by article or author, it is read by key from that
 * filter's index (filtered-queue-repository.ts), so its first page holds their comments.
 */
export async function listQueue(
  query: QueueQuery,
): Promise<{ comments: CommentRecord[]; nextCursor: string | null }> {
  // The notices queue is its marks, filtered as they are read (few comments ever get notices).
  if (query.queue === NOTICES_QUEUE) return listNoticed(query);
  if (query.page !== undefined || query.authorKey !== undefined) return listFilteredQueue(query);
  // Not a status's queue: its comments are marked apart, newest first (review-repository.ts).
  if (query.queue === UNREVIEWED_QUEUE) return listUnreviewed(query);
  const partition = moderationQueuePartition(query.site, query.queue);
  const scope = { site: query.site, queue: query.queue };
  const after = query.cursor ? queueCursor.decode(query.cursor, scope) : undefined;
  const input: QueryCommandInput = {
    TableName: config.commentsTable,
    IndexName: commentsIndexes.moderationQueue.name,
    KeyConditionExpression: 'gsi2pk = :queue',
    ExpressionAttributeValues: { ':queue': partition },
    // One more than the page: a cursor only when something follows (a full last page offers none).
    Limit: query.limit + 1,
    ExclusiveStartKey: after && queueStartKey(query.site, query.queue, after),
  };
  const { Items = [] } = await dynamo().send(new QueryCommand(input));
  const page = Items.slice(0, query.limit);
  const last = Items.length > query.limit ? page.at(-1) : undefined;
  const next = last && queuePositionOf(query.site, last);
  if (last && !next) throw new Error(`The ${partition} queue holds an item that is no comment`);
  return {
    comments: page.map(toCommentRecord),
    nextCursor: next ? queueCursor.encode(scope, next) : null,
  };
}
