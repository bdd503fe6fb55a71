import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../functions/comments/cursor.js';
import { nestThread } from '../../functions/comments/present.js';
import type { CommentRecord } from '../../functions/comments/records.js';
import { newId } from '../../functions/shared/ids.js';

const id = newId(5);
const position = { afterId: id, threadKey: `T#${id}` };
const scope = { site: 'demo', page: 'a', sort: 'newest' as const };

describe('cursors', () => {
  it('round-trip for the same listing', () => {
    expect(decodeCursor(encodeCursor(scope, position), scope)).toEqual(position);
    const top = { afterId: id, threadKey: `T#999999997#${id}` };
    expect(decodeCursor(encodeCursor({ ...scope, sort: 'top' }, top), { ...scope, sort: 'top' })).toEqual(
      top,
    );
  });

  it('are refused for another article, sort or thread, or when tampered with', () => {
    const cursor = encodeCursor(scope, position);
    const code = expect.objectContaining({ code: 'invalid_cursor' });
    expect(() => decodeCursor(cursor, { ...scope, page: 'b' })).toThrow(code);
    expect(() => decodeCursor(cursor, { ...scope, sort: 'oldest' })).toThrow(code);
    expect(() => decodeCursor(cursor, { ...scope, thread: id })).toThrow(code);
    expect(() => decodeCursor(cursor.slice(0, -4), scope)).toThrow(code);
    expect(() => decodeCursor('%%%', scope)).toThrow(code);
  });
});

function record(id: string, parentId: string | null): CommentRecord {
  return {
    id,
    site: 's',
    page: 'p',
    parentId,
    path: id,
    depth: parentId ? 1 : 0,
    authorId: null,
    authorName: 'A',
    authorKey: 'guest:x',
    guestEmail: 'secret@example.org',
    body: 'b',
    status: 'approved',
    createdAt: '2026-01-01T00:00:00.000Z',
    replyCount: 0,
    reactions: {},
  };
}

describe('nesting a thread', () => {
  it('puts replies under their parent and keeps orphans (parent on an earlier page) at the top', () => {
    const [a, b, c] = [newId(1), newId(2), newId(3)];
    const tree = nestThread([record(b, a), record(a, null), record(c, a)]);
    expect(tree.map((t) => t.id)).toEqual([a]);
    expect(tree[0]?.replies.map((r) => r.id)).toEqual([b, c]);
    expect(nestThread([record(c, 'elsewhere')]).map((t) => t.parentId)).toEqual(['elsewhere']);
  });

  it('never exposes a guest email', () => {
    expect(JSON.stringify(nestThread([record(newId(1), null)]))).not.toContain('secret@example.org');
  });
});
