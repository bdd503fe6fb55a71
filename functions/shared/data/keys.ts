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

export const authorPartition = (authorKey: string) => `AUTHOR#${authorKey}`;

/** An author's comments sort by site, then article, then time: one article's are one key range. */
export const authorSortKey = (site: string, page: string, createdAt: string, id: string) =>
  `${site}#${page}#${createdAt}#${id}`;

export const authorPagePrefix = (site: string, page: string) => `${site}#${page}#`;

export const profileKey = (userId: string) => ({ pk: `USER#${userId}`, sk: 'PROFILE' });

/** A fixed-window counter: one item per key and window, expiring with the window. */
export const rateLimitKey = (name: string, windowStart: number) => ({
  pk: `RATE#${name}#${windowStart}`,
  sk: 'RATE',
});

export const moderationQueuePartition = (site: string, status: string) => `QUEUE#${site}#${status}`;
