/**
 * Moderation: the audit log. Every decision is written twice, under the site and under
 * the comment, with a condition that the entry is new: append-only, read newest first by key.
 */
import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { withoutKeys } from '../shared/data/items.js';
import { commentLogPartition, logSortKey, siteLogPartition } from '../shared/data/keys.js';
import { newId } from '../shared/ids.js';
import type { Reason, ReasonCode } from './pipeline/reasons.js';

export interface LogEntry {
  at: string;
  site: string;
  page: string;
  /** Empty for decisions about an article or an author. */
  commentId: string;
  /** The author a ban or note is about. */
  userId?: string;
  /** The moderator's (or the system's) account id, and their name at the time. */
  actorId: string;
  actorName: string;
  action: string;
  from?: string;
  to?: string;
  /** A moderator's own words. */
  reason?: string;
  /** Why the system (the pipeline on an edit, readers' reports) moved it, as a reason code. */
  code?: ReasonCode;
  params?: Reason['params'];
}

/** The two Put items of one log entry, for a decision's transaction. */
export function logEntries(entry: LogEntry) {
  const id = newId(Date.parse(entry.at));
  const sk = logSortKey(entry.at, id);
  // Decisions about an article or an author (closing, bans) have no comment: the site's log only.
  const partitions = [
    siteLogPartition(entry.site),
    ...(entry.commentId ? [commentLogPartition(entry.commentId)] : []),
  ];
  return partitions.map((pk) => ({
    Put: {
      TableName: config.commentsTable,
      Item: { pk, sk, type: 'log', ...entry },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  }));
}

/** Writes one entry on its own (decisions about an author or an article, outside a comment's transaction). */
export async function appendLog(entry: LogEntry): Promise<void> {
  await dynamo().send(new TransactWriteCommand({ TransactItems: logEntries(entry) }));
}

/** A page of the log, newest first: a site's, or one comment's. */
export async function readLog(
  scope: { site: string } | { commentId: string },
  limit: number,
  after?: string,
): Promise<{ entries: LogEntry[]; next?: string }> {
  const pk = 'site' in scope ? siteLogPartition(scope.site) : commentLogPartition(scope.commentId);
  const { Items = [], LastEvaluatedKey } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: after ? { pk, sk: after } : undefined,
    }),
  );
  const entries = Items.map((item) => withoutKeys(item) as LogEntry);
  return { entries, next: LastEvaluatedKey ? String(LastEvaluatedKey.sk) : undefined };
}
