/**
 * Comments: the thread's paging cursor, the shared cursor (`functions/shared/data/cursor.ts`)
 * carrying the position of the last comment returned (its id and its key in the sort's index),
 * bound to what was listed (site, article, sort, thread): a cursor of another article, order or
 * thread, or one of a thread's replies whose key lies outside them, is refused with 400.
 */
import * as z from 'zod/mini';
import { defineCursor } from '../shared/data/cursor.js';
import { isThreadKey, threadRepliesPrefix } from '../shared/data/keys.js';
import { commentIdSchema } from './schemas.js';
import type { CommentSort } from './types.js';

/** What a listing lists; a cursor only continues the listing it came from. */
export interface CursorScope {
  site: string;
  page: string;
  sort: CommentSort;
  thread?: string;
}

const position = z.object({
  afterId: commentIdSchema,
  threadKey: z.string().check(z.maxLength(400), z.refine(isThreadKey)),
});

/** Where the next page starts: after the comment with this id. */
export interface CursorPosition {
  afterId: string;
  /** That comment's key in the sort's index. */
  threadKey: string;
}

const threadCursor = defineCursor<CursorScope, CursorPosition>({
  listing: 'thread',
  position,
  scope: (scope) => [scope.site, scope.page, scope.sort, scope.thread ?? ''],
  foreign: 'This cursor belongs to another article, sort order or thread; start again from the first page.',
  // A thread's replies are one key range under its top-level comment (whose path is its id).
  within: (position, scope) =>
    !scope.thread || position.threadKey.startsWith(threadRepliesPrefix(scope.thread)),
});

/** The cursor that continues this thread listing after `position`. */
export const encodeCursor = (scope: CursorScope, position: CursorPosition): string =>
  threadCursor.encode(scope, position);

/** The position a cursor points to, or 400 `invalid_cursor`. */
export const decodeCursor = (cursor: string, scope: CursorScope): CursorPosition =>
  threadCursor.decode(cursor, scope);
