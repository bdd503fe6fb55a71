/**
 * Moderation: the audit log. Every decision is written twice, under the site and under
 * the comment (or the author it is about), with a condition that the entry is new:
 * append-only, read newest first by key.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { config } from '../shared/config.js';
import { defineCursor } from '../shared/data/cursor.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { withoutKeys } from '../shared/data/items.js';
import {
  authorLogPartition,
  commentLogPartition,
  type LogPosition,
  logPositionOf,
  logSortKey,
  logStartKey,
  siteLogPartition,
} from '../shared/data/keys.js';
import { type Step, transact } from '../shared/data/transact.js';
import { isId, newId } from '../shared/ids.js';
import type { LogEntry } from './types.js';

export type { LogEntry };

/** The two Put items of one log entry, for a decision's transaction. */
export function logEntries(entry: LogEntry) {
  const id = newId(Date.parse(entry.at));
  const sk = logSortKey(entry.at, id);
  // Decisions about an article or an author (closing, bans) have no comment: the site's log only;
  // those about an author (bans, notes, warnings) also go under the author, for their panel.
  const partitions = [
    siteLogPartition(entry.site),
    ...(entry.commentId ? [commentLogPartition(entry.commentId)] : []),
    ...(!entry.commentId && entry.userId ? [authorLogPartition(entry.site, entry.userId)] : []),
  ];
  return partitions.map((pk) => ({
    Put: {
      TableName: config.commentsTable,
      Item: { pk, sk, type: 'log', ...entry },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  }));
}

/** The entry's Puts as transaction steps: written with the decision they record, never apart. */
export const logSteps = (entry: LogEntry): Step[] => logEntries(entry).map((item) => ({ item }));

/**
 * Writes an entry on its own, under the site and the comment in one transaction: a moderator's
 * attempt that was refused (`conflict`), so the log shows both decisions of a race.
 */
export async function appendLog(entry: LogEntry): Promise<void> {
  await transact(logSteps(entry));
}

/** Log actions that record a refused attempt, not something done to the comment. */
const ATTEMPTS = new Set(['conflict']);

/**
 * The last thing done to a comment: the newest entry of its log that is not a refused attempt, read
 * consistently (a decision that just won is there); undefined when none of its last 10 is one.
 */
export async function lastDecision(commentId: string): Promise<LogEntry | undefined> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': commentLogPartition(commentId) },
      ScanIndexForward: false,
      ConsistentRead: true,
      Limit: 10,
    }),
  );
  const entries = Items.map((item) => withoutKeys(item) as LogEntry);
  return entries.find((entry) => !ATTEMPTS.has(entry.action));
}

/**
 * The latest decisions about an author on a site (bans and lifts, notes, warnings), newest first,
 * up to `limit`: written under the author since the author panel's history (issue 14).
 */
export async function readAuthorLog(site: string, authorKey: string, limit = 100): Promise<LogEntry[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': authorLogPartition(site, authorKey) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return Items.map((item) => withoutKeys(item) as LogEntry);
}

/** Which log is read: a site's, or (with `commentId`) one comment's, asked for on a site. */
export interface LogScope {
  site: string;
  commentId?: string;
}

/** The log's cursor: where its next page resumes, bound to the site and the comment asked for. */
const logCursor = defineCursor<LogScope, LogPosition>({
  listing: 'log',
  position: z.object({ at: z.iso.datetime(), id: z.string().check(z.refine(isId)) }),
  scope: (scope) => [scope.site, scope.commentId ?? ''],
  foreign: 'This cursor does not belong to this log; start from the first page.',
});

/** A page of the log, newest first: a site's, or one comment's. */
export async function readLog(
  scope: LogScope,
  limit: number,
  cursor?: string,
): Promise<{ entries: LogEntry[]; nextCursor: string | null }> {
  const pk = scope.commentId ? commentLogPartition(scope.commentId) : siteLogPartition(scope.site);
  const after = cursor ? logCursor.decode(cursor, scope) : undefined;
  const { Items = [], LastEvaluatedKey } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: after && logStartKey(pk, after),
    }),
  );
  const entries = Items.map((item) => withoutKeys(item) as LogEntry);
  const next = LastEvaluatedKey && logPositionOf(LastEvaluatedKey);
  if (LastEvaluatedKey && !next) throw new Error(`The ${pk} log holds an item that is no entry`);
  return { entries, nextCursor: next ? logCursor.encode(scope, next) : null };
}
