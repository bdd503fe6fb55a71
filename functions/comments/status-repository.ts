/**
 * Comments: moving a comment from one status to another (moderators' decisions, and an edit the
 * pipeline holds), with everything that depends on it in the same transaction: its place in the
 * thread and in the moderation queues, the page's and the parent's counters, the author's
 * approved count, the day's statistics and the audit log. Conditioned on the status it was
 * decided on (for a moderator, the status they saw), so two moderators deciding at once cannot
 * both apply. A held edit writes its text
 * in the same transaction, refused on a closed article as a new comment is.
 */
import { config } from '../shared/config.js';
import {
  commentKey,
  memberKey,
  moderationQueuePartition,
  newestThreadKey,
  oldestThreadKey,
  pageKey,
  queueFilterKeys,
  queueSortKey,
  topThreadKey,
} from '../shared/data/keys.js';
import { type Step, type TransactItem, transact } from '../shared/data/transact.js';
import { aboutComment, type LogEntry, logSteps } from './log-repository.js';
import { noticeMarkDelete } from './notice-marks.js';
import { openCondition } from './page-record.js';
import type { HeldBy } from './pipeline/reasons.js';
import { reconcilePlaceholders } from './placeholder-repository.js';
import { queueCountsUpdate } from './queue-counts.js';
import type { CommentRecord } from './records.js';
import { sameRound } from './report-counters.js';
import { ancestorCounters } from './repository.js';
import { reviewMarkDelete } from './review-marks.js';
import { searchText } from './search-text.js';
import { dailyStatsUpdate } from './stats-repository.js';
import { isPublished, queueOf, REPORTED_QUEUE } from './status.js';
import type { CommentStatus, Statement } from './types.js';

type Items = TransactItem[];

export interface StatusChange {
  record: CommentRecord;
  to: CommentStatus;
  /** A moderator's reason, shown to the author. */
  reason?: string;
  /** Why it is held or refused now: the phase that held it again (an edit), a moderator, reports. */
  heldBy?: HeldBy;
  /** Every rule that matched, `heldBy` first (the pipeline's); one reason, `heldBy`, when absent. */
  reasons?: HeldBy[];
  /** The decision settles the reports: the comment leaves the `reported` queue. */
  settleReports: boolean;
  /** Reports just reached the site's threshold: the comment enters the `reported` queue. */
  markReported?: boolean;
  /** Its account was deleted: the author's name goes too. */
  anonymizeAuthor?: boolean;
  /** A deleted comment leaves the thread entirely instead of staying as a placeholder. */
  removeFromThread?: boolean;
  log: Omit<LogEntry, 'commentId' | 'site' | 'page'>;
  /**
   * A moderator's decision: the status they saw, which the write is conditioned on (refused as
   * `status_moved` unless the comment is still in it). The record must have been read in it too,
   * as the counters follow from it; without it, the status read.
   */
  seen?: CommentStatus;
  /**
   * An author's edit the pipeline holds: its text is written with the new status (never one
   * without the other), and the article must still be open (`page_closed`).
   */
  edit?: { body: string; editedAt: string; previousBody?: string; openSince?: string };
  /**
   * A decision on the comment's notices of illegal content: the open notices it answers (their
   * count and round, as read: refused as `status_moved` if another came meanwhile) are closed,
   * and the statement of reasons is stored on the comment for its author (notice-repository.ts).
   */
  notices?: NoticeClosing;
  /** Another domain's items written in the same transaction (the statement of reasons). */
  joined?: TransactItem[];
}

/** The notices a decision answers, and its statement of reasons when the author is to see it. */
export interface NoticeClosing {
  count: number;
  round: number;
  statement?: Statement;
}

/** Why a status change was not applied. */
export type StatusRefusal = 'status_moved' | 'page_closed';

/** Applies the change; false when the comment's status or reports moved since it was read. */
export async function changeStatus(change: StatusChange): Promise<boolean> {
  return (await applyStatusChange(change)) === undefined;
}

/** Applies the change, or says why not: its status or reports moved, or (an edit) the article closed. */
export async function applyStatusChange(change: StatusChange): Promise<StatusRefusal | undefined> {
  const { record, to } = change;
  const at = change.log.at;
  const wasVisible = isPublished(record.status);
  const nowVisible = isPublished(to);
  const reported = change.markReported ? true : change.settleReports ? false : record.reported === true;
  const queue = queueOf({ status: to, reported });
  const names: Record<string, string> = { '#status': 'status' };
  // A status seen that the read no longer shows was overtaken already: nothing to try.
  if (change.seen !== undefined && change.seen !== record.status) return 'status_moved';
  const values: Record<string, unknown> = { ':to': to, ':from': change.seen ?? record.status, ':at': at };
  const sets = ['#status = :to', 'decidedAt = :at', 'reported = :reported'];
  // Any decision or status change is the look it waited for: it leaves `unreviewed` (never re-enters).
  const removes: string[] = record.unreviewed ? ['unreviewed'] : [];
  values[':reported'] = reported;
  if (queue) {
    // A comment entering a queue takes its place there by the time it entered (what a moderator's
    // poll asks for: `since`); one staying in its queue keeps its place.
    const stays = queue === queueOf(record);
    const queuedAt = stays ? (record.queuedAt ?? record.createdAt) : at;
    sets.push(
      'gsi2pk = :queue',
      'gsi2sk = :queueSort',
      'queuedAt = :queuedAt',
      'gsi3pk = :byAuthor',
      'gsi4pk = :byArticle',
    );
    values[':queue'] = moderationQueuePartition(record.site, queue);
    values[':queueSort'] = queueSortKey(queuedAt, record.id);
    values[':queuedAt'] = queuedAt;
    const filters = queueFilterKeys(record.site, queue, record.page, record.authorKey);
    values[':byAuthor'] = filters.gsi3pk;
    values[':byArticle'] = filters.gsi4pk;
  } else removes.push('gsi2pk', 'gsi2sk', 'queuedAt', 'gsi3pk', 'gsi4pk', 'gsi5pk', 'searchText');
  if (change.reason !== undefined) {
    sets.push('decisionReason = :reason');
    values[':reason'] = change.reason;
  }
  if (change.heldBy) {
    sets.push('heldBy = :heldBy', 'reasons = :reasons');
    values[':heldBy'] = change.heldBy;
    values[':reasons'] = change.reasons ?? [change.heldBy];
  }
  if (change.edit) {
    sets.push('body = :body', 'editedAt = :editedAt', 'searchText = :searchText');
    values[':body'] = change.edit.body;
    values[':searchText'] = searchText({ authorName: record.authorName, body: change.edit.body });
    values[':editedAt'] = change.edit.editedAt;
    if (change.edit.previousBody !== undefined) {
      sets.push('previousBody = :previousBody');
      values[':previousBody'] = change.edit.previousBody;
    }
  } else if (record.previousBody !== undefined) {
    // A decision on the held edit: the text it replaced is no longer what anyone needs to compare.
    removes.push('previousBody');
  }
  if (nowVisible) {
    sets.push('lsi1sk = :k1', 'lsi2sk = :k2', 'approvedOnce = :true');
    values[':k1'] = oldestThreadKey(record.path);
    values[':k2'] = newestThreadKey(record.path);
    values[':true'] = true;
    if (record.depth === 0) {
      sets.push('lsi3sk = :k3');
      values[':k3'] = topThreadKey(record.score ?? 0, record.id);
    }
  } else if (to === 'deleted') {
    sets.push('body = :blank');
    values[':blank'] = '';
    removes.push('guestEmail', 'receipt', 'pinned');
    if (change.anonymizeAuthor) {
      sets.push('authorName = :blank', 'accountDeleted = :true');
      values[':true'] = true;
    }
    // A deleted comment keeps its place (a placeholder) only where readers saw it, and only
    // while published replies hang from it: else it would be an empty line in the thread.
    const repliesBelow = (record.threadCount ?? record.replyCount ?? 0) > 0;
    if (!wasVisible || !repliesBelow || change.removeFromThread) removes.push('lsi1sk', 'lsi2sk', 'lsi3sk');
    if (change.removeFromThread) {
      sets.push('removedFromThread = :true');
      values[':true'] = true;
    }
  } else {
    removes.push('lsi1sk', 'lsi2sk', 'lsi3sk', 'pinned');
  }
  const adds: string[] = [];
  // Condition on what was decided on: the status (the one the moderator saw), and whether reports
  // were pending.
  // The queue counts move from what was read: still `unreviewed` or not, too (two moderators
  // approving an unreviewed comment at once must not both take it out of that queue).
  const conditions = [
    record.reported
      ? '#status = :from AND reported = :wasReported'
      : '#status = :from AND (attribute_not_exists(reported) OR reported = :wasReported)',
    record.unreviewed ? 'unreviewed = :true' : 'attribute_not_exists(unreviewed)',
  ];
  values[':wasReported'] = record.reported === true;
  if (record.unreviewed) values[':true'] = true;
  // Settling closes the round of reports: only readers who have not reported yet count from now on
  // (a report written meanwhile carries the closed round: it is closed with it, never lost).
  if (change.settleReports && ((record.reportCount ?? 0) > 0 || record.reported)) {
    sets.push('reportCount = :noReports', 'reportReasons = :noReasons');
    adds.push('reportRound :nextRound');
    Object.assign(values, { ':noReports': 0, ':noReasons': {}, ':nextRound': 1 });
  }
  // Entering `reported` counts the round as read: a round closed since must reach the threshold anew.
  if (change.markReported) {
    const round = record.reportRound ?? 0;
    conditions.push(sameRound('reportRound', round, ':reportRound'));
    if (round) values[':reportRound'] = round;
  }
  // The statement explained the decision on notices that removed it: the next status change ends it.
  if (!change.notices && record.statement) removes.push('statement');
  if (change.notices) {
    const { count, round, statement } = change.notices;
    sets.push('noticeCount = :noNotices');
    adds.push('noticeRound :nextNoticeRound');
    Object.assign(values, { ':noNotices': 0, ':nextNoticeRound': 1, ':openNotices': count });
    conditions.push('noticeCount = :openNotices', sameRound('noticeRound', round, ':noticeRound'));
    if (round) values[':noticeRound'] = round;
    if (statement) {
      sets.push('statement = :statement');
      values[':statement'] = statement;
    }
  }
  const condition = conditions.join(' AND ');

  const steps: Step<StatusRefusal>[] = [
    {
      item: {
        Update: {
          TableName: config.commentsTable,
          Key: commentKey(record.site, record.page, record.id),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
          ConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      refused: 'status_moved',
    },
    {
      item: pageCounters(record, to, wasVisible, nowVisible, change.edit),
      refused: 'page_closed',
    },
    ...[
      ...parentCounter(record, wasVisible, nowVisible),
      ...(nowVisible && !record.approvedOnce ? [firstApproval(record)] : []),
      dailyStatsUpdate(record.site, at, [to]),
      ...(record.unreviewed ? [reviewMarkDelete(record)] : []),
      // A decision on notices takes the comment out of `notices` too, in the same counts update.
      ...optional(
        queueCountsUpdate(
          record.site,
          { ...record, openNotices: change.notices !== undefined },
          { status: to, reported },
        ),
      ),
      ...(change.notices ? [noticeMarkDelete(record)] : []),
      ...(change.joined ?? []),
    ].map((item) => ({ item })),
    // A held edit's entry quotes the new text, the one the moderator is asked to judge.
    ...logSteps({
      ...change.log,
      ...aboutComment({ ...record, body: change.edit?.body ?? record.body }, forgotten(change)),
    }),
  ];
  const { refused } = await transact(steps, { precedence: ['status_moved', 'page_closed'] });
  const delta = (nowVisible ? 1 : 0) - (wasVisible ? 1 : 0);
  if (!refused && delta !== 0 && record.parentId) await reconcilePlaceholders(record, delta);
  return refused;
}

/** What the log entry leaves out: an account's deletion, the name and text; an author's own deletion, the text. */
function forgotten(change: StatusChange): 'none' | 'text' | 'all' {
  if (change.anonymizeAuthor) return 'all';
  const own = change.to === 'deleted' && change.log.actorId === change.record.authorId;
  return own ? 'text' : 'none';
}

/** The page's counters; a comment leaving the thread leaves the pinned spot; an edit needs it open. */
function pageCounters(
  record: CommentRecord,
  to: CommentStatus,
  wasVisible: boolean,
  nowVisible: boolean,
  edit: StatusChange['edit'],
) {
  const published = (nowVisible ? 1 : 0) - (wasVisible ? 1 : 0);
  const pending = (to === 'pending' ? 1 : 0) - (record.status === 'pending' ? 1 : 0);
  const unpin = !nowVisible && record.pinned === true;
  const openOnly = edit !== undefined;
  const open = openCondition(edit?.openSince);
  return {
    Update: {
      TableName: config.commentsTable,
      Key: pageKey(record.site, record.page),
      UpdateExpression: `ADD commentCount :published, pendingCount :pending${unpin ? ' REMOVE pinned.#id' : ''}`,
      ConditionExpression: openOnly ? open.condition : undefined,
      ExpressionAttributeNames: unpin ? { '#id': record.id } : undefined,
      ExpressionAttributeValues: {
        ':published': published,
        ':pending': pending,
        ...(openOnly ? open.values : {}),
      },
    },
  };
}

/** The parent's reply counts, and the thread counts of every comment above it. */
function parentCounter(record: CommentRecord, wasVisible: boolean, nowVisible: boolean): Items {
  const delta = (nowVisible ? 1 : 0) - (wasVisible ? 1 : 0);
  if (!record.parentId || delta === 0) return [];
  return [
    {
      Update: {
        TableName: config.commentsTable,
        Key: commentKey(record.site, record.page, record.parentId),
        UpdateExpression: 'ADD replyCount :delta, threadCount :delta',
        ExpressionAttributeValues: { ':delta': delta },
      },
    },
    ...ancestorCounters(record, delta),
  ];
}

function firstApproval(record: CommentRecord) {
  return {
    Update: {
      TableName: config.commentsTable,
      Key: memberKey(record.site, record.authorKey),
      UpdateExpression: 'ADD approvedCount :one',
      ExpressionAttributeValues: { ':one': 1 },
    },
  };
}

const optional = <T>(item: T | undefined): T[] => (item ? [item] : []);

/**
 * Moves a published comment into the `reported` queue, once, with the site's queue counts (one
 * transaction); false if it already was, or changed, or its round of reports was closed since it
 * was read (the threshold counts the round anew). It takes its place there by when it entered.
 */
export async function markReported(record: CommentRecord, at = new Date().toISOString()): Promise<boolean> {
  const before = { status: 'approved' as const, reported: false };
  const round = record.reportRound ?? 0;
  const filters = queueFilterKeys(record.site, REPORTED_QUEUE, record.page, record.authorKey);
  const { refused } = await transact([
    {
      item: {
        Update: {
          TableName: config.commentsTable,
          Key: commentKey(record.site, record.page, record.id),
          UpdateExpression:
            'SET reported = :true, gsi2pk = :queue, gsi2sk = :queueSort, queuedAt = :at, gsi3pk = :byAuthor, gsi4pk = :byArticle',
          ConditionExpression: `#status = :approved AND (attribute_not_exists(reported) OR reported = :false) AND ${sameRound('reportRound', round)}`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ...(round ? { ':round': round } : {}),
            ':true': true,
            ':false': false,
            ':approved': 'approved',
            ':queue': moderationQueuePartition(record.site, REPORTED_QUEUE),
            ':queueSort': queueSortKey(at, record.id),
            ':at': at,
            ':byAuthor': filters.gsi3pk,
            ':byArticle': filters.gsi4pk,
          },
        },
      },
      refused: 'not_reportable',
    },
    ...optional(queueCountsUpdate(record.site, before, { ...before, reported: true })).map((item) => ({
      item,
    })),
  ]);
  return refused === undefined;
}
