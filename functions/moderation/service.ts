/**
 * Moderation: what moderators see and do besides deciding on comments (see decisions.ts), and
 * readers' reports. Moderators are a Cognito group; their routes are declared in the route table.
 */

import { accountCreatedAt, emailOf, groupsOf } from '../accounts/identity-provider.js';
import type { CommentRecord } from '../comments/records.js';
import {
  allAuthorComments,
  assertNotBanned,
  banNetwork,
  changeStatus,
  getComment,
  getCommentById,
  getComments,
  getMember,
  getMemberFile,
  getPages,
  guestNetwork,
  heldByView,
  isPublished,
  isSiteUrl,
  listQueue,
  listQueueSince,
  MAX_NOTES,
  markReported,
  presentComment,
  type QueueQuery,
  readAuthorLog,
  readDailyStats,
  readQueueCounts,
  reasonsView,
  setBan,
  setClosed,
  setNote,
  setPageName,
  unbanNetwork,
  warnAuthor,
} from '../comments/store.js';
import type { Caller } from '../shared/auth/caller.js';
import { AppError } from '../shared/errors.js';
import { guestKey } from '../shared/guest-key.js';
import { consume, hashed } from '../shared/rate-limit/rate-limit.js';
import { normalizeLine, normalizeText } from '../shared/text/normalize.js';
import type { Site, SiteGate } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import { addReport } from './report-repository.js';
import { reportsView } from './report-views.js';
import { draftReport } from './reporter.js';
import type { BanBody, BanPreset, PageNameBody, ReportBody } from './schemas.js';
import type {
  AuthorHistory,
  BanAnswer,
  BanLifted,
  NoteAnswer,
  PageClosed,
  PageNamed,
  QueueItem,
  QueuePage,
  ReportAnswer,
  WarningAnswer,
} from './types.js';

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
  if (!draft.notice) await assertNotBanned(site.id, draft.reporterKey);
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

const PRESET_MS: Record<Exclude<BanPreset, 'forever'>, number> = {
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
};

/** The end of a ban: the date given, the preset's from now, or 'forever'. */
function banEnd({ until, preset }: BanBody, now: number): string {
  if (preset && preset !== 'forever') return new Date(now + PRESET_MS[preset]).toISOString();
  if (!until) return 'forever';
  if (Date.parse(until) <= now) {
    throw new AppError('invalid_request', 'The end of a ban must be in the future.', [
      { path: 'body.until', code: 'not_in_future', params: {}, message: 'body.until must be in the future' },
    ]);
  }
  return until;
}

const isGuestKey = (key: string) => key.startsWith('guest:');

/**
 * Bans an author on a site (until a date, a preset's length, or for good); a moderator cannot ban
 * a moderator. An account's ban also bans its email as a guest (its guest key); a guest's ban can
 * flag the network prefix it last posted from (a signal on new comments from it, 30 days at most);
 * `rejectPending` rejects the author's pending comments, each as a moderator's decision.
 */
export async function ban(
  site: string,
  userId: string,
  body: BanBody,
  moderator: Caller,
): Promise<BanAnswer> {
  await requireSite(site);
  const guest = isGuestKey(userId);
  const [groups, email] = guest ? [[], undefined] : await Promise.all([groupsOf(userId), emailOf(userId)]);
  if ((groups.includes('moderators') || groups.includes('admins')) && !moderator.roles.includes('admin')) {
    throw new AppError('forbidden', 'Only an administrator can ban a moderator.');
  }
  const now = Date.now();
  const until = banEnd(body, now);
  const covers = email ? [guestKey(email)] : [];
  const log = { ...(await authorLog(site, moderator, 'ban', body.reason, userId)), until };
  await setBan(site, userId, { until, reason: body.reason, by: moderator.userId }, log, covers);
  let network = false;
  if (guest && body.network) {
    const hash = await guestNetwork(site, userId, now);
    if (hash) await banNetwork(site, hash, userId, until, now);
    network = hash !== undefined;
  }
  const rejected = body.rejectPending
    ? await rejectPending(site, [userId, ...covers], body.reason, moderator)
    : 0;
  return { userId, bannedUntil: until, coversGuest: covers.length > 0, network, rejected };
}

/** Rejects every pending comment of these authors on the site, one status change each; how many. */
async function rejectPending(site: string, keys: string[], reason: string | undefined, moderator: Caller) {
  let rejected = 0;
  for (const key of keys) {
    for await (const record of allAuthorComments(key)) {
      if (record.site !== site || record.status !== 'pending') continue;
      const changed = await changeStatus({
        record,
        to: 'rejected',
        reason: reason ?? '',
        heldBy: { phase: 'moderator', code: 'moderator_rejected', params: {} },
        settleReports: true,
        seen: 'pending',
        log: {
          at: new Date().toISOString(),
          actorId: moderator.userId,
          actorName: moderator.name,
          action: 'reject',
          from: 'pending',
          to: 'rejected',
          reason,
        },
      });
      if (changed) rejected++;
    }
  }
  return rejected;
}

/** Lifts a ban (and what it covers); 403 `own_ban` for a moderator lifting a ban of their own (account or email). */
export async function liftBan(site: string, userId: string, moderator: Caller): Promise<BanLifted> {
  await requireSite(site);
  const member = await getMember(site, userId);
  // Their own: their account, or their email as a guest (which their account's ban covers).
  const own = userId === moderator.userId || (!!moderator.email && userId === guestKey(moderator.email));
  if (own && member.bannedUntil)
    throw new AppError('own_ban', 'A moderator cannot lift their own ban; ask another moderator.');
  const log = await authorLog(site, moderator, 'unban', undefined, userId);
  await setBan(site, userId, undefined, log, member.banCovers ?? []);
  if (isGuestKey(userId)) await unbanNetwork(site, userId);
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
  const log = await authorLog(site, moderator, 'note', undefined, userId);
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

/** The log entry of a decision about an author (the site's log only: no comment), with their name on the site. */
async function authorLog(
  site: string,
  moderator: Caller,
  action: string,
  reason: string | undefined,
  userId: string,
) {
  const { authorName } = await getMember(site, userId);
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
    authorKey: userId,
    ...(authorName ? { authorName } : {}),
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

export const stats = readDailyStats;
