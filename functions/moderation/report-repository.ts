/**
 * Moderation: readers' reports and notices. The report item (one per reporter and comment, ever:
 * an account, or a guest by the key of their email) and the comment's report counters are written
 * in one transaction, so a report counts once, in one round, and only on a published comment. A
 * notice of illegal content is an item of its own (one per notifier and comment), written with the
 * comment's notice counter and its mark in the `notices` queue. Nothing else writes them.
 */

import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CommentRecord } from '../comments/records.js';
import {
  countNotice,
  countReport,
  firstNotice,
  NOTICES_QUEUE,
  noticeMarkPut,
  queueCountAdd,
} from '../comments/store.js';
import type { Statement } from '../comments/types.js';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { withoutKeys } from '../shared/data/items.js';
import { noticeKey, reportKey, reportsPartition, statementKey } from '../shared/data/keys.js';
import { type TransactItem, transact } from '../shared/data/transact.js';
import { newId } from '../shared/ids.js';
import type { ReportDraft } from './reporter.js';

/** `moved`: the comment is no longer published, or its round closed since it was read. */
export type ReportOutcome = 'reported' | 'already_reported' | 'moved';

/**
 * Stores one report (at most one per reporter key and comment) and counts it on the comment in the
 * round read, at once; a notice goes apart, counted among the open notices and marked in `notices`.
 */
export async function addReport(
  record: CommentRecord,
  report: ReportDraft & { at: string },
): Promise<ReportOutcome> {
  const notice = report.notice !== undefined;
  const round = notice ? (record.noticeRound ?? 0) : (record.reportRound ?? 0);
  const key = notice ? noticeKey(record.id, report.reporterKey) : reportKey(record.id, report.reporterKey);
  // Two domains' steps in one transaction: moderation's report, the comment's counters.
  const { refused } = await transact([
    {
      item: {
        Put: {
          TableName: config.commentsTable,
          Item: { ...key, type: 'report', site: record.site, page: record.page, round, ...report },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      refused: 'already_reported',
    },
    notice
      ? { item: countNotice(record, round), refused: 'moved' }
      : { item: countReport(record, report.reason, round), refused: 'moved' },
    ...(notice ? [{ item: noticeMarkPut(record) }] : []),
    ...(notice && firstNotice(record) ? [{ item: queueCountAdd(record.site, NOTICES_QUEUE, 1) }] : []),
  ]);
  return refused ?? 'reported';
}

/** A stored report, as moderators read it: the draft, where, when and in which round (private fields included). */
export type StoredReport = ReportDraft & { site: string; page: string; at: string; round?: number };

/** A comment's reports and notices, apart (for moderators only); each in reporter-key order. */
export interface CommentReports {
  reports: StoredReport[];
  notices: StoredReport[];
}

/**
 * The reports and notices of one comment, up to `limit` items read (consistent: a decision on
 * notices closes exactly those it read). Reports before rounds have no `round`: round 0.
 */
export async function readReports(commentId: string, limit = 200): Promise<CommentReports> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': reportsPartition(commentId) },
      ConsistentRead: true,
      Limit: limit,
    }),
  );
  const of = (prefix: string) =>
    Items.filter((item) => String(item.sk).startsWith(prefix)).map(
      (item) => withoutKeys(item) as StoredReport,
    );
  // Notices sent before they had their own items are under `U#`: they counted as reports, and stay so.
  return { reports: of('U#'), notices: of('N#') };
}

/** The reports and notices of one comment together, in reporter-key order (reports first). */
export async function listReports(commentId: string, limit = 200): Promise<StoredReport[]> {
  const { reports, notices } = await readReports(commentId, limit);
  return [...reports, ...notices];
}

/**
 * The item of a statement of reasons (DSA art. 17), written in the transaction of the decision on
 * notices it explains: for the author (by `authorKey`) and the notifiers (by their notice keys),
 * whom the alerts will email it to.
 */
export function statementPut(
  record: CommentRecord,
  statement: Statement,
  notices: StoredReport[],
  moderator: { userId: string; name: string },
): TransactItem {
  return {
    Put: {
      TableName: config.commentsTable,
      Item: {
        ...statementKey(record.id, statement.at, newId(Date.parse(statement.at))),
        type: 'statement',
        site: record.site,
        page: record.page,
        commentId: record.id,
        authorKey: record.authorKey,
        statement,
        notifierKeys: notices.map((notice) => notice.reporterKey),
        decidedBy: moderator.userId,
        decidedByName: moderator.name,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** A stored statement of reasons with whom it is for (the alerts read these). */
export interface StoredStatement {
  site: string;
  page: string;
  commentId: string;
  authorKey: string;
  statement: Statement;
  notifierKeys: string[];
  decidedBy: string;
  decidedByName: string;
}

/** The statements of reasons given on one comment, oldest first. */
export async function listStatements(commentId: string): Promise<StoredStatement[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :statements)',
      ExpressionAttributeValues: { ':pk': reportsPartition(commentId), ':statements': 'S#' },
      ConsistentRead: true,
    }),
  );
  return Items.map((item) => withoutKeys(item) as StoredStatement);
}
