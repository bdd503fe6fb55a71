/**
 * The one paging cursor, opaque to clients, of every listing (a thread, a moderation queue, the
 * audit log). It carries the position the next page resumes after (ids and sort values, checked
 * by the listing's schema when the cursor comes back: never a raw DynamoDB key; the repository
 * rebuilds its start key from them with the key builders) and a short fingerprint of the listing
 * and of what it lists (site, article, order, queue...), so a cursor forged, truncated or taken
 * from another listing is refused with 400 `invalid_cursor` rather than starting somewhere
 * unexpected. The fingerprint is a hash, not a signature: forging one gains nothing, since the
 * position is checked and the partition always comes from the request, never from the cursor.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { AppError } from '../errors.js';

/** The format of every cursor: a cursor of another version is refused, its reader starts again. */
export const CURSOR_VERSION = 2;

const FINGERPRINT_LENGTH = 12;

/** One listing's cursors: what `encode` gives for a scope only `decode` with the same scope takes back. */
export interface Cursor<Scope, Position> {
  /** The cursor that continues the listing of `scope` after `position`. */
  encode(scope: Scope, position: Position): string;
  /** The position a cursor resumes after, or 400 `invalid_cursor`. */
  decode(cursor: string, scope: Scope): Position;
}

/** What a listing declares of its cursor. */
export interface CursorDefinition<Scope, Position> {
  /** Names the listing: a cursor of one listing never continues another, whatever their scopes. */
  listing: string;
  /** What a position holds, checked when a cursor comes back. */
  position: z.ZodMiniType<Position>;
  /** The values of a scope the cursor is bound to (a cursor only continues the listing it came from). */
  scope: (scope: Scope) => readonly string[];
  /** Why a cursor of another scope is refused, in the words of the listing. */
  foreign: string;
  /**
   * Whether a well-formed position lies inside what the scope lists, where the Query reads one key
   * range (a start key outside it is a DynamoDB error, not an empty page); refused as `foreign`.
   */
  within?: (position: Position, scope: Scope) => boolean;
}

/** The cursor of one listing. */
export function defineCursor<Scope, Position>(
  definition: CursorDefinition<Scope, Position>,
): Cursor<Scope, Position> {
  const payload = z.object({
    v: z.literal(CURSOR_VERSION),
    p: z.string().check(z.length(FINGERPRINT_LENGTH)),
    after: definition.position,
  });
  const fingerprint = (scope: Scope) =>
    createHash('sha256')
      .update([definition.listing, ...definition.scope(scope)].join('\u0000'))
      .digest('base64url')
      .slice(0, FINGERPRINT_LENGTH);
  return {
    encode(scope, position) {
      const cursor = { v: CURSOR_VERSION, p: fingerprint(scope), after: position };
      return Buffer.from(JSON.stringify(cursor)).toString('base64url');
    },
    decode(cursor, scope) {
      const result = payload.safeParse(parsedJson(cursor));
      if (!result.success) {
        throw new AppError(
          'invalid_cursor',
          'The cursor is not one we issued; start again from the first page.',
        );
      }
      if (result.data.p !== fingerprint(scope)) throw new AppError('invalid_cursor', definition.foreign);
      if (definition.within && !definition.within(result.data.after, scope)) {
        throw new AppError('invalid_cursor', definition.foreign);
      }
      return result.data.after;
    },
  };
}

function parsedJson(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
