/**
 * Archive: the page records of imported threads, and with them the site's queue counts. A thread
 * new to the site gets its record, with the counts the plan computed, before its comments are
 * written: up to 99 records and the queue counts' step by as many comments, in one transaction
 * (the `approved` and `pending` queues hold what the pages count). A page that had a record
 * already (an earlier run of the file, cut short or not, or readers commenting there) is counted
 * again after the comments, from what its partition holds, imported or not: its `commentCount`
 * and `pendingCount` set, conditioned on the counts read, with the queue counts moved by the
 * difference in the same transaction, and each comment's `replyCount` and `threadCount`
 * corrected. So every count is exact after any number of runs, a crash included, never moved
 * apart from the writes it counts.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { queueCountsAdd } from '../comments/store.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { commentKey, pageKey, pagePartition } from '../shared/data/keys.js';
import type { TransactItem } from '../shared/data/transact.js';
import { importedPageItem } from './import-items.js';
import type { PlannedThread } from './import-plan.js';

export interface PageCounts {
  created: number;
  /** Pages that had a record: counted again from their partitions. */
  recounted: number;
  /** Comments whose reply or thread counts were corrected by a recount. */
  corrected: number;
}

/** Records per transaction: DynamoDB's 100 items, less the queue counts' step. */
const RECORDS_PER_TRANSACTION = 99;
const RECOUNTS_IN_FLIGHT = 4;
const MAX_ATTEMPTS = 12;

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** Math.min(attempt, 8)));

/** What cancelled a transaction: the steps whose condition failed (empty: a conflict only). */
function refusedSteps(error: unknown): Set<number> | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const reasons = error.CancellationReasons ?? [];
  return new Set(reasons.flatMap((reason, i) => (reason.Code === 'ConditionalCheckFailed' ? [i] : [])));
}

/**
 * Before any comment: creates the record of every thread new to the site. Its comments cannot be
 * in the table yet (an earlier run creates the record first too), so they are written without
 * asking; the pages that had a record are returned, to be checked and counted again. A dry run
 * creates nothing and checks every page.
 */
export async function createPageRecords(
  table: string,
  site: string,
  threads: PlannedThread[],
  dryRun: boolean,
): Promise<{ fresh: Set<string>; existing: PlannedThread[] }> {
  const fresh = new Set<string>();
  const existing: PlannedThread[] = [];
  if (dryRun) return { fresh, existing: threads };
  for (let i = 0; i < threads.length; i += RECORDS_PER_TRANSACTION) {
    let batch = threads.slice(i, i + RECORDS_PER_TRANSACTION);
    for (let attempt = 0; batch.length; attempt++) {
      const steps: TransactItem[] = batch.map((thread) => ({
        Put: {
          TableName: table,
          Item: importedPageItem(site, thread),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      }));
      const approved = batch.reduce((sum, thread) => sum + thread.commentCount, 0);
      const pending = batch.reduce((sum, thread) => sum + thread.pendingCount, 0);
      steps.push(queueCountsAdd(site, { approved, pending }));
      try {
        await dynamo().send(new TransactWriteCommand({ TransactItems: steps }));
        for (const thread of batch) fresh.add(thread.page);
        batch = [];
      } catch (error) {
        const refused = refusedSteps(error);
        if (!refused || attempt >= MAX_ATTEMPTS) throw error;
        // Pages that have a record are counted again later; the others are tried again.
        existing.push(...batch.filter((_, index) => refused.has(index)));
        batch = batch.filter((_, index) => !refused.has(index));
        if (!refused.size) await pause(attempt);
      }
    }
  }
  return { fresh, existing };
}

/** After the comments: the pages that had a record, counted again from their partitions. */
export async function recountPages(
  table: string,
  site: string,
  threads: PlannedThread[],
  dryRun: boolean,
): Promise<Omit<PageCounts, 'created'>> {
  const counts = { recounted: 0, corrected: 0 };
  if (dryRun) return counts;
  const queue = [...threads];
  const worker = async () => {
    for (let thread = queue.shift(); thread; thread = queue.shift()) {
      counts.recounted++;
      counts.corrected += await recountPage(table, site, thread);
    }
  };
  await Promise.all(Array.from({ length: RECOUNTS_IN_FLIGHT }, worker));
  return counts;
}

interface Stored {
  sk: string;
  id?: string;
  status?: string;
  parentId?: string | null;
  path?: string;
  replyCount?: number;
  threadCount?: number;
  commentCount?: number;
  pendingCount?: number;
}

/** The page record and every comment of the page, with what counting needs (consistent). */
async function readPage(
  table: string,
  site: string,
  page: string,
): Promise<{ record?: Stored; comments: Stored[] }> {
  const items: Stored[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const answer = await dynamo().send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pagePartition(site, page) },
        ProjectionExpression:
          'sk, id, #status, parentId, #path, replyCount, threadCount, commentCount, pendingCount',
        ExpressionAttributeNames: { '#status': 'status', '#path': 'path' },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...((answer.Items ?? []) as Stored[]));
    start = answer.LastEvaluatedKey;
  } while (start);
  return {
    record: items.find((item) => item.sk === 'PAGE'),
    comments: items.filter((item) => item.sk.startsWith('C#')),
  };
}

/** Counts the page again from its comments; returns how many comments' counts were corrected. */
async function recountPage(table: string, site: string, thread: PlannedThread): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const { record, comments } = await readPage(table, site, thread.page);
    const replies = new Map<string, number>();
    const below = new Map<string, number>();
    let published = 0;
    let pending = 0;
    for (const comment of comments) {
      if (comment.status === 'pending') pending++;
      if (comment.status !== 'approved') continue;
      published++;
      if (comment.parentId) replies.set(comment.parentId, (replies.get(comment.parentId) ?? 0) + 1);
      for (const ancestor of (comment.path ?? '').split('/').slice(0, -1))
        below.set(ancestor, (below.get(ancestor) ?? 0) + 1);
    }
    let corrected = 0;
    for (const comment of comments) {
      const replyCount = replies.get(comment.id ?? '') ?? 0;
      const threadCount = below.get(comment.id ?? '') ?? 0;
      if ((comment.replyCount ?? 0) === replyCount && (comment.threadCount ?? 0) === threadCount) continue;
      corrected++;
      await dynamo().send(
        new UpdateCommand({
          TableName: table,
          Key: commentKey(site, thread.page, comment.id ?? ''),
          UpdateExpression: 'SET replyCount = :r, threadCount = :t',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':r': replyCount, ':t': threadCount },
        }),
      );
    }
    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: recountSteps(table, site, thread, record, published, pending),
        }),
      );
      return corrected;
    } catch (error) {
      // A reader posted or a moderator decided meanwhile (the counts read changed): read again.
      if (!refusedSteps(error) || attempt >= MAX_ATTEMPTS) throw error;
      await pause(attempt);
    }
  }
}

/** The page's counts set from those read, and the queues moved by the difference. */
function recountSteps(
  table: string,
  site: string,
  thread: PlannedThread,
  record: Stored | undefined,
  published: number,
  pending: number,
): TransactItem[] {
  const item = importedPageItem(site, thread);
  const before = { published: record?.commentCount ?? 0, pending: record?.pendingCount ?? 0 };
  const page: TransactItem = {
    Update: {
      TableName: table,
      Key: pageKey(site, thread.page),
      UpdateExpression: [
        'SET commentCount = :published, pendingCount = :pending',
        ...(item.title ? ['title = if_not_exists(title, :title)'] : []),
        ...(item.url ? ['#url = if_not_exists(#url, :url)'] : []),
        ...(thread.closed ? ['closed = :true'] : []),
      ].join(', '),
      ConditionExpression:
        '(attribute_not_exists(commentCount) OR commentCount = :wasPublished) AND (attribute_not_exists(pendingCount) OR pendingCount = :wasPending)',
      ...(item.url ? { ExpressionAttributeNames: { '#url': 'url' } } : {}),
      ExpressionAttributeValues: {
        ':published': published,
        ':pending': pending,
        ':wasPublished': before.published,
        ':wasPending': before.pending,
        ...(item.title ? { ':title': item.title } : {}),
        ...(item.url ? { ':url': item.url } : {}),
        ...(thread.closed ? { ':true': true } : {}),
      },
    },
  };
  const moved = { approved: published - before.published, pending: pending - before.pending };
  return moved.approved || moved.pending ? [page, queueCountsAdd(site, moved)] : [page];
}
