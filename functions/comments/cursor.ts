/**
 * Comments: the opaque paging cursor. It carries the position of the last comment returned
 * (its id and thread key), the sort it belongs to and a short fingerprint of the article, so a
 * cursor forged, truncated or taken from another article or sort is refused with 400.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { AppError } from '../shared/http/errors.js';
import type { CommentSort } from './types.js';

const cursorSchema = z.object({
  v: z.literal(1),
  s: z.enum(['newest', 'oldest']),
  p: z.string().check(z.length(12)),
  i: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/)),
  k: z.string().check(z.maxLength(400), z.regex(/^T#[0-9A-HJKMNP-TV-Z]{26}(\/[0-9A-HJKMNP-TV-Z]{26})*$/)),
});

/** Where the next page starts: after the comment with this id, in this sort. */
export interface CursorPosition {
  sort: CommentSort;
  afterId: string;
  /** The thread key of that comment in the sort's index. */
  threadKey: string;
}

const fingerprint = (site: string, page: string) =>
  createHash('sha256').update(`${site}\u0000${page}`).digest('base64url').slice(0, 12);

export function encodeCursor(site: string, page: string, position: CursorPosition): string {
  const payload = {
    v: 1,
    s: position.sort,
    p: fingerprint(site, page),
    i: position.afterId,
    k: position.threadKey,
  };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** The position a cursor points to, or 400 `invalid_cursor`. */
export function decodeCursor(cursor: string, site: string, page: string, sort: CommentSort): CursorPosition {
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
  if (result.data.p !== fingerprint(site, page) || result.data.s !== sort) {
    throw new AppError(
      'invalid_cursor',
      'This cursor belongs to another article or sort order; start again from the first page.',
    );
  }
  return { sort: result.data.s, afterId: result.data.i, threadKey: result.data.k };
}
