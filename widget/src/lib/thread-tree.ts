/**
 * The thread as the widget holds it: top-level comments, each with its replies nested. Pages of
 * the API are merged into it; a reply whose parent came on an earlier page is attached here. Every
 * function returns a new tree and leaves its input untouched, as Preact state wants.
 */
import type { Comment, CommentSort } from '../../../functions/comments/types.js';

/** The comment with this id anywhere in the tree. */
export function findComment(tree: readonly Comment[], id: string): Comment | undefined {
  for (const comment of tree) {
    const found = comment.id === id ? comment : findComment(comment.replies, id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Places one comment (and its replies) in a tree the caller owns: a known id is updated in place,
 * a reply goes last under its parent, a comment without a present parent goes first or last.
 */
function place(tree: Comment[], comment: Comment, first: boolean): void {
  const { replies, ...fields } = comment;
  const known = findComment(tree, comment.id);
  if (known) {
    Object.assign(known, fields);
  } else {
    const parent = comment.parentId ? findComment(tree, comment.parentId) : undefined;
    const node = { ...fields, replies: [] };
    if (parent) parent.replies.push(node);
    else if (first) tree.unshift(node);
    else tree.push(node);
  }
  for (const reply of replies) place(tree, reply, false);
}

/** The tree with a page of comments added after what is shown (the next page of "load more"). */
export function mergeComments(tree: readonly Comment[], page: readonly Comment[]): Comment[] {
  const next = structuredClone(tree) as Comment[];
  for (const comment of page) place(next, comment, false);
  return next;
}

/** The tree with a just-posted comment: under its parent, else where the sort order puts new ones. */
export function insertComment(tree: readonly Comment[], comment: Comment, sort: CommentSort): Comment[] {
  const next = structuredClone(tree) as Comment[];
  place(next, comment, sort === 'newest');
  return next;
}

/** The tree with one comment's fields replaced (after an edit or a delete), its replies kept. */
export function updateComment(tree: readonly Comment[], comment: Comment): Comment[] {
  return mergeComments(tree, [{ ...comment, replies: [] }]);
}

/** Pinned comments first (the thread's own copy, with its replies, once loaded), then the others. */
export function pinnedFirst(tree: readonly Comment[], pinned: readonly Comment[]): Comment[] {
  const ids = new Set(pinned.map((comment) => comment.id));
  const lead = pinned.map((comment) => tree.find((shown) => shown.id === comment.id) ?? comment);
  return [...lead, ...tree.filter((comment) => !ids.has(comment.id))];
}
