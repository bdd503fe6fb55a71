/**
 * Comments: moderators' changes to an article (closing it, naming it) and to what leads its thread
 * (pins).
 */
import { config } from '../shared/config.js';
import { commentKey, pageKey } from '../shared/data/keys.js';
import { transact } from '../shared/data/transact.js';
import { pinnedCopy } from './items.js';
import { aboutComment, type LogEntry, logSteps } from './log-repository.js';
import { pageRecordSet } from './page-record.js';
import { queueCountsUpdate } from './queue-counts.js';
import type { CommentRecord } from './records.js';
import { reviewMarkDelete } from './review-marks.js';

type Log = Omit<LogEntry, 'commentId' | 'site' | 'page'>;

/**
 * Sets one attribute of an article's page record (created if need be) with its log entry, in one
 * transaction: what closing an article and naming it have in common.
 */
async function setPageAttribute(
  site: string,
  page: string,
  attribute: string,
  value: unknown,
  log: Log,
  reopenedAt?: string,
): Promise<void> {
  const record = pageRecordSet(site, page);
  const reopened = reopenedAt ? ', reopenedAt = :reopenedAt' : '';
  await transact([
    {
      item: {
        Update: {
          TableName: config.commentsTable,
          Key: pageKey(site, page),
          UpdateExpression: `SET #attribute = :value${reopened}, ${record.sets.join(', ')}`,
          ExpressionAttributeNames: { '#attribute': attribute, ...record.names },
          ExpressionAttributeValues: {
            ':value': value,
            ...record.values,
            ...(reopenedAt ? { ':reopenedAt': reopenedAt } : {}),
          },
        },
      },
    },
    ...logSteps({ ...log, commentId: '', site, page }),
  ]);
}

/**
 * Closes or reopens an article to new comments (the page record is created if need be), logged.
 * Reopening also notes when (`reopenedAt`), so an article the site closed by age opens again
 * and `autoCloseAfterDays` counts from then.
 */
export async function setClosed(site: string, page: string, closed: boolean, log: Log): Promise<void> {
  await setPageAttribute(site, page, 'closed', closed, log, closed ? undefined : log.at);
}

/** An article's title and URL as a moderator sets them (either may be absent). */
export interface PageName {
  title?: string;
  url?: string;
}

/**
 * Sets an article's title and URL by hand (the page record is created if need be), logged with
 * them. They go to `edited`, apart from the values comments write, and win over those from now on.
 */
export async function setPageName(site: string, page: string, name: PageName, log: Log): Promise<void> {
  const edited = { ...name, by: log.actorId, at: log.at };
  await setPageAttribute(site, page, 'edited', edited, { ...log, ...name });
}

/**
 * Pins or unpins a published comment: the flag on the comment and a copy on the page record, so
 * the thread's first Query returns pinned comments first. False when it is not published.
 */
export async function setPinned(record: CommentRecord, pinned: boolean, log: Log): Promise<boolean> {
  const { refused } = await transact([
    {
      item: {
        Update: {
          TableName: config.commentsTable,
          Key: commentKey(record.site, record.page, record.id),
          // A pin is a moderator's look: the comment leaves `unreviewed`.
          UpdateExpression: `SET pinned = :pinned${record.unreviewed ? ' REMOVE unreviewed' : ''}`,
          // Still unreviewed or not as read, or the queue counts would count its review twice.
          ConditionExpression: `#status = :approved AND ${record.unreviewed ? 'unreviewed = :true' : 'attribute_not_exists(unreviewed)'}`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':pinned': pinned,
            ':approved': 'approved',
            ...(record.unreviewed ? { ':true': true } : {}),
          },
        },
      },
      refused: 'not_published',
    },
    {
      item: {
        Update: {
          TableName: config.commentsTable,
          Key: pageKey(record.site, record.page),
          UpdateExpression: pinned ? 'SET pinned.#id = :copy' : 'REMOVE pinned.#id',
          ExpressionAttributeNames: { '#id': record.id },
          ExpressionAttributeValues: pinned ? { ':copy': pinnedCopy(record) } : undefined,
        },
      },
    },
    ...(record.unreviewed ? [{ item: reviewMarkDelete(record) }] : []),
    ...(record.unreviewed ? [{ item: unreviewedCountDown(record) }] : []),
    ...logSteps({ ...log, ...aboutComment(record) }),
  ]);
  return refused === undefined;
}

/** A pin is the look an unreviewed comment waited for: one fewer in `unreviewed`. */
function unreviewedCountDown(record: CommentRecord) {
  const state = { status: record.status, reported: record.reported };
  const item = queueCountsUpdate(record.site, { ...state, unreviewed: true }, state);
  if (!item) throw new Error('Leaving unreviewed always moves a count');
  return item;
}
