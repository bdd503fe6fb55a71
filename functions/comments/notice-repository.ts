/**
 * Comments: the `notices` queue (comments with notices of illegal content awaiting a decision, by
 * their marks, oldest first) and a decision on notices that leaves the status as it is (the
 * comment is kept, or was refused already). A decision that removes a published comment is a
 * status change carrying the same closing (`StatusChange.notices`, status-repository.ts).
 */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { config } from '../shared/config.js';
import { defineCursor } from '../shared/data/cursor.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import {
  commentKey,
  moderationQueuePartition,
  noticeMarkKey,
  reviewMarkPositionOf,
} from '../shared/data/keys.js';
import { type TransactItem, transact } from '../shared/data/transact.js';
import { type LogEntry, logSteps } from './log-repository.js';
import { noticeMarkDelete } from './notice-marks.js';
import { queueCountAdd } from './queue-counts.js';
import type { QueueQuery } from './queue-repository.js';
import type { CommentRecord } from './records.js';
import { sameRound } from './report-counters.js';
import { getComments } from './repository.js';
import { commentIdSchema } from './schemas.js';
import { NOTICES_QUEUE } from './status.js';
import type { NoticeClosing } from './status-repository.js';

const position = z.object({ id: commentIdSchema, createdAt: z.iso.datetime() });

const noticesCursor = defineCursor<{ site: string }, z.output<typeof position>>({
  listing: 'notices-queue',
  position,
  scope: (scope) => [scope.site],
  foreign: 'This cursor does not belong to this queue; start from the first page.',
});

/**
 * A page of `notices`, oldest comment first: one Query of the marks (consistent: a comment just
 * decided is gone), then one BatchGetItem of their comments. Filters read the marks' attributes.
 */
export async function listNoticed(
  query: QueueQuery,
): Promise<{ comments: CommentRecord[]; nextCursor: string | null }> {
  const after = query.cursor ? noticesCursor.decode(query.cursor, { site: query.site }) : undefined;
  const values: Record<string, unknown> = { ':queue': moderationQueuePartition(query.site, NOTICES_QUEUE) };
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
    KeyConditionExpression: 'pk = :queue',
    ExpressionAttributeValues: values,
    FilterExpression: filters.length ? filters.join(' AND ') : undefined,
    ConsistentRead: true,
    Limit: query.limit,
    ExclusiveStartKey: after && noticeMarkKey(query.site, after.createdAt, after.id),
  };
  const { Items = [], LastEvaluatedKey } = await dynamo().send(new QueryCommand(input));
  const marks = Items.map((item) => ({
    site: query.site,
    page: String(item.page),
    id: String(item.commentId),
  }));
  const found = await getComments(marks);
  // Same sort key shape as the review marks: `<createdAt>#<id>`.
  const next = LastEvaluatedKey && reviewMarkPositionOf(LastEvaluatedKey);
  return {
    comments: marks.flatMap((mark) => found.get(mark.id) ?? []),
    nextCursor: next ? noticesCursor.encode({ site: query.site }, next) : null,
  };
}

/**
 * Closes the comment's open notices without changing its status (kept; or removed already, then
 * with the statement its author sees): conditioned on its status as read and on the notices as
 * counted, so a notice sent meanwhile is never closed unread. False when either moved.
 */
export async function closeNotices(
  record: CommentRecord,
  closing: NoticeClosing,
  joined: TransactItem[],
  log: Omit<LogEntry, 'commentId' | 'site' | 'page'>,
): Promise<boolean> {
  const values: Record<string, unknown> = {
    ':status': record.status,
    ':open': closing.count,
    ':none': 0,
    ':one': 1,
    ...(closing.round ? { ':round': closing.round } : {}),
    ...(closing.statement ? { ':statement': closing.statement } : {}),
  };
  const { refused } = await transact([
    {
      item: {
        Update: {
          TableName: config.commentsTable,
          Key: commentKey(record.site, record.page, record.id),
          UpdateExpression: `SET noticeCount = :none${closing.statement ? ', statement = :statement' : ''} ADD noticeRound :one`,
          ConditionExpression: `#status = :status AND noticeCount = :open AND ${sameRound('noticeRound', closing.round)}`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: values,
        },
      },
      refused: 'notices_moved',
    },
    { item: noticeMarkDelete(record) },
    { item: queueCountAdd(record.site, NOTICES_QUEUE, -1) },
    ...joined.map((item) => ({ item })),
    ...logSteps({ ...log, commentId: record.id, site: record.site, page: record.page }),
  ]);
  return refused === undefined;
}
