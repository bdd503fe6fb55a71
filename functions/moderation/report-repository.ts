/**
 * Moderation: readers' reports. The report item (one per reporter and comment: an account, or a
 * guest by the key of their email) and the comment's report counters are written in one
 * transaction, so a report counts once and only on a published comment. Nothing else writes it.
 */

import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CommentRecord } from '../comments/records.js';
import { countReport } from '../comments/store.js';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { withoutKeys } from '../shared/data/items.js';
import { reportKey, reportsPartition } from '../shared/data/keys.js';
import { transact } from '../shared/data/transact.js';
import type { ReportDraft } from './reporter.js';

export type ReportOutcome = 'reported' | 'already_reported' | 'not_published';

/** Stores one report (at most one per reporter key and comment) and counts it on the comment, at once. */
export async function addReport(
  record: CommentRecord,
  report: ReportDraft & { at: string },
): Promise<ReportOutcome> {
  // Two domains' steps in one transaction: moderation's report, the comment's counters.
  const { refused } = await transact([
    {
      item: {
        Put: {
          TableName: config.commentsTable,
          Item: {
            ...reportKey(record.id, report.reporterKey),
            type: 'report',
            site: record.site,
            page: record.page,
            ...report,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      refused: 'already_reported',
    },
    { item: countReport(record, report.reason), refused: 'not_published' },
  ]);
  return refused ?? 'reported';
}

/** A stored report, as moderators will read it: the draft, where and when (private fields included). */
export type StoredReport = ReportDraft & { site: string; page: string; at: string };

/** The reports of one comment, up to `limit`, in reporter-key order (for moderators only). */
export async function listReports(commentId: string, limit = 100): Promise<StoredReport[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': reportsPartition(commentId) },
      Limit: limit,
    }),
  );
  return Items.map((item) => withoutKeys(item) as StoredReport);
}
