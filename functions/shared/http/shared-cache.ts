/**
 * Shared HTTP layer: the answers the CDN keeps for every reader (the routes whose row says
 * `cache: 'shared'`, functions/routes.ts). They carry no trace of the caller, so CloudFront may
 * hand one reader's answer to the next for a few seconds; an `ETag` makes a revalidation (the
 * CDN's, or a browser's) a 304 without a body. Everything else is `no-store`.
 */
import { createHash } from 'node:crypto';

/** Seconds a shared answer is fresh at the edge (CloudFront reads `s-maxage`). */
export const SHARED_MAX_AGE_SECONDS = 5;

/** Seconds after that during which the edge may still serve it while it asks for a new one. */
export const SHARED_STALE_SECONDS = 5;

/**
 * The longest a new comment can stay unseen by other readers: fresh, then stale while the edge
 * revalidates. The personal request shows an author their own comments younger than this.
 */
export const SHARED_WINDOW_SECONDS = SHARED_MAX_AGE_SECONDS + SHARED_STALE_SECONDS;

/**
 * Browsers always revalidate (`max-age=0`): a reader coming back sees the edge's copy, and gets a
 * 304 when it is the one they hold.
 */
export const SHARED_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE_SECONDS}, stale-while-revalidate=${SHARED_STALE_SECONDS}`;

/** What a personal answer says to every cache on the way. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/** A strong validator of the body: the same bytes, the same tag, on every instance. */
export function entityTag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether an `If-None-Match` header names this tag (a list, `*`, or weak forms all count). */
export function matchesTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = tag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}

/** The headers and body of a shared answer: 304 without a body when the caller already holds it. */
export function sharedAnswer(
  status: number,
  body: string,
  ifNoneMatch: string | undefined,
): { status: number; body: string; headers: Record<string, string> } {
  // Only a success is shared; an error stays `no-store` (a site made a second later must show).
  if (status !== 200) return { status, body, headers: {} };
  const tag = entityTag(body);
  const headers = { 'cache-control': SHARED_CACHE_CONTROL, etag: tag, vary: 'origin' };
  if (matchesTag(ifNoneMatch, tag)) return { status: 304, body: '', headers };
  return { status, body, headers };
}
