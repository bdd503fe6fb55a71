/**
 * Moderation: the author behind a public pseudonym (`a_…`, functions/shared/public-ids.ts), for
 * staff who see only what the thread shows: the widget's staff menu of a site team's moderator,
 * whose thread read carries no internal keys (it loads no team grants). The pseudonym cannot be
 * reversed, so the request names one of the author's comments on the site: its author's
 * pseudonym must be the one given, and its internal key is what the decision takes.
 */
import { getCommentById } from '../comments/store.js';
import { AppError } from '../shared/errors.js';
import { publicAuthorId } from '../shared/public-ids.js';

const PSEUDONYM = /^a_[\w-]{22}$/;

/** Whether `userId` is a public pseudonym, not an internal key. */
export const isPseudonym = (userId: string) => PSEUDONYM.test(userId);

/** The internal key of the author whose pseudonym on `site` is `pseudonym`, proven by `commentId`. */
export async function authorKeyOfPseudonym(site: string, pseudonym: string, commentId: string | undefined) {
  const notFound = () =>
    new AppError(
      'not_found',
      `No comment ${commentId ?? '(give ?comment=)'} of author ${pseudonym} on ${site}.`,
    );
  if (!commentId) throw notFound();
  const record = await getCommentById(commentId);
  if (!record || record.site !== site || !record.authorId) throw notFound();
  if (publicAuthorId(site, record.authorId) !== pseudonym) throw notFound();
  return record.authorKey;
}
