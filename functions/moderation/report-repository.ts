/**
 * Moderation: readers' reports. The report item (one per reader and comment) and the comment's
 * report counters are written in one transaction, so a report counts once and only on a
 * published comment.
 */
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CommentRecord } from '../comments/records.js';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { commentKey, moderationQueuePartition, reportKey } from '../shared/data/keys.js';
import { retryConflicts, transactionRefusal } from '../shared/data/transactions.js';

export type ReportOutcome = 'reported' | 'already_reported' | 'not_published';

export async function addReport(
  record: CommentRecord,
  report: { userId: string; reason: string; text?: string; at: string },
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
                  ...reportKey(record.id, report.userId),
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
