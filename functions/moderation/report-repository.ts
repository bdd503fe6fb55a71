/**
 * Moderation: readers' reports. The report item (one per reporter and comment: an account, or a
 * guest by the key of their email) and the comment's report counters are written in one
 * transaction, so a report counts once and only on a published comment. Nothing else writes it.
 */
import { QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CommentRecord } from '../comments/records.js';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { commentKey, moderationQueuePartition, reportKey, reportsPartition } from '../shared/data/keys.js';
import { retryConflicts, transactionRefusal } from '../shared/data/transactions.js';
import type { ReportDraft } from './reporter.js';

export type ReportOutcome = 'reported' | 'already_reported' | 'not_published';

/** Stores one report (at most one per reporter key and comment) and counts it on the comment, at once. */
export async function addReport(
  record: CommentRecord,
  report: ReportDraft & { at: string },
): Promise<ReportOutcome> {
  return retryConflicts(async () => {
    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: [
            {
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
            {
              Update: {
                TableName: config.commentsTable,
                Key: commentKey(record.site, record.page, record.id),
                UpdateExpression:
                  'ADD reportCount :one SET reportReasons.#reason = if_not_exists(reportReasons.#reason, :zero) + :one',
                ConditionExpression: '#status = :approved',
                ExpressionAttributeNames: { '#reason': report.reason, '#status': 'status' },
                ExpressionAttributeValues: { ':one': 1, ':zero': 0, ':approved': 'approved' },
              },
            },
          ],
        }),
      );
      return 'reported';
    } catch (error) {
      const refusal = transactionRefusal(error);
      if (refusal?.failed.includes(0)) return 'already_reported';
      if (refusal?.failed.includes(1)) return 'not_published';
      throw error;
    }
  });
}

/** Moves a published comment into the `reported` queue, once; false if it already was, or changed. */
export async function markReported(record: CommentRecord): Promise<boolean> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: config.commentsTable,
        Key: commentKey(record.site, record.page, record.id),
        UpdateExpression: 'SET reported = :true, gsi2pk = :queue',
        ConditionExpression: '#status = :approved AND (attribute_not_exists(reported) OR reported = :false)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':true': true,
          ':false': false,
          ':approved': 'approved',
          ':queue': moderationQueuePartition(record.site, 'reported'),
        },
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
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
  return Items.map(({ pk: _pk, sk: _sk, type: _type, ...report }) => report as StoredReport);
}
