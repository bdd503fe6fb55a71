/**
 * Comments: what entered a moderation queue since a moment, for the console's poll. A queue's
 * index sorts its comments by when they entered it (`queuedAt`, else `createdAt`; the
 * `unreviewed` marks by `createdAt`, the one moment they enter), so "since" is one key range:
 * `gsi2sk > since`, read in the queue's own order.
 */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { moderationQueuePartition } from '../shared/data/keys.js';
import { commentsIndexes } from '../shared/data/tables.js';
import { toCommentRecord } from './items.js';
import type { CommentRecord } from './records.js';
import { getComments } from './repository.js';
import { UNREVIEWED_QUEUE } from './status.js';

export interface QueueSinceQuery {
  site: string;
  queue: string;
  /** ISO time: comments that entered the queue after it. */
  since: string;
  page?: string;
  authorKey?: string;
  limit: number;
}

/**
 * The comments that entered the queue after `since`, at most `limit` of them, oldest entry first
 * (`unreviewed`: newest first, as that queue reads); `last` is the entry time of the latest read
 * when more are left (the next poll resumes there), else undefined.
 */
export async function listQueueSince(
  query: QueueSinceQuery,
): Promise<{ comments: CommentRecord[]; last: string | undefined }> {
  const unreviewed = query.queue === UNREVIEWED_QUEUE;
  const sortKey = unreviewed ? 'sk' : 'gsi2sk';
  const values: Record<string, unknown> = {
    ':queue': moderationQueuePartition(query.site, query.queue),
    ':since': query.since,
  };
  const filters: string[] = [];
  if (query.page) {
    filters.push('page = :page');
    values[':page'] = query.page;
  }
  if (query.authorKey) {
    filters.push('authorKey = :author');
    values[':author'] = query.authorKey;
  }
  const input: QueryCommandInput = {
    TableName: config.commentsTable,
    // `unreviewed` is a partition of marks in the table itself (review-marks.ts).
    IndexName: unreviewed ? undefined : commentsIndexes.moderationQueue.name,
    KeyConditionExpression: `${unreviewed ? 'pk' : 'gsi2pk'} = :queue AND ${sortKey} > :since`,
    ExpressionAttributeValues: values,
    FilterExpression: filters.length ? filters.join(' AND ') : undefined,
    Limit: query.limit,
    ConsistentRead: unreviewed ? true : undefined,
  };
  const { Items = [], LastEvaluatedKey } = await dynamo().send(new QueryCommand(input));
  const last = LastEvaluatedKey ? String(LastEvaluatedKey[sortKey]).split('#')[0] : undefined;
  if (!unreviewed) return { comments: Items.map(toCommentRecord), last };
  const marks = Items.map((item) => ({
    site: query.site,
    page: String(item.page),
    id: String(item.commentId),
  }));
  const found = await getComments(marks);
  return { comments: marks.flatMap((mark) => found.get(mark.id) ?? []).reverse(), last };
}
