/** The shared first page with the reader's own part merged in (widget/src/lib/reader-thread.ts). */
import { describe, expect, it } from 'vitest';
import type { Comment, CommentList } from '../../functions/comments/types.js';
import { withReaderThread } from '../../widget/src/lib/reader-thread.js';

const comment = (id: string, fields: Partial<Comment> = {}): Comment =>
  ({
    id,
    parentId: null,
    depth: 0,
    author: { id: 'a_x', name: 'X', guest: false, staff: false },
    body: id,
    createdAt: '2026-12-06T10:00:00.000Z',
    editedAt: null,
    status: 'approved',
    reactions: {},
    replyCount: 0,
    threadCount: 0,
    replyTo: null,
    replies: [],
    ...fields,
  }) as Comment;

const shared = (comments: Comment[]): CommentList => ({
  page: { site: 's', page: 'p', commentCount: comments.length, reactions: {}, closed: false, pinned: [] },
  site: {} as CommentList['site'],
  comments,
  nextCursor: null,
});

describe('the first page as a reader sees it', () => {
  it('puts the reader’s held comment first and their held reply under its parent', () => {
    const list = shared([comment('A'), comment('B')]);

    const merged = withReaderThread(list, {
      comments: [
        comment('H', { status: 'pending' }),
        comment('R', { parentId: 'B', depth: 1, status: 'pending' }),
      ],
    });

    expect(merged.comments.map((c) => c.id)).toEqual(['H', 'A', 'B']);
    expect(merged.comments[2]?.replies.map((c) => c.id)).toEqual(['R']);
  });

  it('shows once a comment both the shared page and the reader’s part hold', () => {
    const list = shared([comment('A', { reactions: { like: 2 } })]);

    const merged = withReaderThread(list, { comments: [comment('A', { reactions: { like: 2 } })] });

    expect(merged.comments.map((c) => c.id)).toEqual(['A']);
  });

  it('carries the reader’s reactions, ban, warning, follow and pseudonym, and leaves the shared page as it was', () => {
    const list = shared([comment('A')]);
    const before = structuredClone(list);

    const merged = withReaderThread(list, {
      comments: [comment('H', { status: 'pending' })],
      myReactions: { page: ['like'], comments: { A: ['like'] } },
      myBan: { until: null },
      following: true,
      viewer: { authorId: 'a_me' },
    });

    expect(merged).toMatchObject({
      myReactions: { page: ['like'], comments: { A: ['like'] } },
      myBan: { until: null },
      following: true,
      viewer: { authorId: 'a_me' },
      page: list.page,
      nextCursor: null,
    });
    expect(list).toEqual(before);
  });
});
