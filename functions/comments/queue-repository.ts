/**
 * Moderation: the queues, read by key from the sparse `moderation-queue` index (one partition per
 * site and queue, oldest first), and the context a moderator needs beside each comment.
 */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { moderationQueuePartition } from '../shared/data/keys.js';
import { commentsIndexes } from '../shared/data/tables.js';
import { AppError } from '../shared/errors.js';
import { toCommentRecord } from './items.js';
import type { CommentRecord } from './records.js';

export interface QueueQuery {
  site: string;
  queue: string;
  page?: string;
  authorKey?: string;
  limit: number;
  cursor?: string;
}

const encode = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');

function decode(cursor: string, partition: string): Record<string, unknown> {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const valid =
      key.gsi2pk === partition && ['pk', 'sk', 'gsi2sk'].every((name) => typeof key[name] === 'string');
    if (valid && Object.keys(key).length === 4) return key;
  } catch {
    // fall through to the error below
  }
  throw new AppError(
    'invalid_cursor',
    'This cursor does not belong to this queue; start from the first page.',
  );
}

/**
 * A page of a queue, oldest first. Filtering by article or author reads the queue's key range
 * and filters it, so a filtered page may hold fewer than `limit` comments; the cursor goes on.
 */
export async function listQueue(
  query: QueueQuery,
): Promise<{ comments: CommentRecord[]; nextCursor: string | null }> {
  const partition = moderationQueuePartition(query.site, query.queue);
  const input: QueryCommandInput = {
    TableName: config.commentsTable,
    IndexName: commentsIndexes.moderationQueue.name,
    KeyConditionExpression: 'gsi2pk = :queue',
    ExpressionAttributeValues: { ':queue': partition },
    Limit: query.limit,
    ExclusiveStartKey: query.cursor ? decode(query.cursor, partition) : undefined,
  };
  const filters: string[] = [];
  if (query.page) {
    filters.push('page = :page');
    Object.assign(input.ExpressionAttributeValues ?? {}, { ':page': query.page });
  }
  if (query.authorKey) {
    filters.push('authorKey = :author');
    Object.assign(input.ExpressionAttributeValues ?? {}, { ':author': query.authorKey });
  }
  if (filters.length) input.FilterExpression = filters.join(' AND ');
  const { Items = [], LastEvaluatedKey } = await dynamo().send(new QueryCommand(input));
  return {
    comments: Items.map(toCommentRecord),
    nextCursor: LastEvaluatedKey ? encode(LastEvaluatedKey) : null,
  };
}
