/**
 * Comments: the page record's own attributes, built once. Any write that may be the first to an
 * article (a comment, closing or naming it, a reaction) creates its page record with them: its
 * type, where it is, the key that sorts first in the three thread indexes, and an empty map of pins.
 */
import { PAGE_RECORD_THREAD_KEY } from '../shared/data/keys.js';
import { AppError } from '../shared/errors.js';

/**
 * The SET clauses (to join into an UpdateExpression) with their names and values. `createdAt` is
 * set once, by whichever write creates the record: the site's `autoCloseAfterDays` counts from it.
 */
export function pageRecordSet(site: string, page: string, now = new Date().toISOString()) {
  return {
    sets: [
      '#type = :page',
      'site = :site',
      'page = :pageId',
      'lsi1sk = :top',
      'lsi2sk = :top',
      'lsi3sk = :top',
      'pinned = if_not_exists(pinned, :noPins)',
      'createdAt = if_not_exists(createdAt, :pageCreatedAt)',
    ],
    names: { '#type': 'type' },
    values: {
      ':page': 'page',
      ':site': site,
      ':pageId': page,
      ':top': PAGE_RECORD_THREAD_KEY,
      ':noPins': {},
      ':pageCreatedAt': now,
    },
  };
}

/**
 * The condition "the article is open" on its page record (a missing record is open), for every
 * write a closed article refuses: a new comment, an edit, a reaction (unless the site allows it).
 * With `openSince` (see {@link autoCloseCutoff}), an article created before it is closed too; a
 * record without `createdAt` (made by a close, a name or a reaction before they set it) is not,
 * nor one a moderator reopened since (`reopenedAt`).
 */
export function openCondition(openSince?: string) {
  const notClosed = 'attribute_not_exists(closed) OR closed = :false';
  if (!openSince) return { condition: notClosed, values: { ':false': false } };
  return {
    condition: `(${notClosed}) AND (attribute_not_exists(createdAt) OR createdAt >= :openSince OR reopenedAt >= :openSince)`,
    values: { ':false': false, ':openSince': openSince },
  };
}

const DAY_MS = 24 * 3600 * 1000;

/** The oldest creation time an article may have and still be open, under `autoCloseAfterDays`; none for 0 (never). */
export function autoCloseCutoff(days: number, now: number): string | undefined {
  return days > 0 ? new Date(now - days * DAY_MS).toISOString() : undefined;
}

/** Is the article closed: by a moderator, or its `autoCloseAfterDays` passed (`cutoff`). */
export function isClosed(
  record: { closed: boolean; createdAt?: string; reopenedAt?: string } | undefined,
  cutoff: string | undefined,
) {
  if (!record) return false;
  return (
    record.closed ||
    (cutoff !== undefined &&
      record.createdAt !== undefined &&
      record.createdAt < cutoff &&
      !(record.reopenedAt !== undefined && record.reopenedAt >= cutoff))
  );
}

/** The refusal when that condition fails: the same code and words for a comment, an edit, a reaction. */
export const pageClosed = () => new AppError('page_closed', 'This article is closed to new comments.');
