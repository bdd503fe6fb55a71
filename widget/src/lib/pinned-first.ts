/**
 * Pinned comments before the others: apart from lib/thread-tree.ts because the entry's preview
 * needs it, and the tree's other functions (merging, posting, deleting) belong to the kit only.
 */
import type { Comment } from '../../../functions/comments/types.js';

/** Pinned comments first (the thread's own copy, with its replies, once loaded), then the others. */
export function pinnedFirst(tree: readonly Comment[], pinned: readonly Comment[]): Comment[] {
  const ids = new Set(pinned.map((comment) => comment.id));
  const lead = pinned.map((comment) => tree.find((shown) => shown.id === comment.id) ?? comment);
  return [...lead, ...tree.filter((comment) => !ids.has(comment.id))];
}
