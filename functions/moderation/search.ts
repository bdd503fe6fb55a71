/**
 * Moderation: the moderators' search over a site's recent comments. Words and names go through
 * the comment store's search index; an email (staff only: the route is a moderator's) finds the
 * guest who wrote with it and the account signed up with it, by key.
 */
import { accountIdByEmail } from '../accounts/identity-provider.js';
import { authorsComments, searchComments, searchTerms } from '../comments/store.js';
import { AppError } from '../shared/errors.js';
import { guestKey, legacyGuestKey, normalizeEmail } from '../shared/guest-key.js';
import type { SearchQuery } from './schemas.js';
import { queueItems } from './service.js';
import type { SearchPage } from './types.js';

const DAY_MS = 86_400_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Comments matching `q` (every word, or an author's email) on the site, newest first. */
export async function search(query: SearchQuery, now = Date.now()): Promise<SearchPage> {
  if (EMAIL.test(query.q)) {
    const email = normalizeEmail(query.q);
    const account = await accountIdByEmail(email);
    // The guest's former key as well (before keys were HMACs): found until the migration moves them.
    const found = await authorsComments(
      query.site,
      [guestKey(email), legacyGuestKey(email), ...(account ? [account] : [])],
      query.limit,
    );
    return { comments: await queueItems(query.site, found.comments), by: 'email', more: found.more };
  }
  // At most five terms, the longest: each one more narrows what a filter keeps, not what is read.
  const terms = searchTerms(query.q).slice(0, 5);
  if (terms.length === 0) throw new AppError('invalid_request', 'Search for at least one word.');
  const since = new Date(now - query.days * DAY_MS).toISOString();
  const found = await searchComments({ site: query.site, terms, since, limit: query.limit });
  return { comments: await queueItems(query.site, found.comments), by: 'words', more: found.more };
}
