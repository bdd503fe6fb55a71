/**
 * Console: what the poll found new in a queue, kept apart until the moderator brings it in, so
 * the list never moves under their cursor. Pure functions over the items.
 */
import type { QueueItem } from '../../api/moderation.js';

const idOf = (item: QueueItem) => item.comment.id;

/**
 * The waiting items once a poll answered `fresh`: those not already shown nor waiting, in the
 * queue's order (`newestFirst` for `unreviewed`: a later poll's items go first).
 */
export function addIncoming(
  shown: readonly QueueItem[],
  waiting: readonly QueueItem[],
  fresh: readonly QueueItem[],
  newestFirst: boolean,
): QueueItem[] {
  const known = new Set([...shown, ...waiting].map(idOf));
  const added = fresh.filter((item) => !known.has(idOf(item)));
  if (!added.length) return [...waiting];
  return newestFirst ? [...added, ...waiting] : [...waiting, ...added];
}

/** The list with the waiting items brought in where the queue puts them: last, or first when newest first. */
export function bringIn(
  shown: readonly QueueItem[],
  waiting: readonly QueueItem[],
  newestFirst: boolean,
): QueueItem[] {
  const known = new Set(shown.map(idOf));
  const added = waiting.filter((item) => !known.has(idOf(item)));
  return newestFirst ? [...added, ...shown] : [...shown, ...added];
}
