/**
 * The shared first page and the reader's own part of it (`GET /v1/comments/mine`) as one answer,
 * the shape the thread's components read: own comments merged into the tree, the reader's
 * reactions, ban, warning, follow and pseudonym beside it. Pure, so tested alone.
 */
import type { CommentList, ReaderList, ReaderThread } from '../../../functions/comments/types.js';
import { withOwnComments } from './thread-tree.js';

/** The first page as this reader sees it. */
export function withReaderThread(list: CommentList, mine: ReaderThread): ReaderList {
  const { comments, ...personal } = mine;
  return { ...list, ...personal, comments: withOwnComments(list.comments, comments) };
}
