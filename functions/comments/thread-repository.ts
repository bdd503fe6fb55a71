/**
 * Comments: reading a thread. Three sparse local indexes of the page partition hold the visible
 * comments in the three orders (oldest, newest, top), the page record first in each, so the
 * first page of a thread with its counts is a single Query whatever the thread's size.
 */
import { type AttributeValue, QueryCommand, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { config } from '../shared/config.js';
import { dynamoBase } from '../shared/data/dynamo-client.js';
import { commentKey, pagePartition, threadRepliesPrefix } from '../shared/data/keys.js';
import { commentsIndexes } from '../shared/data/tables.js';
import { toListedComment, toPageRecord } from './items.js';
import type { CommentRecord, PageRecord, ThreadPosition, ThreadSlice } from './records.js';
import { threadProjection } from './thread-projection.js';
import type { CommentSort } from './types.js';

const INDEX_BY_SORT = {
  oldest: commentsIndexes.threadOldest,
  newest: commentsIndexes.threadNewest,
  top: commentsIndexes.threadTop,
} as const satisfies Record<CommentSort, { name: string; sortKey: string }>;

// Built once: the attributes are the same on every call (thread-projection.ts says which and why).
const PROJECTION_BY_SORT = Object.fromEntries(
  Object.entries(INDEX_BY_SORT).map(([sort, index]) => [sort, threadProjection(index.sortKey)]),
) as Record<CommentSort, ReturnType<typeof threadProjection>>;

export interface ThreadQuery {
  site: string;
  page: string;
  sort: CommentSort;
  limit: number;
  after?: ThreadPosition;
  /** Only the replies under this top-level comment (their thread), oldest first. */
  threadOf?: CommentRecord;
}

/**
 * A slice of the visible thread. From the top (no `after`, no `threadOf`) the page record comes
 * first in the same Query. One comment more than asked is read to know whether more follow.
 */
export async function listThread(input: ThreadQuery): Promise<ThreadSlice> {
  const sort = input.threadOf ? 'oldest' : input.sort;
  const index = INDEX_BY_SORT[sort];
  const pk = pagePartition(input.site, input.page);
  const fromTop = !input.after && !input.threadOf;
  const query: QueryCommandInput = {
    TableName: config.commentsTable,
    IndexName: index.name,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': { S: pk } },
    ...PROJECTION_BY_SORT[sort],
    // The shared page every reader gets, kept seconds by the CDN anyway: a write a few hundred
    // milliseconds old may be missing, for half the read units (its author sees it at once, in
    // their own part: reader-thread.ts).
    ConsistentRead: false,
    Limit: input.limit + (fromTop ? 2 : 1),
  };
  if (input.threadOf) {
    query.KeyConditionExpression = `pk = :pk AND begins_with(${index.sortKey}, :thread)`;
    query.ExpressionAttributeValues = {
      ':pk': { S: pk },
      ':thread': { S: threadRepliesPrefix(input.threadOf.path) },
    };
  }
  if (input.after) {
    query.ExclusiveStartKey = marshall({
      ...commentKey(input.site, input.page, input.after.afterId),
      [index.sortKey]: input.after.threadKey,
    });
  }
  // The low-level client: each comment's attributes are converted once, into its record, where the
  // document client would build a native copy of the item first (issue 18: the list's hot path).
  const { Items = [] } = await dynamoBase().send(new QueryCommand(query));

  let page: PageRecord | undefined;
  const items: Record<string, AttributeValue>[] = [];
  for (const item of Items) {
    if (item.type?.S === 'page') page = toPageRecord(unmarshall(item));
    else items.push(item);
  }
  const slice = items.slice(0, input.limit);
  const last = slice.at(-1);
  const comments = slice.map(toListedComment);
  return {
    page,
    comments,
    next:
      items.length > input.limit && last
        ? { afterId: String(last.id?.S), threadKey: String(last[index.sortKey]?.S) }
        : undefined,
  };
}
