/**
 * Moderation: the audit log. Every decision is written twice, under the site and under
 * the comment, with a condition that the entry is new: append-only, read newest first by key.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { commentLogPartition, logSortKey, siteLogPartition } from '../shared/data/keys.js';
import type { Step } from '../shared/data/transact.js';
import { newId } from '../shared/ids.js';
import type { LogEntry } from './types.js';

export type { LogEntry };

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

/** The entry's Puts as transaction steps: written with the decision they record, never apart. */
export const logSteps = (entry: LogEntry): Step[] => logEntries(entry).map((item) => ({ item }));

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
  const entries = Items.map(({ pk: _pk, sk: _sk, type: _type, ...entry }) => entry as LogEntry);
  return { entries, next: LastEvaluatedKey ? String(LastEvaluatedKey.sk) : undefined };
}
