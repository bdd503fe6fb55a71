/**
 * Comments: the page record's own attributes, built once. Any write that may be the first to an
 * article (a comment, closing or naming it, a reaction) creates its page record with them: its
 * type, where it is, the key that sorts first in the three thread indexes, and an empty map of pins.
 */
import { PAGE_RECORD_THREAD_KEY } from '../shared/data/keys.js';

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
