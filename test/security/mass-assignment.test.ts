/**
 * Mass assignment: fields a client may not set (a status, a pin, an author, counts, dates, roles)
 * sent beside the ones it may. The schemas keep only the fields they declare, so each request
 * below must act exactly as the same request without the extra fields. (`author` is a field a
 * guest may send; its own rules are in reserved-names.test.ts.)
 */

import { describe, expect, it } from 'vitest';
import type { Me } from '../../functions/accounts/types.js';
import type { CommentAnswer, CommentList, CreatedComment } from '../../functions/comments/types.js';
import { publicAuthorId } from '../../functions/shared/public-ids.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();

/** What a hostile client adds to a comment, hoping the server takes it. */
const privileged = {
  id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  status: 'approved',
  pinned: true,
  authorId: 'someone-else',
  authorName: 'Modération',
  staff: true,
  guest: false,
  replyCount: 99,
  reactions: { like: 1000 },
  createdAt: '2000-01-01T00:00:00.000Z',
  editedAt: null,
  depth: 0,
};

describe('a client naming fields it may not set', () => {
  it('posts a comment that waits for a moderator, under its own name, with no counts', async () => {
    const site = await t.site({ moderation: 'pre' });
    const reader = await t.reader('Masse');

    const posted = await t.raw<CreatedComment>(
      'POST',
      '/v1/comments',
      { ...privileged, site, page: 'p', body: 'un avis' },
      bearer(reader.idToken),
    );

    expect(posted.status).toBe(201);
    const { comment } = posted.body;
    expect(comment.id).not.toBe(privileged.id);
    expect(comment.status).toBe('pending');
    expect(comment.pinned).toBe(false);
    expect(comment.author).toEqual({
      id: publicAuthorId(site, reader.user.id),
      name: 'Masse',
      guest: false,
      staff: false,
    });
    expect(comment.replyCount).toBe(0);
    expect(comment.reactions).toEqual({});
    expect(comment.createdAt).not.toBe(privileged.createdAt);
  });

  it('edits only the text of a comment', async () => {
    const site = await t.site();
    const reader = await t.reader('Retouche');
    const posted = await t.raw<CreatedComment>(
      'POST',
      '/v1/comments',
      { site, page: 'p', body: 'premier jet' },
      bearer(reader.idToken),
    );

    const edited = await t.raw<CommentAnswer>(
      'PATCH',
      `/v1/comments/${posted.body.comment.id}`,
      { ...privileged, body: 'second jet' },
      bearer(reader.idToken),
    );

    expect(edited.status).toBe(200);
    expect(edited.body.comment).toMatchObject({
      body: 'second jet',
      status: 'approved',
      pinned: false,
      author: { id: publicAuthorId(site, reader.user.id), staff: false },
      reactions: {},
      createdAt: posted.body.comment.createdAt,
    });
    const thread = await t.raw<CommentList>('GET', `/v1/comments?site=${site}&page=p`);
    expect(thread.body.page?.pinned).toEqual([]);
  });

  it('changes a profile’s name but never its roles or email', async () => {
    const reader = await t.reader('Profil');

    const changed = await t.raw<Me>(
      'PATCH',
      '/v1/me',
      { name: 'Profil bis', roles: ['admin', 'moderator'], email: 'other@example.org', id: 'someone-else' },
      bearer(reader.idToken),
    );

    expect(changed.status).toBe(200);
    expect(changed.body.user).toMatchObject({ id: reader.user.id, email: reader.email, roles: [] });
    const moderation = await t.raw('GET', '/v1/moderation/stats?site=any', undefined, bearer(reader.idToken));
    expect(moderation.status).toBe(403);
  });
});
