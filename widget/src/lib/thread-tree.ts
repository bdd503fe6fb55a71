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

/**
 * The tree with a reader's own comments from their personal request: one already shown is updated,
 * a reply goes under its parent when shown, any other goes first (where the thread shows them).
 */
export function withOwnComments(tree: readonly Comment[], own: readonly Comment[]): Comment[] {
  const next = structuredClone(tree) as Comment[];
  for (const comment of own) place(next, comment, true);
  return next;
}

/** The comments from the top of the tree down to the one with this id (itself last); [] when absent. */
function pathTo(tree: readonly Comment[], id: string): Comment[] {
  for (const comment of tree) {
    if (comment.id === id) return [comment];
    const below = pathTo(comment.replies, id);
    if (below.length) return [comment, ...below];
  }
  return [];
}

/**
 * The tree with a just-posted comment: under its parent, else where the sort order puts new ones.
 * A published reply counts at once in the counts of the comments above it.
 */
export function insertComment(tree: readonly Comment[], comment: Comment, sort: CommentSort): Comment[] {
  const next = structuredClone(tree) as Comment[];
  const above = comment.parentId && comment.status === 'approved' ? pathTo(next, comment.parentId) : [];
  for (const ancestor of above) ancestor.threadCount++;
  const parent = above.at(-1);
  if (parent) parent.replyCount++;
  place(next, comment, sort === 'newest');
  return next;
}

/** Published replies at any depth under a comment, among those shown. */
export function publishedBelow(comment: Comment): number {
  return comment.replies.reduce(
    (n, reply) => n + (reply.status === 'approved' ? 1 : 0) + publishedBelow(reply),
    0,
  );
}

/** Removes the comment with this id, then each deleted comment above it left with no reply. */
function drop(tree: Comment[], id: string): void {
  const path = pathTo(tree, id);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i] as Comment;
    if (node.status !== 'deleted' || node.replies.length > 0) return;
    const siblings = i === 0 ? tree : (path[i - 1] as Comment).replies;
    siblings.splice(siblings.indexOf(node), 1);
  }
}

/**
 * The tree with one comment's fields replaced (after an edit or a delete), its replies kept. A
 * deleted comment with no published reply below leaves the tree, as the server no longer lists it.
 */
export function updateComment(tree: readonly Comment[], comment: Comment): Comment[] {
  const next = mergeComments(tree, [{ ...comment, replies: [] }]);
  if (comment.status === 'deleted' && comment.threadCount <= 0) drop(next, comment.id);
  return next;
}

export { pinnedFirst } from './pinned-first.js';
