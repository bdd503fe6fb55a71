/**
 * API client, second layer: the moderator and admin routes, one typed line each, for the console.
 * The shapes are the server's own, imported as types only, so zod never enters the bundle.
 */

import type {
  CommentStatus,
  DailyStats,
  DayStats,
  HoldPhase,
  LogEntry,
} from '../../../functions/comments/types.js';
import type {
  Action,
  AuthorHistory,
  BanAnswer,
  BanBody,
  BanLifted,
  BanPreset,
  DecisionConflict,
  DecisionResult,
  DecisionResults,
  LogAction,
  LogFilters,
  LogPage,
  LogRow,
  NoteAnswer,
  NoticeDecision,
  NoticeDecisionBody,
  NoticeView,
  PageClosed,
  PageNameBody,
  PageNamed,
  Queue,
  QueueCounts,
  QueueItem,
  QueuePage,
  ReportReason,
  ReportView,
  SearchPage,
  WarningAnswer,
} from '../../../functions/moderation/types.js';
import type { Site, SiteAnswer, SiteSettings } from '../../../functions/sites/types.js';
import type { Fetcher } from './fetcher.js';

export type {
  Action,
  AuthorHistory,
  BanPreset,
  CommentStatus,
  DayStats,
  DecisionConflict,
  DecisionResult,
  HoldPhase,
  LogAction,
  LogEntry,
  LogFilters,
  LogPage,
  LogRow,
  NoticeDecision,
  NoticeDecisionBody,
  NoticeView,
  PageNameBody,
  PageNamed,
  Queue,
  QueueCounts,
  QueueItem,
  QueuePage,
  ReportReason,
  ReportView,
  SearchPage,
  Site,
  SiteSettings,
};

/** The query of `GET /v1/moderation/queue`; `author` is an author key (account id or guest key). */
export interface QueueQuery {
  site: string;
  status: Queue;
  page?: string;
  author?: string;
  cursor?: string;
  limit?: number;
  /** The console's poll: only what entered the queue after this time (a previous answer's `asOf`). */
  since?: string;
}

const user = (userId: string) => encodeURIComponent(userId);

/** A page of a queue with every queue's count; with `since`, what entered it after that time. */
export const listQueue = (api: Fetcher, query: QueueQuery) =>
  api<QueuePage>('GET', '/v1/moderation/queue', { query: { ...query } });

/** The site's recent comments holding every word of `q` (text or author name), or by an author's email. */
export const searchComments = (
  api: Fetcher,
  query: { site: string; q: string; days?: number; limit?: number },
) => api<SearchPage>('GET', '/v1/moderation/search', { query: { ...query } });

/** The status the moderator saw each comment in, by id (in the order to decide them). */
export type Seen = Record<string, CommentStatus>;

/**
 * Applies one action to each comment as seen; a refused id (403) applies none, state failures come
 * back per id (`conflict` for a comment no longer in the status seen, with who decided it).
 */
export const decide = (api: Fetcher, seen: Seen, action: Action, reason?: string) =>
  api<DecisionResults>('POST', '/v1/moderation/decisions', {
    body: { commentIds: Object.keys(seen), seen, action, reason: reason || undefined },
  });

/** Decides a comment's open notices of illegal content, with the statement of reasons (DSA art. 17). */
export const decideNotice = (api: Fetcher, id: string, body: NoticeDecisionBody) =>
  api<NoticeDecision>('POST', `/v1/moderation/notices/${encodeURIComponent(id)}`, { body });

/** Bans an author on a site: until an ISO date, for a preset's length, or for good. */
export const banAuthor = (api: Fetcher, site: string, userId: string, ban: BanBody) =>
  api<BanAnswer>('POST', `/v1/moderation/bans/${user(userId)}`, {
    query: { site },
    body: { ...ban, reason: ban.reason || undefined },
  });

/** Lifts an author's ban on a site. */
export const liftBan = (api: Fetcher, site: string, userId: string) =>
  api<BanLifted>('DELETE', `/v1/moderation/bans/${user(userId)}`, {
    query: { site },
  });

/** Adds a note to the moderators' notes on an author (the newest is their current note). */
export const saveNote = (api: Fetcher, site: string, userId: string, note: string) =>
  api<NoteAnswer>('PUT', `/v1/moderation/users/${user(userId)}/note`, {
    query: { site },
    body: { note },
  });

/** Warns an author: they see the message in the widget on their next visit, until they dismiss it. */
export const warnAuthor = (api: Fetcher, site: string, userId: string, message: string) =>
  api<WarningAnswer>('POST', `/v1/moderation/users/${user(userId)}/warnings`, {
    query: { site },
    body: { message },
  });

/** An author's panel on a site: standing, counts, reports, bans, notes, warning, latest comments. */
export const authorHistory = (api: Fetcher, site: string, userId: string) =>
  api<AuthorHistory>('GET', `/v1/moderation/users/${user(userId)}`, { query: { site } });

/** Closes an article to new comments, or reopens it. */
export const closePage = (api: Fetcher, site: string, page: string, closed: boolean) =>
  api<PageClosed>('PUT', '/v1/moderation/pages', {
    query: { site, page },
    body: { closed },
  });

/** Sets an article's title and URL (null: none); comments no longer change them. */
export const namePage = (api: Fetcher, site: string, page: string, name: PageNameBody) =>
  api<PageNamed>('PATCH', '/v1/moderation/pages', { query: { site, page }, body: name });

/** A page of the audit log of a site, or of one comment. */
export const readLog = (api: Fetcher, site: string, comment?: string, cursor?: string) =>
  api<LogPage>('GET', '/v1/moderation/log', { query: { site, comment, cursor, limit: 50 } });

/** A page of a site's audit log narrowed by filters (a bad one answers `invalid_request` naming it). */
export const searchLog = (api: Fetcher, site: string, filters: LogFilters, cursor?: string) =>
  api<LogPage>('GET', '/v1/moderation/log', { query: { site, ...filters, cursor, limit: 50 } });

/** Every entry of a date range (`from` and `to` required), filtered, as a CSV document. */
export const exportLog = (api: Fetcher, site: string, filters: LogFilters) =>
  api<string>('GET', '/v1/moderation/log', { query: { site, ...filters, format: 'csv' }, text: true });

/** The last `days` days of a site's counters, oldest first. */
export const readStats = (api: Fetcher, site: string, days: number) =>
  api<DailyStats>('GET', '/v1/moderation/stats', { query: { site, days } });

/** A site's settings (admins). */
export const getSite = (api: Fetcher, site: string) =>
  api<SiteAnswer>('GET', `/v1/sites/${encodeURIComponent(site)}`);

/** Changes some of a site's settings (admins); a bad value answers `invalid_request` with issues. */
export const updateSite = (api: Fetcher, site: string, changes: Partial<SiteSettings>) =>
  api<SiteAnswer>('PUT', `/v1/sites/${encodeURIComponent(site)}`, { body: changes });
