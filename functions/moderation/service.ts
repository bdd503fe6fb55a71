/**
 * Moderation: what moderators see and do besides deciding on comments (see decisions.ts), and
 * readers' reports. Moderators are a Cognito group; their routes are declared in the route table.
 */

import { accountCreatedAt, groupsOf } from '../accounts/identity-provider.js';
import {
  allAuthorComments,
  assertNotBanned,
  changeStatus,
  getCommentById,
  getComments,
  getMember,
  getMemberFile,
  getPages,
  heldByView,
  isPublished,
  isSiteUrl,
  listQueue,
  MAX_NOTES,
  markReported,
  presentComment,
  type QueueQuery,
  readAuthorLog,
  readDailyStats,
  readLog,
  reasonsView,
  setBan,
  setClosed,
  setNote,
  setPageName,
  warnAuthor,
} from '../comments/store.js';
import type { Caller } from '../shared/auth/caller.js';
import { AppError } from '../shared/errors.js';
import { consume, hashed } from '../shared/rate-limit/rate-limit.js';
import { normalizeLine, normalizeText } from '../shared/text/normalize.js';
import type { SiteGate } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import { addReport } from './report-repository.js';
import { draftReport } from './reporter.js';
import type { PageNameBody, ReportBody } from './schemas.js';
import type {
  AuthorHistory,
  BanAnswer,
  BanLifted,
  LogPage,
  NoteAnswer,
  PageClosed,
  PageNamed,
  QueuePage,
  ReportAnswer,
  WarningAnswer,
} from './types.js';

/** A queue page with what a moderator needs beside each comment: article, parent, reports, held-by. */
export async function queue(query: QueueQuery): Promise<QueuePage> {
  const page = await listQueue(query);
  const [pages, parents] = await Promise.all([
    getPages(query.site, [...new Set(page.comments.map((c) => c.page))]),
    getComments(
      page.comments.flatMap((c) => (c.parentId ? [{ site: c.site, page: c.page, id: c.parentId }] : [])),
    ),
  ]);
  return {
    comments: page.comments.map((record) => {
      const article = pages.get(record.page);
      const parent = record.parentId ? parents.get(record.parentId) : undefined;
      return {
        comment: presentComment(record),
        site: record.site,
        page: {
          id: record.page,
          title: article?.title ?? null,
          url: article?.url ?? null,
          closed: article?.closed ?? false,
        },
        parent: parent ? presentComment(parent) : null,
        heldBy: heldByView(record),
        reasons: reasonsView(record),
        previousBody: record.previousBody ?? null,
        reports: { count: record.reportCount ?? 0, reasons: record.reportReasons ?? {} },
        authorKey: record.authorKey,
        unreviewed: record.unreviewed === true,
      };
    }),
    nextCursor: page.nextCursor,
  };
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
  if (!draft.notice) await assertNotBanned(site.id, draft.reporterKey);
  const outcome = await addReport(record, { ...draft, at: new Date().toISOString() });
  if (outcome === 'already_reported')
    throw new AppError('already_reported', 'You have already reported this comment.');
  if (outcome === 'not_published')
    throw new AppError('comment_not_found', 'This comment is no longer published.');
  const count = (record.reportCount ?? 0) + 1;
  if (count >= site.reportThreshold && !record.reported) {
    const at = new Date().toISOString();
    const log = {
      at,
      actorId: 'system',
      actorName: 'reports',
      action: 'reported',
      from: record.status,
      code: 'reported',
      params: { reports: count },
    } as const;
    if (site.hideReported) {
      await changeStatus({
        record: { ...record, reportCount: count },
        to: 'pending',
        heldBy: { phase: 'reports', code: 'reported', params: { reports: count } },
        settleReports: false,
        markReported: true,
        log: { ...log, to: 'pending' },
      });
    } else {
      await markReported(record);
    }
  }
  return answer;
}

/** Bans an author on a site (until a date, or for good); a moderator cannot ban a moderator. */
export async function ban(
  site: string,
  userId: string,
  until: string | undefined,
  reason: string | undefined,
  moderator: Caller,
): Promise<BanAnswer> {
  await requireSite(site);
  const groups = await groupsOf(userId);
  if ((groups.includes('moderators') || groups.includes('admins')) && !moderator.roles.includes('admin')) {
    throw new AppError('forbidden', 'Only an administrator can ban a moderator.');
  }
  if (until && Date.parse(until) <= Date.now()) {
    throw new AppError('invalid_request', 'The end of a ban must be in the future.', [
      { path: 'body.until', code: 'not_in_future', params: {}, message: 'body.until must be in the future' },
    ]);
  }
  const log = { ...authorLog(site, moderator, 'ban', reason, userId), until: until ?? 'forever' };
  await setBan(site, userId, { until: until ?? 'forever', reason, by: moderator.userId }, log);
  return { userId, bannedUntil: until ?? 'forever' };
}

export async function liftBan(site: string, userId: string, moderator: Caller): Promise<BanLifted> {
  await requireSite(site);
  await setBan(site, userId, undefined, authorLog(site, moderator, 'unban', undefined, userId));
  return { userId, bannedUntil: null };
}

/** Adds a moderator's note to an author's notes on the site (the latest is also `member.note`). */
export async function note(
  site: string,
  userId: string,
  text: string,
  moderator: Caller,
): Promise<NoteAnswer> {
  await requireSite(site);
  const entry = { text, byId: moderator.userId, byName: moderator.name, at: new Date().toISOString() };
  const log = authorLog(site, moderator, 'note', undefined, userId);
  if ((await setNote(site, userId, entry, { ...log, at: entry.at })) === 'notes_full') {
    throw new AppError('action_not_allowed', `An author keeps at most ${MAX_NOTES} notes on a site.`);
  }
  return { userId, note: text, entry };
}

/**
 * Warns an author: the message is shown to them in the widget on their next visit (a signed-in
 * reader; a guest has no session to show it in) until they dismiss it, and logged.
 */
export async function warn(
  site: string,
  userId: string,
  message: string,
  moderator: Caller,
): Promise<WarningAnswer> {
  await requireSite(site);
  const text = normalizeText(message);
  if (!text) {
    throw new AppError('invalid_request', 'A warning needs a message.', [
      {
        path: 'body.message',
        code: 'too_small',
        params: { min: 1, origin: 'string' },
        message: 'body.message is empty',
      },
    ]);
  }
  return { userId, warning: await warnAuthor(site, userId, text, moderator) };
}

/** The log entry of a decision about an author (the site's log only: no comment). */
function authorLog(
  site: string,
  moderator: Caller,
  action: string,
  reason: string | undefined,
  userId: string,
) {
  return {
    at: new Date().toISOString(),
    site,
    page: '',
    commentId: '',
    actorId: moderator.userId,
    actorName: moderator.name,
    action,
    reason,
    userId,
  };
}

/** Actions of the author log that make a ban's history. */
const BAN_ACTIONS = new Set(['ban', 'unban']);

/**
 * An author's panel on a site: name, since when, standing, counts by status and reports received
 * (of their latest 500 comments there), their ban history, notes and warning, latest comments.
 */
export async function history(site: string, userId: string): Promise<AuthorHistory> {
  const guest = userId.startsWith('guest:');
  const [member, file, decisions, accountSince] = await Promise.all([
    getMember(site, userId),
    getMemberFile(site, userId),
    readAuthorLog(site, userId),
    guest ? undefined : accountCreatedAt(userId),
  ]);
  const counts: Record<string, number> = {};
  const reports = { total: 0, comments: 0 };
  const comments = [];
  for await (const record of allAuthorComments(userId)) {
    if (record.site !== site) continue;
    counts[record.status] = (counts[record.status] ?? 0) + 1;
    reports.total += record.reportCount ?? 0;
    if (record.reportCount) reports.comments++;
    comments.push(record);
    if (comments.length >= 500) break;
  }
  comments.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const firstComment = comments.at(-1)?.createdAt;
  // Notes written before the history kept only the latest text, without its date: shown as one.
  const notes =
    file.notes.length || !member.note
      ? file.notes
      : [{ text: member.note, byId: file.noteBy ?? '', byName: '', at: file.updatedAt ?? '' }];
  return {
    userId,
    name: comments[0]?.authorName || file.authorName || null,
    joinedAt: accountSince ?? firstComment ?? null,
    joinedWith: accountSince ? 'account' : 'first_comment',
    member,
    counts,
    reports,
    bans: decisions.filter((entry) => BAN_ACTIONS.has(entry.action)),
    notes: notes.toReversed(),
    warning: file.warning ?? null,
    comments: comments.slice(0, 20).map((c) => ({ ...presentComment(c), page: c.page })),
  };
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

export async function log(
  site: string,
  commentId: string | undefined,
  limit: number,
  cursor?: string,
): Promise<LogPage> {
  const result = await readLog({ site, commentId }, limit, cursor);
  // A comment's log is keyed by the comment alone: entries of another site's comment stay unseen.
  const entries = commentId ? result.entries.filter((e) => e.site === site) : result.entries;
  return { entries, nextCursor: result.nextCursor };
}

export const stats = readDailyStats;
