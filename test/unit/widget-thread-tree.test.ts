import { describe, expect, it } from 'vitest';
import type { Comment } from '../../functions/comments/types.js';
import {
  findComment,
  insertComment,
  mergeComments,
  pinnedFirst,
  publishedBelow,
  updateComment,
} from '../../widget/src/lib/thread-tree.js';

function comment(id: string, parentId: string | null = null, replies: Comment[] = []): Comment {
  return {
    id,
    parentId,
    depth: parentId ? 1 : 0,
    author: { id: null, name: 'Camille', guest: true, staff: false },
    body: `texte ${id}`,
    createdAt: '2026-11-28T15:00:00.000Z',
    editedAt: null,
    status: 'approved',
    reactions: {},
    replyCount: replies.length,
    threadCount: replies.length,
    replyTo: null,
    replies,
    pinned: false,
    moderation: null,
  };
}

/** The tree as nested ids, to compare shapes. */
const shape = (tree: Comment[]): unknown[] =>
  tree.map((c) => (c.replies.length ? { [c.id]: shape(c.replies) } : c.id));

describe('widget: the thread tree', () => {
  it('keeps the first page as the server nested it', () => {
    const tree = mergeComments([], [comment('a', null, [comment('a1', 'a')]), comment('b')]);
    expect(shape(tree)).toEqual([{ a: ['a1'] }, 'b']);
  });

  it('attaches a reply that arrives on a later page under its parent', () => {
    const first = mergeComments([], [comment('a'), comment('b')]);
    const next = mergeComments(first, [comment('a2', 'a'), comment('c')]);
    expect(shape(next)).toEqual([{ a: ['a2'] }, 'b', 'c']);
  });

  it('attaches a reply to a reply found deep in the tree', () => {
    const first = mergeComments([], [comment('a', null, [comment('a1', 'a')])]);
    const next = mergeComments(first, [comment('a1x', 'a1')]);
    expect(shape(next)).toEqual([{ a: [{ a1: ['a1x'] }] }]);
  });

  it('keeps at the top level a reply whose parent is not shown', () => {
    expect(shape(mergeComments([], [comment('r', 'gone')]))).toEqual(['r']);
  });

  it('does not duplicate a comment that comes again', () => {
    const first = mergeComments([], [comment('a'), comment('b')]);
    expect(shape(mergeComments(first, [comment('b'), comment('c')]))).toEqual(['a', 'b', 'c']);
  });

  it('puts a new top-level comment first when newest come first, last otherwise', () => {
    const tree = mergeComments([], [comment('a')]);
    expect(shape(insertComment(tree, comment('n'), 'newest'))).toEqual(['n', 'a']);
    expect(shape(insertComment(tree, comment('n'), 'oldest'))).toEqual(['a', 'n']);
  });

  it('puts a new reply last under its parent', () => {
    const tree = mergeComments([], [comment('a', null, [comment('a1', 'a')])]);
    expect(shape(insertComment(tree, comment('a2', 'a'), 'newest'))).toEqual([{ a: ['a1', 'a2'] }]);
  });

  it('replaces an edited comment and keeps its replies', () => {
    const tree = mergeComments([], [comment('a', null, [comment('a1', 'a')])]);
    const edited = { ...comment('a'), body: 'corrigé', editedAt: '2026-11-28T15:05:00.000Z' };
    const next = updateComment(tree, edited);
    expect(findComment(next, 'a')?.body).toBe('corrigé');
    expect(shape(next)).toEqual([{ a: ['a1'] }]);
  });

  it('never changes the tree it was given', () => {
    const tree = mergeComments([], [comment('a')]);
    const before = JSON.stringify(tree);
    insertComment(tree, comment('a1', 'a'), 'newest');
    updateComment(tree, { ...comment('a'), body: 'x' });
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('finds a comment anywhere, or nothing', () => {
    const tree = mergeComments([], [comment('a', null, [comment('a1', 'a')])]);
    expect(findComment(tree, 'a1')?.id).toBe('a1');
    expect(findComment(tree, 'zz')).toBeUndefined();
  });

  it('puts pinned comments first, once, with the replies the thread loaded for them', () => {
    const tree = [comment('a'), comment('b', null, [comment('b1', 'b')])];
    const pinned = [
      { ...comment('b'), pinned: true },
      { ...comment('z'), pinned: true },
    ];

    const shown = pinnedFirst(tree, pinned);

    expect(shape(shown)).toEqual([{ b: ['b1'] }, 'z', 'a']);
  });

  it('counts a posted reply in the counts of every comment above it', () => {
    const tree = mergeComments([], [comment('a', null, [comment('a1', 'a')])]);

    const next = insertComment(tree, { ...comment('a1x', 'a1'), depth: 2 }, 'newest');

    expect(findComment(next, 'a')).toMatchObject({ replyCount: 1, threadCount: 2 });
    expect(findComment(next, 'a1')).toMatchObject({ replyCount: 1, threadCount: 1 });
  });

  it('counts the published replies shown at any depth, not the placeholders', () => {
    const gone = { ...comment('a1', 'a', [comment('a1x', 'a1')]), status: 'deleted' as const };
    expect(publishedBelow(comment('a', null, [gone, comment('a2', 'a')]))).toBe(2);
  });

  it('drops a deleted comment with no reply, and the placeholders left empty above it', () => {
    const tree = mergeComments(
      [],
      [
        comment('a', null, [{ ...comment('a1', 'a', [comment('a1x', 'a1')]), status: 'deleted' }]),
        comment('b'),
      ],
    );
    const rootGone = updateComment(tree, { ...comment('a'), status: 'deleted' });
    expect(shape(rootGone)).toEqual([{ a: [{ a1: ['a1x'] }] }, 'b']);

    const next = updateComment(rootGone, { ...comment('a1x', 'a1'), status: 'deleted', threadCount: 0 });

    expect(shape(next)).toEqual(['b']);
  });

  it('keeps a deleted comment that still has replies, as a placeholder', () => {
    const tree = mergeComments([], [comment('a', null, [comment('a1', 'a')])]);

    const next = updateComment(tree, { ...comment('a'), status: 'deleted', threadCount: 1 });

    expect(shape(next)).toEqual([{ a: ['a1'] }]);
  });
});
