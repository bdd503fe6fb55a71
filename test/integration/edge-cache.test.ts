/**
 * Reads at the edge (issue 18), through the local edge's shared cache (functions/local/edge.ts,
 * standing in for CloudFront as `npm start` runs it): a new comment reaches other readers once the
 * shared copy expires, and its author at once, through their own part (`GET /v1/comments/mine`).
 */
import { describe, expect, it } from 'vitest';
import type { CommentList, CreatedComment } from '../../functions/comments/types.js';
import { SHARED_WINDOW_SECONDS } from '../../functions/shared/http/shared-cache.js';
import { listComments } from '../../widget/src/api/comments.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the shared first page, through the edge', () => {
  const t = useTestApp({ edgeCache: true });

  it('shows a new comment to others after the cache time, and to its author at once', async () => {
    const site = await t.site({ moderation: 'post' });
    const author = await t.reader('Autrice');
    const before = await listComments(t.client(), { site, page: 'p', sort: 'newest' });

    const posted = (await post(site, author.idToken)).body.comment;
    const othersAtOnce = await listComments(t.client(), { site, page: 'p', sort: 'newest' });
    const authorAtOnce = await listComments(t.client(author.idToken), { site, page: 'p', sort: 'newest' });
    // Fresh, then stale while the edge asks again: past both, the next reader has the new page.
    await sleep(SHARED_WINDOW_SECONDS * 1000 + 200);
    await t.raw('GET', `/v1/comments?site=${site}&page=p`);
    await sleep(200);
    const othersLater = await listComments(t.client(), { site, page: 'p', sort: 'newest' });

    expect(before.comments).toEqual([]);
    expect(othersAtOnce.comments).toEqual([]);
    expect(authorAtOnce.comments.map((c) => c.id)).toEqual([posted.id]);
    expect(othersLater.comments.map((c) => c.id)).toEqual([posted.id]);
  });

  it('never answers a request with a token from the shared copy', async () => {
    const site = await t.site({ moderation: 'post' });
    const reader = await t.reader();
    await t.raw('GET', `/v1/comments?site=${site}&page=p`);

    const anonymous = await t.raw('GET', `/v1/comments?site=${site}&page=p`);
    const withToken = await t.raw(
      'GET',
      `/v1/comments?site=${site}&page=p`,
      undefined,
      bearer(reader.idToken),
    );

    expect(anonymous.headers.get('x-cache')).toMatch(/^Hit/);
    expect(withToken.headers.get('x-cache')).toBeNull();
  });

  it('compresses what it sends, with brotli or gzip as the reader accepts', async () => {
    const site = await t.site({ moderation: 'post' });
    const author = await t.reader('Autrice');
    for (let i = 0; i < 5; i++)
      await post(site, author.idToken, `Un avis assez long pour être compressé, numéro ${i}.`.repeat(5));
    const url = `${t.app.url}/v1/comments?site=${site}&page=p`;

    const br = await fetch(url, { headers: { 'accept-encoding': 'br' } });
    const gzip = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });

    expect(br.headers.get('content-encoding')).toBe('br');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(((await br.json()) as CommentList).comments).toHaveLength(5);
    expect(((await gzip.json()) as CommentList).comments).toHaveLength(5);
  });

  const post = (site: string, token: string, body = 'Publié à l’instant') =>
    t.raw<CreatedComment>('POST', '/v1/comments', { site, page: 'p', body }, bearer(token));
});
