/**
 * Moderation: the queues, readers' reports and the articles, besides deciding on comments (see
 * decisions.ts) and what concerns an author (authors.ts). Moderators are a Cognito group; their
 * routes are declared in the route table.
 */

import type { CommentRecord } from '../comments/records.js';
import {
  assertNotBanned,
  changeStatus,
  getComment,
  getCommentById,
  getComments,
  getPages,
  heldByView,
  isPublished,
  isSiteUrl,
  listQueue,
  listQueueSince,
  markReported,
  presentComment,
  type QueueQuery,
  readDailyStats,
  readQueueCounts,
  reasonsView,
  setClosed,
  setPageName,
} from '../comments/store.js';
import type { Caller } from '../shared/auth/caller.js';
import { AppError } from '../shared/errors.js';
import { legacyGuestKey } from '../shared/guest-key.js';
import { consume, hashed } from '../shared/rate-limit/rate-limit.js';
import { normalizeLine } from '../shared/text/normalize.js';
import type { Site, SiteGate } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import { readModeratorAlerts, saveModeratorAlerts } from './alert-settings-repository.js';
import { addReport } from './report-repository.js';
import { reportsView } from './report-views.js';
import { draftReport } from './reporter.js';
import type { ModeratorAlertsBody, PageNameBody, ReportBody } from './schemas.js';
import type { ModeratorAlerts, PageClosed, PageNamed, QueueItem, QueuePage, ReportAnswer } from './types.js';

/**
 * How far back a poll's `asOf` reaches: an entry is written with the time its transaction was
 * prepared, and reaches the queue's index a moment after it commits; a poll reading from a few
 * seconds back finds it (the console drops the ids it already holds).
 */
const POLL_OVERLAP_MS = 5000;

/**
 * A queue page with what a moderator needs beside each comment (article, parent, reports,
 * held-by) and every queue's count; with `since`, what entered the queue after it instead.
 */
export async function queue(query: QueueQuery & { since?: string }): Promise<QueuePage> {
  const readAt = Date.now();
  const { since } = query;
  const [page, counts] = await Promise.all([
    since ? listQueueSince({ ...query, since }) : listQueue(query),
    readQueueCounts(query.site),
  ]);
  const last = 'last' in page ? page.last : undefined;
  const back = new Date(readAt - POLL_OVERLAP_MS).toISOString();
  // More entered than one answer holds: the next poll resumes after the latest read.
  const asOf = last ?? (since && since > back ? since : back);
  const nextCursor = 'nextCursor' in page ? page.nextCursor : null;
  return { comments: await queueItems(query.site, page.comments), nextCursor, counts, asOf };
}

/** Comments as a queue shows them (a search's results too): with article, parent, reports, reasons. */
export async function queueItems(site: string, comments: CommentRecord[]): Promise<QueueItem[]> {
  const [pages, parents, reported] = await Promise.all([
    getPages(site, [...new Set(comments.map((c) => c.page))]),
    getComments(
      comments.flatMap((c) => (c.parentId ? [{ site: c.site, page: c.page, id: c.parentId }] : [])),
    ),
    // One Query per comment with open reports or notices, in parallel.
    Promise.all(comments.map(reportsView)),
  ]);
  return comments.map((record, index) => {
    const open = reported[index] ?? { reports: [], notices: [] };
    const article = pages.get(record.page);
    const parent = record.parentId ? parents.get(record.parentId) : undefined;
    return {
      comment: presentComment(record, { staff: true }),
      site: record.site,
      page: {
        id: record.page,
        title: article?.title ?? null,
        url: article?.url ?? null,
        closed: article?.closed ?? false,
      },
      parent: parent ? presentComment(parent, { staff: true }) : null,
      heldBy: heldByView(record),
      reasons: reasonsView(record),
      previousBody: record.previousBody ?? null,
      reports: {
        count: record.reportCount ?? 0,
        reasons: record.reportReasons ?? {},
        items: open.reports,
      },
      notices: { count: record.noticeCount ?? 0, items: open.notices },
      authorKey: record.authorKey,
      unreviewed: record.unreviewed === true,
      bannedNetwork: record.bannedNetwork === true,
    };
  });
}

const answer: ReportAnswer = { reported: true };

/** How many reports one address may send without an account, per minute and per hour. */
const GUEST_REPORTS_PER_MINUTE = 10;
const GUEST_REPORTS_PER_HOUR = 60;

/** Who reports and from where: the account, or a guest (whose address is only counted, never kept). */
export interface ReportInput {
  caller: Caller | undefined;
  sourceIp: string;
}

/**
 * A reader (an account, or a guest with an email where the site allows guests; anyone for an
 * `illegal` notice, see reporter.ts) reports a comment; at the site's threshold it enters the
 * `reported` queue (hidden if the site says so).
 */
export async function report(
  commentId: string,
  body: ReportBody,
  input: ReportInput,
  onSite: SiteGate,
): Promise<ReportAnswer> {
  const record = await getCommentById(commentId);
  if (!record || !isPublished(record.status))
    throw new AppError('comment_not_found', 'This comment does not exist or is not published.');
  const site = await requireSite(record.site);
  onSite(site);
  const draft = draftReport(body, input.caller, site, record);
  if (!input.caller) {
    const ip = hashed(input.sourceIp);
    await consume([
      { name: `report-ip:${ip}`, max: GUEST_REPORTS_PER_MINUTE, windowSeconds: 60 },
      { name: `report-ip-hour:${ip}`, max: GUEST_REPORTS_PER_HOUR, windowSeconds: 3600 },
    ]);
  }
  // A notice of illegal content is accepted even from a banned reader (DSA art. 16: anyone).
  // A guest's former key as well: their ban holds until the migration moves it.
  const email = input.caller ? undefined : body.reporter?.email;
  if (!draft.notice)
    await assertNotBanned(site.id, draft.reporterKey, Date.now(), email ? legacyGuestKey(email) : undefined);
  const at = new Date().toISOString();
  let read: CommentRecord | undefined = record;
  // A round closed between the read and the write refuses it: read again, count it in the new one.
  for (let attempt = 0; read && isPublished(read.status); attempt++) {
    const outcome = await addReport(read, { ...draft, at });
    if (outcome === 'already_reported')
      throw new AppError('already_reported', 'You have already reported this comment.');
    if (outcome === 'reported') {
      // A notice waits in its own queue; a report counts towards the threshold of its round.
      if (!draft.notice) await reachThreshold(read, site);
      return answer;
    }
    if (attempt >= 3) throw new Error(`Report on ${commentId} refused three times: its round keeps moving`);
    read = await getComment(read.site, read.page, read.id);
  }
  throw new AppError('comment_not_found', 'This comment is no longer published.');
}

/**
 * Moves a comment whose round of reports reached the site's threshold into `reported` (held, if
 * the site hides reported comments). The count is read back after the report's write, so of two
 * reports at once the later sees both; entering `reported` happens once, in the round read.
 */
async function reachThreshold(record: CommentRecord, site: Site): Promise<void> {
  const now = await getComment(record.site, record.page, record.id);
  const count = now?.reportCount ?? 0;
  if (!now || count < site.reportThreshold || now.reported || !isPublished(now.status)) return;
  const log = {
    at: new Date().toISOString(),
    actorId: 'system',
    actorName: 'reports',
    action: 'reported',
    from: now.status,
    code: 'reported',
    params: { reports: count },
  } as const;
  if (site.hideReported) {
    await changeStatus({
      record: now,
      to: 'pending',
      heldBy: { phase: 'reports', code: 'reported', params: { reports: count } },
      settleReports: false,
      markReported: true,
      log: { ...log, to: 'pending' },
    });
  } else {
    await markReported(now);
  }
}

export async function closePage(
  site: string,
  page: string,
  closed: boolean,
  moderator: Caller,
): Promise<PageClosed> {
  await requireSite(site);
  const at = new Date().toISOString();
  await setClosed(site, page, closed, {
    at,
    actorId: moderator.userId,
    actorName: moderator.name,
    action: closed ? 'close' : 'reopen',
  });
  return { site, page, closed };
}

/**
 * A moderator names an article: its title and URL, which comments no longer change from then on.
 * The URL must lead to the site (one of its origins, or the API's own), as a comment's must.
 */
export async function editPage(
  siteId: string,
  page: string,
  body: PageNameBody,
  moderator: Caller,
  ownOrigin: string | undefined,
): Promise<PageNamed> {
  const site = await requireSite(siteId);
  if (body.url && !isSiteUrl(body.url, site.allowedOrigins, { ownOrigin, moderator: true })) {
    throw new AppError(
      'page_url_not_allowed',
      `The article's URL must be on one of the site's origins (${site.allowedOrigins.join(', ') || 'none listed'}).`,
    );
  }
  const shown = (await getPages(siteId, [page])).get(page);
  const title = body.title === undefined ? shown?.title : normalizeLine(body.title ?? '') || undefined;
  const url = body.url === undefined ? shown?.url : (body.url ?? undefined);
  await setPageName(
    siteId,
    page,
    { title, url },
    {
      at: new Date().toISOString(),
      actorId: moderator.userId,
      actorName: moderator.name,
      action: 'page_edit',
    },
  );
  return { site: siteId, page, title: title ?? null, url: url ?? null };
}

export const stats = readDailyStats;

/** The caller's moderator alerts on a site (both off until set). */
export const alerts = (site: string, userId: string): Promise<ModeratorAlerts> =>
  readModeratorAlerts(site, userId);

/** Saves the caller's moderator alerts on a site; a new frequency's first digest is one period away. */
export const saveAlerts = (
  site: string,
  userId: string,
  body: ModeratorAlertsBody,
): Promise<ModeratorAlerts> => saveModeratorAlerts(site, userId, body, new Date());
