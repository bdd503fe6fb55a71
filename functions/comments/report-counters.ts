/**
 * Comments: a comment's report counters (count, by reason). The report itself is moderation's item;
 * the counters are the comment's, so this step is built here and joined to the report's write.
 */
import { config } from '../shared/config.js';
import { commentKey } from '../shared/data/keys.js';
import type { CommentRecord } from './records.js';

/** A transaction item counting one more report of `reason` on a comment, only while it is published. */
export function countReport(record: CommentRecord, reason: string) {
  return {
    Update: {
      TableName: config.commentsTable,
      Key: commentKey(record.site, record.page, record.id),
      UpdateExpression:
        'ADD reportCount :one SET reportReasons.#reason = if_not_exists(reportReasons.#reason, :zero) + :one',
      ConditionExpression: '#status = :approved',
      ExpressionAttributeNames: { '#reason': reason, '#status': 'status' },
      ExpressionAttributeValues: { ':one': 1, ':zero': 0, ':approved': 'approved' },
    },
  };
}
