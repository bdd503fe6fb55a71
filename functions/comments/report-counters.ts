/**
 * Comments: a comment's report counters (count, by reason, in the current round) and its counter
 * of open notices of illegal content. The report itself is moderation's item; the counters are the
 * comment's, so these steps are built here and joined to the report's write.
 *
 * Rounds: a moderator's decision that settles the reports closes the round (`reportRound` + 1,
 * counts back to zero; `status-repository.ts`), and a decision on notices closes theirs
 * (`noticeRound` + 1). Each step is conditioned on the round its report item carries, so a report
 * counts in exactly one round: one written while a round closed is refused and counted again in
 * the next one (the caller reads the comment again and retries).
 */
import { config } from '../shared/config.js';
import { commentKey } from '../shared/data/keys.js';
import type { CommentRecord } from './records.js';

/**
 * The condition "`round` is still the current one" on a round attribute absent before its first
 * close; `value` names the round's expression value (set only when `round` is not 0).
 */
export const sameRound = (attribute: 'reportRound' | 'noticeRound', round: number, value = ':round') =>
  round === 0 ? `attribute_not_exists(${attribute})` : `${attribute} = ${value}`;

/** A transaction item counting one more report of `reason` in `round`, only while it is published. */
export function countReport(record: CommentRecord, reason: string, round = record.reportRound ?? 0) {
  return {
    Update: {
      TableName: config.commentsTable,
      Key: commentKey(record.site, record.page, record.id),
      UpdateExpression:
        'ADD reportCount :one SET reportReasons.#reason = if_not_exists(reportReasons.#reason, :zero) + :one',
      ConditionExpression: `#status = :approved AND ${sameRound('reportRound', round)}`,
      ExpressionAttributeNames: { '#reason': reason, '#status': 'status' },
      ExpressionAttributeValues: {
        ':one': 1,
        ':zero': 0,
        ':approved': 'approved',
        ...(round ? { ':round': round } : {}),
      },
    },
  };
}

/**
 * A transaction item counting one more open notice in `round`, only while the comment is published.
 * The first open notice (none read) is conditioned on there still being none: it alone brings the
 * comment into the `notices` queue, and counts it there (see {@link firstNotice}).
 */
export function countNotice(record: CommentRecord, round = record.noticeRound ?? 0) {
  const first = firstNotice(record);
  return {
    Update: {
      TableName: config.commentsTable,
      Key: commentKey(record.site, record.page, record.id),
      UpdateExpression: 'ADD noticeCount :one',
      ConditionExpression: `#status = :approved AND ${sameRound('noticeRound', round)}${first ? ' AND (attribute_not_exists(noticeCount) OR noticeCount = :zero)' : ''}`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':one': 1,
        ':approved': 'approved',
        ...(first ? { ':zero': 0 } : {}),
        ...(round ? { ':round': round } : {}),
      },
    },
  };
}

/** Whether a notice on `record` as read is its first open one: the one that enters `notices`. */
export const firstNotice = (record: CommentRecord) => (record.noticeCount ?? 0) === 0;
