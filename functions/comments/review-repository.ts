/**
 * Comments: reading the `unreviewed` queue, comments published at posting that no moderator has
 * looked at yet, by their marks (review-marks.ts), newest first.
 */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { config } from '../shared/config.js';
import { defineCursor } from '../shared/data/cursor.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { moderationQueuePartition, reviewMarkKey, reviewMarkPositionOf } from '../shared/data/keys.js';
import type { QueueQuery } from './queue-repository.js';
import type { CommentRecord } from './records.js';
import { getComments } from './repository.js';
import { commentIdSchema } from './schemas.js';
import { UNREVIEWED_QUEUE } from './status.js';

const position = z.object({ id: commentIdSchema, createdAt: z.iso.datetime() });

const reviewCursor = defineCursor<{ site: string }, z.output<typeof position>>({
  listing: 'unreviewed-queue',
  position,
  scope: (scope) => [scope.site],
  foreign: 'This cursor does not belong to this queue; start from the first page.',
});

/**
 * A page of `unreviewed`, newest first: one Query of the marks (consistent: a comment just decided
 * is gone), then one BatchGetItem of their comments. Filtered by article or author, the marks are
 * read by key instead (filtered-queue-repository.ts).
 */
export async function listUnreviewed(
  query: QueueQuery,
): Promise<{ comments: CommentRecord[]; nextCursor: string | null }> {
  const after = query.cursor ? reviewCursor.decode(query.cursor, { site: query.site }) : undefined;
  const values: Record<string, unknown> = {
    ':queue': moderationQueuePartition(query.site, UNREVIEWED_QUEUE),
  };
  const input: QueryCommandInput = {
    TableName: config.commentsTable,
    KeyConditionExpression: 'pk = :queue',
    ExpressionAttributeValues: values,
    ScanIndexForward: false,
    ConsistentRead: true,
    Limit: query.limit,
    ExclusiveStartKey: after && reviewMarkKey(query.site, after.createdAt, after.id),
  };
  const { Items = [], LastEvaluatedKey } = await dynamo().send(new QueryCommand(input));
  const marks = Items.map((item) => ({
    site: query.site,
    page: String(item.page),
    id: String(item.commentId),
  }));
  const found = await getComments(marks);
  const next = LastEvaluatedKey && reviewMarkPositionOf(LastEvaluatedKey);
  return {
    comments: marks.flatMap((mark) => found.get(mark.id) ?? []),
    nextCursor: next ? reviewCursor.encode({ site: query.site }, next) : null,
  };
}
