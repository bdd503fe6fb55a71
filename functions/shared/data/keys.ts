/**
 * Key builders for the comments table: the only place that knows how keys are spelled.
 * Repositories use them; services and handlers never see a key.
 */
import { invertId } from '../ids.js';

/** Sort value that places the page record before every comment in both thread indexes. */
export const PAGE_RECORD_THREAD_KEY = '!';

export const siteKey = (site: string) => ({ pk: `SITE#${site}`, sk: 'SITE' });

export const pagePartition = (site: string, page: string) => `PAGE#${site}#${page}`;

export const pageKey = (site: string, page: string) => ({ pk: pagePartition(site, page), sk: 'PAGE' });

export const commentKey = (site: string, page: string, id: string) => ({
  pk: pagePartition(site, page),
  sk: `C#${id}`,
});

/** Pointer from a bare comment id to the page that holds it (ids in URLs carry no page). */
export const commentPointerKey = (id: string) => ({ pk: `COMMENT#${id}`, sk: 'COMMENT' });

export const idempotencyKey = (site: string, callerScope: string, key: string) => ({
  pk: `IDEM#${site}#${callerScope}#${key}`,
  sk: 'IDEM',
});

/**
 * Thread keys. `path` lists the ids from the top-level comment down to this one, joined by "/".
 * Oldest order: a thread's comments follow its top-level comment, replies oldest first.
 * Newest order: top-level comments newest first (inverted id), replies still oldest first.
 */
export const oldestThreadKey = (path: string) => `T#${path}`;

export const newestThreadKey = (path: string) => {
  const [root = '', ...rest] = path.split('/');
  return `T#${[invertId(root), ...rest].join('/')}`;
};

/** Reaction counts are item attributes named `rx_<type>`, so a count is one atomic ADD. */
export const REACTION_COUNT_PREFIX = 'rx_';

export const reactionCountAttribute = (type: string) => `${REACTION_COUNT_PREFIX}${type}`;

const MAX_SCORE = 999_999_999;

/** Top order: higher score first, then newest first (both inverted so the index reads ascending). */
export const topThreadKey = (score: number, id: string) =>
  `T#${String(MAX_SCORE - Math.min(Math.max(score, 0), MAX_SCORE)).padStart(9, '0')}#${invertId(id)}`;

export const authorPartition = (authorKey: string) => `AUTHOR#${authorKey}`;

/** An author's comments sort by site, then article, then time: one article's are one key range. */
export const authorSortKey = (site: string, page: string, createdAt: string, id: string) =>
  `${site}#${page}#${createdAt}#${id}`;

export const authorPagePrefix = (site: string, page: string) => `${site}#${page}#`;

export const profileKey = (userId: string) => ({ pk: `USER#${userId}`, sk: 'PROFILE' });

/** A name (its look-alike skeleton) an account posted under on a site: guests may not take it. */
export const takenNameKey = (site: string, skeleton: string) => ({
  pk: `NAME#${site}#${skeleton}`,
  sk: 'NAME',
});

/** Left by an account deletion so the account's still-valid tokens are refused (expires by TTL). */
export const deletedAccountKey = (userId: string) => ({ pk: `USER#${userId}`, sk: 'DELETED' });

/** A fixed-window counter: one item per key and window, expiring with the window. */
export const rateLimitKey = (name: string, windowStart: number) => ({
  pk: `RATE#${name}#${windowStart}`,
  sk: 'RATE',
});

export const moderationQueuePartition = (site: string, status: string) => `QUEUE#${site}#${status}`;

/** Reactions table: one item per reader, target and type. A target is a comment or an article. */
export const commentTarget = (commentId: string) => `C#${commentId}`;

export const pageTarget = (site: string, page: string) => `P#${site}#${page}`;

export const reactionKey = (target: string, userId: string, type: string) => ({
  pk: `R#${target}`,
  sk: `U#${userId}#${type}`,
});

export const readerReactionsPrefix = (userId: string) => `U#${userId}#`;

export const reactionTargetPartition = (target: string) => `R#${target}`;

export const reactionsByUserPartition = (userId: string) => `U#${userId}`;

export const reactionsByUserSortKey = (site: string, page: string, target: string, type: string) =>
  `${site}#${page}#${target}#${type}`;

/** What moderation knows of an author on one site: ban, note, approved count, last text. */
export const memberKey = (site: string, authorKey: string) => ({
  pk: `MEMBER#${site}#${authorKey}`,
  sk: 'STATE',
});

/** The audit log, by site and by comment: append-only, time-ordered. */
export const siteLogPartition = (site: string) => `LOG#${site}`;

export const commentLogPartition = (commentId: string) => `LOG#C#${commentId}`;

export const logSortKey = (at: string, id: string) => `${at}#${id}`;

/** Per-site daily counters for the console's chart. */
export const dailyStatsKey = (site: string, day: string) => ({ pk: `STATS#${site}`, sk: day });

/** A comment's reports, one item each. */
export const reportsPartition = (commentId: string) => `REPORTS#${commentId}`;

/** One reporter's report on one comment (one per reporter per comment): an account id or a guest key. */
export const reportKey = (commentId: string, reporterKey: string) => ({
  pk: reportsPartition(commentId),
  sk: `U#${reporterKey}`,
});

/** The moderation queue a comment sits in: its status, or `reported` while reports await a decision. */
export const queueKeys = (site: string, queue: string | undefined, createdAt: string, id: string) =>
  queue ? { gsi2pk: moderationQueuePartition(site, queue), gsi2sk: `${createdAt}#${id}` } : {};
