import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CURSOR_VERSION, defineCursor } from '../../functions/shared/data/cursor.js';

const position = z.object({ id: z.string().check(z.regex(/^\d+$/)) });
const listing = (name: string) =>
  defineCursor<{ site: string }, { id: string }>({
    listing: name,
    position,
    scope: (scope) => [scope.site],
    foreign: 'another site',
  });
const queue = listing('queue');
const refused = expect.objectContaining({ code: 'invalid_cursor' });

describe('the shared cursor', () => {
  it('gives back the position it was made with, for the same listing and scope', () => {
    expect(queue.decode(queue.encode({ site: 'a' }, { id: '42' }), { site: 'a' })).toEqual({ id: '42' });
  });

  it('is refused by another listing, even with the same scope', () => {
    const cursor = listing('log').encode({ site: 'a' }, { id: '42' });
    expect(() => queue.decode(cursor, { site: 'a' })).toThrow(refused);
  });

  it('is refused for another scope, with the words of the listing', () => {
    const cursor = queue.encode({ site: 'a' }, { id: '42' });
    expect(() => queue.decode(cursor, { site: 'b' })).toThrow(
      expect.objectContaining({ message: 'another site' }),
    );
  });

  it('is refused when its position is not one the listing holds', () => {
    const cursor = queue.encode({ site: 'a' }, { id: 'PAGE#a#b' });
    expect(() => queue.decode(cursor, { site: 'a' })).toThrow(refused);
  });

  it('is refused when it has another version', () => {
    const cursor = queue.encode({ site: 'a' }, { id: '42' });
    const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const older = Buffer.from(JSON.stringify({ ...payload, v: CURSOR_VERSION - 1 })).toString('base64url');
    expect(() => queue.decode(older, { site: 'a' })).toThrow(refused);
  });

  it('is refused when its position lies outside what the scope lists', () => {
    const inRange = defineCursor<{ site: string }, { id: string }>({
      listing: 'ranged',
      position,
      scope: (scope) => [scope.site],
      foreign: 'outside',
      within: (after, scope) => after.id.startsWith(scope.site),
    });
    const cursor = inRange.encode({ site: '4' }, { id: '52' });
    expect(() => inRange.decode(cursor, { site: '4' })).toThrow(
      expect.objectContaining({ code: 'invalid_cursor', message: 'outside' }),
    );
  });
});
