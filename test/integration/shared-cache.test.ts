/**
 * Reads at the edge (issue 18): the first page and the counts are the same for every reader, so
 * the CDN shares them a few seconds (with an ETag, so a revalidation is a 304); what is a reader's
 * own comes from `GET /v1/comments/mine`, never cached. These tests talk to the API as
 * the CDN's origin (edge-cache.test.ts goes through the local edge).
 */
import { describe, expect, it } from 'vitest';
import type { CommentList, CreatedComment, ReaderThread } from '../../functions/comments/types.js';
import { PRIVATE_CACHE_CONTROL, SHARED_CACHE_CONTROL } from '../../functions/shared/http/shared-cache.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

describe('the shared first page, from the API', () => {
  const t = useTestApp();
  const post = (site: string, body: string, token?: string) =>
    t.raw<CreatedComment>(
      'POST',
      '/v1/comments',
      {
        site,
        page: 'p',
        body,
        ...(token ? {} : { author: { name: 'Invitée', email: 'invitee@example.org' } }),
      },
      token ? bearer(token) : {},
    );

  /** The caller's own part of article `p` (`GET /v1/comments/mine`), anonymous without a token. */
  const mine = (site: string, token?: string) =>
    t.raw<ReaderThread>(
      'GET',
      `/v1/comments/mine?site=${site}&page=p`,
      undefined,
      token ? bearer(token) : {},
    );

  it('is cacheable by every cache, with an ETag', async () => {
    const site = await t.site({ moderation: 'post', guests: true });
    await post(site, 'Premier avis');

    const res = await t.raw<CommentList>('GET', `/v1/comments?site=${site}&page=p`);

    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
    expect(res.headers.get('etag')).toMatch(/^"[\w-]{27}"$/);
    expect(res.body.comments).toHaveLength(1);
  });

  it('is the same, byte for byte, for two readers, a token ignored', async () => {
    const site = await t.site({ moderation: 'pre' });
    const author = await t.reader('Autrice');
    await post(site, 'En attente de modération', author.idToken);
    const other = await t.reader('Voisin');

    const [anonymous, withToken, authorsOwn] = await Promise.all([
      t.raw<CommentList>('GET', `/v1/comments?site=${site}&page=p`),
      t.raw<CommentList>('GET', `/v1/comments?site=${site}&page=p`, undefined, bearer(other.idToken)),
      t.raw<CommentList>('GET', `/v1/comments?site=${site}&page=p`, undefined, bearer(author.idToken)),
    ]);

    expect(JSON.stringify(withToken.body)).toBe(JSON.stringify(anonymous.body));
    expect(JSON.stringify(authorsOwn.body)).toBe(JSON.stringify(anonymous.body));
    expect(authorsOwn.headers.get('etag')).toBe(anonymous.headers.get('etag'));
    expect(authorsOwn.body.comments).toEqual([]);
    expect(authorsOwn.body).not.toHaveProperty('myReactions');
    expect(authorsOwn.body).not.toHaveProperty('viewer');
  });

  it('answers 304 without a body to a caller holding its ETag', async () => {
    const site = await t.site({ moderation: 'post', guests: true });
    await post(site, 'Un avis');
    const first = await t.raw('GET', `/v1/comments?site=${site}&page=p`);
    const tag = first.headers.get('etag') ?? '';

    const again = await t.raw('GET', `/v1/comments?site=${site}&page=p`, undefined, { 'if-none-match': tag });
    await post(site, 'Un autre avis');
    const changed = await t.raw('GET', `/v1/comments?site=${site}&page=p`, undefined, {
      'if-none-match': tag,
    });

    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    expect(again.headers.get('etag')).toBe(tag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
  });

  it('shares the counts too, a token ignored', async () => {
    const site = await t.site();
    const reader = await t.reader();

    const res = await t.raw('GET', `/v1/counts?site=${site}&page=p`, undefined, bearer(reader.idToken));

    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
    expect(res.body).toEqual({ counts: { p: 0 } });
  });

  it('keeps an error out of every cache', async () => {
    const res = await t.raw('GET', '/v1/comments?site=site-inconnu&page=p');

    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBeNull();
  });

  it('gives a reader their own part, private, and no one else’s', async () => {
    const site = await t.site({ moderation: 'pre' });
    const author = await t.reader('Autrice');
    const other = await t.reader('Voisin');
    const held = (await post(site, 'En attente', author.idToken)).body.comment;

    const own = await mine(site, author.idToken);
    const theirs = await mine(site, other.idToken);
    const anonymous = await mine(site);

    expect(own.headers.get('cache-control')).toBe(PRIVATE_CACHE_CONTROL);
    expect(own.headers.get('etag')).toBeNull();
    expect(own.body.comments.map((c) => c.id)).toEqual([held.id]);
    expect(own.body.viewer?.authorId).toBe(held.author.id);
    expect(theirs.body.comments).toEqual([]);
    expect(theirs.body.viewer?.authorId).not.toBe(held.author.id);
    expect(anonymous.body).toEqual({ comments: [] });
  });

  it('lists an author’s just-published comment in their own part, for the CDN’s window', async () => {
    const site = await t.site({ moderation: 'post' });
    const author = await t.reader('Autrice');
    const published = (await post(site, 'Publié à l’instant', author.idToken)).body.comment;

    const own = await mine(site, author.idToken);

    expect(published.status).toBe('approved');
    expect(own.body.comments.map((c) => c.id)).toEqual([published.id]);
  });
});
