/**
 * Comments: the personal part of an article's thread (`GET /v1/comments/mine`), kept out of the
 * shared first page so that the CDN can hand that page to every reader. A signed-in reader gets
 * their own comments the public does not see and those published within the CDN's window, their
 * reactions, their ban and warning, whether they follow the article, and their pseudonym; a
 * guest, the comments their receipts prove. Knows nothing of HTTP or DynamoDB keys.
 */
import { readerReactions } from '../reactions/service.js';
import type { Caller } from '../shared/auth/caller.js';
import { SHARED_WINDOW_SECONDS } from '../shared/http/shared-cache.js';
import { publicAuthorId } from '../shared/public-ids.js';
import type { Site } from '../sites/schemas.js';
import { ownCommentsToShow } from './author-repository.js';
import { readerStanding } from './member-repository.js';
import { isBanned } from './pipeline/types.js';
import { presentComment } from './present.js';
import type { CommentRecord } from './records.js';
import { getComments } from './repository.js';
import type { ReaderThreadQuery } from './schemas.js';
import { isPublished, STATUS_FACTS } from './status.js';
import type { ReaderThread } from './types.js';

/**
 * How far back an author's published comments are listed for them: the CDN's window, with a
 * margin for clocks and for a page loaded while a revalidation was on its way.
 */
export const OWN_RECENT_SECONDS = SHARED_WINDOW_SECONDS * 6;

/** The caller's own part of the article's thread; empty for an anonymous call without receipts. */
export async function readerThread(
  query: ReaderThreadQuery,
  site: Site,
  caller: Caller | undefined,
  now = Date.now(),
): Promise<ReaderThread> {
  const since = new Date(now - OWN_RECENT_SECONDS * 1000).toISOString();
  if (!caller) return { comments: (await receipted(query, since)).map((record) => presentComment(record)) };
  const [own, mine, standing] = await Promise.all([
    ownCommentsToShow(caller.userId, query.site, query.page, since),
    readerReactions(caller.userId, query.site, query.page),
    // The reader's own standing, so a banned reader sees the ban before typing, not after posting.
    readerStanding(query.site, query.page, caller.userId),
  ]);
  const banned = isBanned(standing, now);
  return {
    comments: own.map((record) => presentComment(record)),
    myReactions: mine,
    ...(banned
      ? { myBan: { until: standing.bannedUntil === 'forever' ? null : (standing.bannedUntil ?? null) } }
      : {}),
    ...(standing.warning ? { warning: standing.warning } : {}),
    following: standing.following,
    viewer: { authorId: publicAuthorId(site.id, caller.userId) },
  };
}

/** A guest's comments on this article, proven by the receipts their POST answers gave. */
async function receipted(query: ReaderThreadQuery, since: string): Promise<CommentRecord[]> {
  if (!query.receipts) return [];
  const proofs = new Map(query.receipts.split(',').map((pair) => pair.split('.') as [string, string]));
  const found = await getComments(
    [...proofs.keys()].map((id) => ({ site: query.site, page: query.page, id })),
  );
  return [...found.values()].filter(
    (c) =>
      c.receipt !== undefined &&
      c.receipt === proofs.get(c.id) &&
      (STATUS_FACTS[c.status].shownToAuthor || (isPublished(c.status) && c.createdAt >= since)),
  );
}
