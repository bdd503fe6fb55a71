/**
 * Moderation: the audit log. Every decision is written twice, under the site and under
 * the comment (or the author it is about), with a condition that the entry is new:
 * append-only, read newest first by key.
 */
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
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
  logRange,
  logSortKey,
  logStartKey,
  siteLogPartition,
} from '../shared/data/keys.js';
import { type Step, transact } from '../shared/data/transact.js';
import { isId, newId } from '../shared/ids.js';
import type { CommentRecord } from './records.js';
import type { LogEntry } from './types.js';

export type { LogEntry };

/** How many characters of a comment's text its log entries keep. */
export const EXCERPT_LENGTH = 140;

/** The start of a text on one line, cut at `EXCERPT_LENGTH` characters (an ellipsis says so). */
export function excerptOf(body: string): string {
  const line = body.replace(/\s+/gu, ' ').trim();
  const chars = [...line];
  return chars.length > EXCERPT_LENGTH
    ? `${chars
        .slice(0, EXCERPT_LENGTH - 1)
        .join('')
        .trimEnd()}…`
    : line;
}

/**
 * What an entry about a comment says of it, from the record as decided on: the comment, its
 * article, its author's key and name, and the start of its text. `forget` leaves out what the
 * author took back (their deletion: the text; their account's deletion: the name too).
 */
export function aboutComment(record: CommentRecord, forget: 'none' | 'text' | 'all' = 'none') {
  const excerpt = forget === 'none' && record.body ? excerptOf(record.body) : undefined;
  const authorName = forget !== 'all' && record.authorName ? record.authorName : undefined;
  return {
    commentId: record.id,
    site: record.site,
    page: record.page,
    authorKey: record.authorKey,
    ...(authorName ? { authorName } : {}),
    ...(excerpt ? { excerpt } : {}),
  };
}

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

/**
 * An account's deletion takes its name and words out of the log too: every entry about the
 * comment (its own log, and the same entry in the site's, which shares its sort key) loses
 * `authorName` and `excerpt`. The one exception to append-only; what was decided stays.
 */
export async function forgetInLog(record: Pick<CommentRecord, 'id' | 'site'>): Promise<void> {
  const pk = commentLogPartition(record.id);
  let start: Record<string, unknown> | undefined;
  do {
    const { Items = [], LastEvaluatedKey } = await dynamo().send(
      new QueryCommand({
        TableName: config.commentsTable,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: 'attribute_exists(authorName) OR attribute_exists(excerpt)',
        ExpressionAttributeValues: { ':pk': pk },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of Items) {
      for (const key of [
        { pk, sk: item.sk },
        { pk: siteLogPartition(record.site), sk: item.sk },
      ]) {
        await dynamo()
          .send(
            new UpdateCommand({
              TableName: config.commentsTable,
              Key: key,
              UpdateExpression: 'REMOVE authorName, excerpt',
              // Never creates an entry: only the ones written with the comment's.
              ConditionExpression: 'attribute_exists(pk)',
            }),
          )
          .catch((error: unknown) => {
            if (!(error instanceof Error && error.name === 'ConditionalCheckFailedException')) throw error;
          });
      }
    }
    start = LastEvaluatedKey;
  } while (start);
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

/** Which entries of a log are read: a date range (a key condition) and filters within it. */
export interface LogFilter {
  /** ISO instants, both included. */
  from?: string;
  to?: string;
  /** The moderator's account id, or `system`. */
  actorId?: string;
  /** An action; `edit` stands for every `edit_<phase>`. */
  action?: string;
  page?: string;
  authorKey?: string;
}

/** Which log is read: a site's, or (with `commentId`) one comment's, asked for on a site, and how narrowed. */
export interface LogScope extends LogFilter {
  site: string;
  commentId?: string;
}

/** The log's cursor: where its next page resumes, bound to the site, the comment and the filters asked for. */
const logCursor = defineCursor<LogScope, LogPosition>({
  listing: 'log',
  position: z.object({ at: z.iso.datetime(), id: z.string().check(z.refine(isId)) }),
  // Unfiltered, the scope is what it was before filters, so the cursors issued then still continue.
  scope: (scope) => {
    const filters = [scope.from, scope.to, scope.actorId, scope.action, scope.page, scope.authorKey];
    return [scope.site, scope.commentId ?? '', ...(filters.some(Boolean) ? filters.map((f) => f ?? '') : [])];
  },
  // A position outside the date range would start the Query outside its key condition.
  within: (position, scope) =>
    (!scope.from || position.at >= scope.from) && (!scope.to || position.at <= scope.to),
  foreign: 'This cursor does not belong to this log and these filters; start from the first page.',
});

/**
 * Reads of one filtered page: at most this many Queries, each evaluating up to
 * `FILTERED_READ_SIZE` entries of the range (docs/api.md, "The audit log").
 */
export const MAX_FILTERED_READS = 5;
const FILTERED_READ_SIZE = 200;

/** The filters other than the date range, as a FilterExpression (undefined: none). */
function filterExpression(filter: LogFilter) {
  const clauses: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const equal = (attribute: string, value: string | undefined) => {
    if (value === undefined) return;
    clauses.push(`#${attribute} = :${attribute}`);
    names[`#${attribute}`] = attribute;
    values[`:${attribute}`] = value;
  };
  equal('actorId', filter.actorId);
  equal('page', filter.page);
  equal('authorKey', filter.authorKey);
  if (filter.action === 'edit') {
    clauses.push('begins_with(#action, :action)');
    names['#action'] = 'action';
    values[':action'] = 'edit_';
  } else equal('action', filter.action);
  return clauses.length ? { expression: clauses.join(' AND '), names, values } : undefined;
}

/**
 * A page of the log, newest first: a site's, or one comment's, within a date range (a key
 * condition) and narrowed by filters. Without filters one Query of `limit` entries. With filters,
 * Queries go on from where the last stopped until `limit` entries match, the range ends, or
 * `MAX_FILTERED_READS` Queries were sent: the page may then hold fewer entries (none, even) and
 * `nextCursor` goes on from the last entry read.
 */
export async function readLog(
  scope: LogScope,
  limit: number,
  cursor?: string,
): Promise<{ entries: LogEntry[]; nextCursor: string | null }> {
  const pk = scope.commentId ? commentLogPartition(scope.commentId) : siteLogPartition(scope.site);
  const range = logRange(scope.from, scope.to);
  const filter = filterExpression(scope);
  let after = cursor ? logCursor.decode(cursor, scope) : undefined;
  const entries: LogEntry[] = [];
  for (let reads = 0; reads < (filter ? MAX_FILTERED_READS : 1); reads++) {
    const { Items = [], LastEvaluatedKey } = await dynamo().send(
      new QueryCommand({
        TableName: config.commentsTable,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :low AND :high',
        FilterExpression: filter?.expression,
        ExpressionAttributeNames: filter?.names,
        ExpressionAttributeValues: { ':pk': pk, ':low': range.low, ':high': range.high, ...filter?.values },
        ScanIndexForward: false,
        // One more than a page: DynamoDB gives a LastEvaluatedKey whenever Limit is reached, so a log
        // of exactly N pages would offer an N+1th, empty one.
        Limit: filter ? FILTERED_READ_SIZE : limit + 1,
        ExclusiveStartKey: after && logStartKey(pk, after),
      }),
    );
    for (const item of Items) {
      entries.push(withoutKeys(item) as LogEntry);
      if (entries.length === limit) {
        // A full page inside this read: the next one resumes after its last entry, not where the Query stopped.
        const last = logPositionOf(item);
        const more = item !== Items.at(-1) || LastEvaluatedKey !== undefined;
        return { entries, nextCursor: last && more ? logCursor.encode(scope, last) : null };
      }
    }
    if (!LastEvaluatedKey) return { entries, nextCursor: null };
    after = logPositionOf(LastEvaluatedKey);
    if (!after) throw new Error(`The ${pk} log holds an item that is no entry`);
  }
  return { entries, nextCursor: after ? logCursor.encode(scope, after) : null };
}
