import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { postComment } from '../../widget/src/api/comments.js';
import { newKey } from '../support/test-fetcher.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp({ env: { RATE_LIMITS: 'on' } });

/**
 * Waits for a fresh minute when the current one is nearly over: windows are fixed, so a burst that
 * straddles the minute counts in two windows (up to twice the limit, by design) and would prove
 * nothing about counting under concurrency.
 */
async function awayFromMinuteEdge(marginMs = 15_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < marginMs) await new Promise((done) => setTimeout(done, left + 50));
}

describe('rate limits', () => {
  it('limits login failures per email and address with 429 and Retry-After', async () => {
    process.env.AUTH_LOGIN_FAILURES_PER_EMAIL_AND_IP_PER_15_MINUTES = '3';
    const email = `limited-${Date.now()}@example.org`;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await t.raw('POST', '/v1/auth/login', { email, password: 'whatever1' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await t.raw<ErrorBody>('POST', '/v1/auth/login', { email, password: 'whatever1' });
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    delete process.env.AUTH_LOGIN_FAILURES_PER_EMAIL_AND_IP_PER_15_MINUTES;
  });

  it('counts exactly under concurrency: 10 parallel posts against a limit of 4 let 4 through', async () => {
    const site = await t.site({ postsPerMinutePerUser: 4 });
    const guest = { name: 'Pressé', email: `hurry-${Date.now()}@example.org` };
    await awayFromMinuteEdge();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.raw('POST', '/v1/comments', { site, page: 'p', body: `n${i}`, author: guest }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
  });

  it('limits guest reports per address: the 11th in a minute answers 429', async () => {
    const site = await t.site();
    const author = { name: 'Auteur', email: `target-${Date.now()}@example.org` };
    const posted = await postComment(t.client(), { site, page: 'p', body: 'cible', author }, newKey());
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const reporter = { email: `many-${Date.now()}-${i}@example.org` };
      const path = `/v1/comments/${posted.comment.id}/reports`;
      statuses.push((await t.raw('POST', path, { reason: 'spam', reporter })).status);
    }
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
  });
});
