/**
 * Comments: a queue narrowed to one author or one article, read by key from the sparse GSIs
 * `queue-by-author` and `queue-by-article` (keys and the article only, so reaction counts never
 * write there), then one BatchGetItem of the comments: the first page holds that author's or that
 * article's comments in the queue, whatever else the queue holds.
 */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { config } from '../shared/config.js';
import { defineCursor } from '../shared/data/cursor.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import {
  commentKey,
  commentOfKey,
  filteredQueuePositionOf,
  filteredQueueStartKey,
  queueArticlePartition,
  queueAuthorPartition,
  reviewMarkKey,
} from '../shared/data/keys.js';
import { commentsIndexes } from '../shared/data/tables.js';
import type { QueueQuery } from './queue-repository.js';
import type { CommentRecord } from './records.js';
import { getComments } from './repository.js';
import { commentIdSchema, pageIdSchema } from './schemas.js';
import { queueOf, UNREVIEWED_QUEUE } from './status.js';

// The article is what rebuilds a comment's table key; an `unreviewed` mark's needs none.
const position = z.object({
  page: z.optional(pageIdSchema),
  id: commentIdSchema,
  createdAt: z.iso.datetime(),
});
type Position = z.output<typeof position>;

interface Scope {
  site: string;
  queue: string;
  page?: string;
  authorKey?: string;
}

/** A filtered queue's cursor, bound to its site, queue and filter (another filter starts over). */
const filteredCursor = defineCursor<Scope, Position>({
  listing: 'moderation-queue-filtered',
  position,
  scope: (scope) => [scope.site, scope.queue, scope.page ?? '', scope.authorKey ?? ''],
  foreign: 'This cursor does not belong to this queue and filter; start from the first page.',
});

/** With both filters the author's entries are read and the article's kept: at most this many Queries a page. */
const MAX_QUERIES = 5;

/** A page of a queue filtered by article and/or author, in the queue's order. */
export async function listFilteredQueue(
  query: QueueQuery,
): Promise<{ comments: CommentRecord[]; nextCursor: string | null }> {
  const { site, queue, page, authorKey } = query;
  const scope: Scope = { site, queue, page, authorKey };
  const unreviewed = queue === UNREVIEWED_QUEUE;
  const byAuthor = authorKey !== undefined;
  const attribute = byAuthor ? 'gsi3pk' : 'gsi4pk';
  const partition = byAuthor
    ? queueAuthorPartition(site, queue, authorKey)
    : queueArticlePartition(site, queue, page ?? '');
  let after = query.cursor ? filteredCursor.decode(query.cursor, scope) : undefined;
  const entries: (Position & { page: string })[] = [];
  let more = false;
  for (let queries = 0; queries < MAX_QUERIES && entries.length < query.limit; queries++) {
    const input: QueryCommandInput = {
      TableName: config.commentsTable,
      IndexName: byAuthor ? commentsIndexes.queueByAuthor.name : commentsIndexes.queueByArticle.name,
      KeyConditionExpression: `${attribute} = :partition`,
      ExpressionAttributeValues: { ':partition': partition },
      // `unreviewed` reads newest first, every other queue oldest first.
      ScanIndexForward: !unreviewed,
      Limit: query.limit - entries.length,
      ExclusiveStartKey:
        after && filteredQueueStartKey(tableKey(site, unreviewed, after), attribute, partition, after),
    };
    if (byAuthor && page !== undefined) {
      input.FilterExpression = 'page = :page';
      Object.assign(input.ExpressionAttributeValues ?? {}, { ':page': page });
    }
    const { Items = [], LastEvaluatedKey } = await dynamo().send(new QueryCommand(input));
    for (const item of Items) {
      const at = filteredQueuePositionOf(item);
      const article = page ?? commentOfKey(site, item)?.page ?? item.page;
      if (at && typeof article === 'string') entries.push({ ...at, page: article });
    }
    const stop = LastEvaluatedKey && filteredQueuePositionOf(LastEvaluatedKey);
    more = stop !== undefined;
    if (!stop) break;
    after = { ...stop, page: commentOfKey(site, LastEvaluatedKey)?.page };
  }
  const found = await getComments(entries.map((entry) => ({ site, page: entry.page, id: entry.id })));
  // The index follows the table within a second: a comment decided meanwhile is left out.
  const comments = entries.flatMap((entry) => {
    const record = found.get(entry.id);
    const inQueue = record && (unreviewed ? record.unreviewed === true : queueOf(record) === queue);
    return inQueue ? [record] : [];
  });
  return { comments, nextCursor: more && after ? filteredCursor.encode(scope, after) : null };
}

/** The table key of an entry: a comment's, or for `unreviewed` its mark's. */
function tableKey(site: string, unreviewed: boolean, at: Position) {
  return unreviewed ? reviewMarkKey(site, at.createdAt, at.id) : commentKey(site, at.page ?? '', at.id);
}
