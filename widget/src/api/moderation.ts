/**
 * API client, second layer: the moderator and admin routes, one typed line each, for the console.
 * The shapes are the server's own, imported as types only, so zod never enters the bundle.
 */

import type { LogEntry } from '../../../functions/comments/log-repository.js';
import type { CommentStatus, ModerationQueue } from '../../../functions/comments/types.js';
import type { DecisionResult } from '../../../functions/moderation/decisions.js';
import type { Action, REPORT_REASONS } from '../../../functions/moderation/schemas.js';
import type * as service from '../../../functions/moderation/service.js';
import type { Site, SiteSettings } from '../../../functions/sites/schemas.js';
import type { Fetcher } from './fetcher.js';

export type { Action, CommentStatus, DecisionResult, LogEntry, Site, SiteSettings };

/** A moderation queue: pending, reported, rejected, spam, approved. */
export type Queue = ModerationQueue;
/** Why a reader reported a comment. */
export type ReportReason = (typeof REPORT_REASONS)[number];
/** The pipeline phases that hold or reject a comment (functions/moderation/pipeline/index.ts). */
export type HoldPhase =
  | 'banned_words'
  | 'suspect_words'
  | 'links'
  | 'classifier'
  | 'first_comments'
  | 'repeated_text'
  | 'guests'
  | 'pre_moderation';

/** A page of a queue, oldest first. */
export type QueuePage = Awaited<ReturnType<typeof service.queue>>;
/** A queued comment with its article, the parent it answers, why it was held and its reports. */
export type QueueItem = QueuePage['comments'][number];
/** An author's standing on a site: ban and note, counts by status, latest comments. */
export type AuthorHistory = Awaited<ReturnType<typeof service.history>>;
/** A page of the audit log, newest first. */
export type LogPage = Awaited<ReturnType<typeof service.log>>;

/** One day of a site's counters (functions/moderation/stats-repository.ts). */
export interface DayStats {
  day: string;
  posted: number;
  approved: number;
  pending: number;
  rejected: number;
  spam: number;
  deleted: number;
}

/** The query of `GET /v1/moderation/queue`; `author` is an author key (account id or guest key). */
export interface QueueQuery {
  site: string;
  status: Queue;
  page?: string;
  author?: string;
  cursor?: string;
  limit?: number;
}

const user = (userId: string) => encodeURIComponent(userId);

/** A page of a queue. */
export const listQueue = (api: Fetcher, query: QueueQuery) =>
  api<QueuePage>('GET', '/v1/moderation/queue', { query: { ...query } });

/** Applies one action to each comment; failures come back per id, the rest is applied. */
export const decide = (api: Fetcher, commentIds: string[], action: Action, reason?: string) =>
  api<{ results: DecisionResult[] }>('POST', '/v1/moderation/decisions', {
    body: { commentIds, action, reason: reason || undefined },
  });

/** Bans an author on a site, until an ISO date or for good. */
export const banAuthor = (api: Fetcher, site: string, userId: string, until?: string, reason?: string) =>
  api<{ userId: string; bannedUntil: string }>('POST', `/v1/moderation/bans/${user(userId)}`, {
    query: { site },
    body: { until, reason: reason || undefined },
  });

/** Lifts an author's ban on a site. */
export const liftBan = (api: Fetcher, site: string, userId: string) =>
  api<{ userId: string; bannedUntil: null }>('DELETE', `/v1/moderation/bans/${user(userId)}`, {
    query: { site },
  });

/** Replaces the moderators' note on an author. */
export const saveNote = (api: Fetcher, site: string, userId: string, note: string) =>
  api<{ userId: string; note: string }>('PUT', `/v1/moderation/users/${user(userId)}/note`, {
    query: { site },
    body: { note },
  });

/** An author's history on a site. */
export const authorHistory = (api: Fetcher, site: string, userId: string) =>
  api<AuthorHistory>('GET', `/v1/moderation/users/${user(userId)}`, { query: { site } });

/** Closes an article to new comments, or reopens it. */
export const closePage = (api: Fetcher, site: string, page: string, closed: boolean) =>
  api<{ site: string; page: string; closed: boolean }>('PUT', '/v1/moderation/pages', {
    query: { site, page },
    body: { closed },
  });

/** A page of the audit log of a site, or of one comment. */
export const readLog = (api: Fetcher, site: string, comment?: string, cursor?: string) =>
  api<LogPage>('GET', '/v1/moderation/log', { query: { site, comment, cursor, limit: 50 } });

/** The last `days` days of a site's counters, oldest first. */
export const readStats = (api: Fetcher, site: string, days: number) =>
  api<{ days: DayStats[] }>('GET', '/v1/moderation/stats', { query: { site, days } });

/** A site's settings (admins). */
export const getSite = (api: Fetcher, site: string) =>
  api<{ site: Site }>('GET', `/v1/sites/${encodeURIComponent(site)}`);

/** Changes some of a site's settings (admins); a bad value answers `invalid_request` with issues. */
export const updateSite = (api: Fetcher, site: string, changes: Partial<SiteSettings>) =>
  api<{ site: Site }>('PUT', `/v1/sites/${encodeURIComponent(site)}`, { body: changes });
