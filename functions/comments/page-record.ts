/**
 * Comments: the page record's own attributes, built once. Any write that may be the first to an
 * article (a comment, closing or naming it, a reaction) creates its page record with them: its
 * type, where it is, the key that sorts first in the three thread indexes, and an empty map of pins.
 */
import { PAGE_RECORD_THREAD_KEY } from '../shared/data/keys.js';
import { AppError } from '../shared/errors.js';

/** The SET clauses (to join into an UpdateExpression) with their names and values. */
export function pageRecordSet(site: string, page: string) {
  return {
    sets: [
      '#type = :page',
      'site = :site',
      'page = :pageId',
      'lsi1sk = :top',
      'lsi2sk = :top',
      'lsi3sk = :top',
      'pinned = if_not_exists(pinned, :noPins)',
    ],
    names: { '#type': 'type' },
    values: {
      ':page': 'page',
      ':site': site,
      ':pageId': page,
      ':top': PAGE_RECORD_THREAD_KEY,
      ':noPins': {},
    },
  };
}

/**
 * The condition "the article is open" on its page record (a missing record is open), for every
 * write a closed article refuses: a new comment, an edit, a reaction (unless the site allows it).
 */
export function openCondition() {
  return {
    condition: 'attribute_not_exists(closed) OR closed = :false',
    values: { ':false': false },
  };
}

/** The refusal when that condition fails: the same code and words for a comment, an edit, a reaction. */
export const pageClosed = () => new AppError('page_closed', 'This article is closed to new comments.');
