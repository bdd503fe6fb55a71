import { describe, expect, it } from 'vitest';
import type { Comment, CommentList, CreatedComment, PageCounts } from '../../functions/comments/types.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { listComments, type NewComment, postComment } from '../../widget/src/api/comments.js';
import { newKey } from '../support/test-fetcher.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();

const guest = { name: 'Dominique', email: 'dominique@example.org' };

/** Posts through the widget's client; the comment's id. */
const posted = async (comment: NewComment) => (await postComment(t.client(), comment, newKey())).comment.id;

async function collect(site: string, page: string, sort: string, limit: number) {
  const seen: string[] = [];
  let cursor: string | null = null;
  let requests = 0;
  do {
    const query: string = `site=${site}&page=${page}&sort=${sort}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await t.raw<CommentList>('GET', `/v1/comments?${query}`);
    expect(res.status).toBe(200);
    const flatten = (list: Comment[]): string[] => list.flatMap((c) => [c.id, ...flatten(c.replies)]);
    seen.push(...flatten(res.body.comments));
    cursor = res.body.nextCursor;
    requests++;
  } while (cursor && requests < 20);
  return { seen, requests };
}

describe('paging', () => {
  it('returns each of 45 comments exactly once with limit=20, in both orders', async () => {
    const site = await t.site();
    const ids: string[] = [];
    for (let i = 0; i < 45; i++) {
      ids.push(await posted({ site, page: 'p', body: `n°${i}`, author: guest }));
    }

    const oldest = await collect(site, 'p', 'oldest', 20);
    const newest = await collect(site, 'p', 'newest', 20);

    expect(oldest.requests).toBe(3);
    expect(oldest.seen).toEqual(ids);
    expect(newest.seen).toEqual([...ids].reverse());
  });

  it('pages through replies too, each once, continuing a thread across pages', async () => {
    const site = await t.site();
    const root = await posted({ site, page: 'p', body: 'root', author: guest });
    const all = [root];
    for (let i = 0; i < 7; i++) {
      all.push(await posted({ site, page: 'p', body: `r${i}`, parentId: root, author: guest }));
    }

    const { seen } = await collect(site, 'p', 'oldest', 3);

    expect(seen).toEqual(all);
  });
});

describe('retries with an Idempotency-Key', () => {
  it('returns the first comment to a retried POST and counts it once', async () => {
    const site = await t.site();
    const body = { site, page: 'p', body: 'Une seule fois', author: guest };
    const headers = { 'idempotency-key': 'retry-1' };

    const first = await postComment(t.client(), body, headers['idempotency-key']);
    const again = await t.raw<CreatedComment>('POST', '/v1/comments', body, headers);

    expect(again.status).toBe(201);
    expect(again.body.comment.id).toBe(first.comment.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const list = await listComments(t.client(), { site, page: 'p', sort: 'newest' });
    expect(list.page?.commentCount).toBe(1);
    expect(list.comments).toHaveLength(1);
  });

  it('creates one comment from ten concurrent requests with the same key', async () => {
    const site = await t.site();
    const body = { site, page: 'p', body: 'Concurrent', author: guest };

    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.raw<Partial<CreatedComment>>('POST', '/v1/comments', body, { 'idempotency-key': 'same' }),
      ),
    );

    const ids = new Set(results.map((r) => r.body.comment?.id));
    expect(results.map((r) => r.status).every((s) => s === 201)).toBe(true);
    expect(ids.size).toBe(1);
    const counts = await t.raw<PageCounts>('GET', `/v1/counts?site=${site}&page=p`);
    expect(counts.body.counts.p).toBe(1);
  });

  it('refuses the same key for a different comment with 422', async () => {
    const site = await t.site();
    await postComment(t.client(), { site, page: 'p', body: 'un', author: guest }, 'k');
    const other = await t.raw<ErrorBody>(
      'POST',
      '/v1/comments',
      { site, page: 'p', body: 'deux', author: guest },
      { 'idempotency-key': 'k' },
    );
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
  });

  it('counts exactly under 30 concurrent posts on one article', async () => {
    const site = await t.site();
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => posted({ site, page: 'p', body: `c${i}`, author: guest })),
    );
    const counts = await t.raw<PageCounts>('GET', `/v1/counts?site=${site}&page=p`);
    expect(counts.body.counts.p).toBe(30);
  });
});
