/**
 * Archive: the page records of imported threads, written after their comments. A thread new to
 * the site gets its record with the counts the plan computed, by a Put conditioned on no record
 * being there. A page that has one already (an earlier run of the file, or readers commenting
 * there) has its counts computed again from what its partition holds, imported or not: the page's
 * `commentCount` and `pendingCount`, every comment's `replyCount` and `threadCount`. So counts are
 * exact after any number of runs, a crash included, never incremented blindly.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../shared/data/dynamo-client.js';
import { commentKey, pageKey, pagePartition } from '../shared/data/keys.js';
import { importedPageItem } from './import-items.js';
import type { PlannedThread } from './import-plan.js';

export interface PageCounts {
  created: number;
  /** Pages that had a record: counted again from their partition. */
  recounted: number;
  /** Comments whose reply or thread counts were corrected by a recount. */
  corrected: number;
}

const PAGES_IN_FLIGHT = 8;

/** Writes (or recounts) the record of every thread, a few at a time. */
export async function writePageRecords(
  table: string,
  site: string,
  threads: Iterable<PlannedThread>,
  dryRun: boolean,
): Promise<PageCounts> {
  const counts: PageCounts = { created: 0, recounted: 0, corrected: 0 };
  const queue = [...threads];
  const worker = async () => {
    for (let thread = queue.shift(); thread; thread = queue.shift()) {
      if (dryRun) continue;
      if (await createPage(table, site, thread)) counts.created++;
      else {
        counts.recounted++;
        counts.corrected += await recountPage(table, site, thread);
      }
    }
  };
  await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, worker));
  return counts;
}

async function createPage(table: string, site: string, thread: PlannedThread): Promise<boolean> {
  try {
    await dynamo().send(
      new PutCommand({
        TableName: table,
        Item: importedPageItem(site, thread),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

interface Stored {
  sk: string;
  id: string;
  status: string;
  parentId?: string | null;
  path: string;
  replyCount?: number;
  threadCount?: number;
}

/** Every comment of the page, with what counting needs (consistent: just written). */
async function readPage(table: string, site: string, page: string): Promise<Stored[]> {
  const comments: Stored[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const answer = await dynamo().send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :c)',
        ExpressionAttributeValues: { ':pk': pagePartition(site, page), ':c': 'C#' },
        ProjectionExpression: 'sk, id, #status, parentId, #path, replyCount, threadCount',
        ExpressionAttributeNames: { '#status': 'status', '#path': 'path' },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    comments.push(...((answer.Items ?? []) as Stored[]));
    start = answer.LastEvaluatedKey;
  } while (start);
  return comments;
}

/** Counts the page again from its comments; returns how many comments' counts were corrected. */
async function recountPage(table: string, site: string, thread: PlannedThread): Promise<number> {
  const comments = await readPage(table, site, thread.page);
  const replies = new Map<string, number>();
  const below = new Map<string, number>();
  let published = 0;
  let pending = 0;
  for (const comment of comments) {
    if (comment.status === 'pending') pending++;
    if (comment.status !== 'approved') continue;
    published++;
    if (comment.parentId) replies.set(comment.parentId, (replies.get(comment.parentId) ?? 0) + 1);
    for (const ancestor of comment.path.split('/').slice(0, -1))
      below.set(ancestor, (below.get(ancestor) ?? 0) + 1);
  }
  let corrected = 0;
  for (const comment of comments) {
    const replyCount = replies.get(comment.id) ?? 0;
    const threadCount = below.get(comment.id) ?? 0;
    if ((comment.replyCount ?? 0) === replyCount && (comment.threadCount ?? 0) === threadCount) continue;
    corrected++;
    await dynamo().send(
      new UpdateCommand({
        TableName: table,
        Key: commentKey(site, thread.page, comment.id),
        UpdateExpression: 'SET replyCount = :r, threadCount = :t',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':r': replyCount, ':t': threadCount },
      }),
    );
  }
  const item = importedPageItem(site, thread);
  await dynamo().send(
    new UpdateCommand({
      TableName: table,
      Key: pageKey(site, thread.page),
      UpdateExpression: [
        'SET commentCount = :published, pendingCount = :pending',
        ...(item.title ? ['title = if_not_exists(title, :title)'] : []),
        ...(item.url ? ['#url = if_not_exists(#url, :url)'] : []),
        ...(thread.closed ? ['closed = :true'] : []),
      ].join(', '),
      ...(item.url ? { ExpressionAttributeNames: { '#url': 'url' } } : {}),
      ExpressionAttributeValues: {
        ':published': published,
        ':pending': pending,
        ...(item.title ? { ':title': item.title } : {}),
        ...(item.url ? { ':url': item.url } : {}),
        ...(thread.closed ? { ':true': true } : {}),
      },
    }),
  );
  return corrected;
}
