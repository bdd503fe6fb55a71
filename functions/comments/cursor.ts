/**
 * Comments: the opaque paging cursor. It carries the position of the last comment returned
 * (its id and its key in the sort's index) and a short fingerprint of what was listed (site,
 * article, sort, thread), so a cursor forged, truncated or taken from another listing is
 * refused with 400 rather than starting somewhere unexpected.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { AppError } from '../shared/errors.js';
import type { CommentSort } from './types.js';

const ULID = '[0-9A-HJKMNP-TV-Z]{26}';
const threadKeyPattern = new RegExp(`^T#(${ULID}(/${ULID})*|\\d{9}#${ULID})$`);

const cursorSchema = z.object({
  v: z.literal(1),
  p: z.string().check(z.length(12)),
  i: z.string().check(z.regex(new RegExp(`^${ULID}$`))),
  k: z.string().check(z.maxLength(400), z.regex(threadKeyPattern)),
});

/** What a listing lists; a cursor only continues the listing it came from. */
export interface CursorScope {
  site: string;
  page: string;
  sort: CommentSort;
  thread?: string;
}

/** Where the next page starts: after the comment with this id. */
export interface CursorPosition {
  afterId: string;
  /** That comment's key in the sort's index. */
  threadKey: string;
}

const fingerprint = (scope: CursorScope) =>
  createHash('sha256')
    .update([scope.site, scope.page, scope.sort, scope.thread ?? ''].join('\u0000'))
    .digest('base64url')
    .slice(0, 12);

export function encodeCursor(scope: CursorScope, position: CursorPosition): string {
  const payload = { v: 1, p: fingerprint(scope), i: position.afterId, k: position.threadKey };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** The position a cursor points to, or 400 `invalid_cursor`. */
export function decodeCursor(cursor: string, scope: CursorScope): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success) {
    throw new AppError('invalid_cursor', 'The cursor is not one we issued; start again from the first page.');
  }
  if (result.data.p !== fingerprint(scope)) {
    throw new AppError(
      'invalid_cursor',
      'This cursor belongs to another article, sort order or thread; start again from the first page.',
    );
  }
  return { afterId: result.data.i, threadKey: result.data.k };
}
