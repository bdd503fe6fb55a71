/**
 * Rate limits are atomic: 50 posts sent at once by one reader, on a site allowing 10 a minute per
 * author, let exactly 10 through and refuse 40 with 429 `rate_limited` and Retry-After; the
 * article then holds exactly 10 comments. Limits are on in this file only (RATE_LIMITS=on).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from '../support/security/world.js';
import { api, bearer, createTestSite, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  process.env.RATE_LIMITS = 'on';
});
afterAll(async () => {
  process.env.RATE_LIMITS = 'off';
  await app.stop();
});

/** Waits until the current fixed window (a minute) has at least `margin` ms left, so one burst fits in it. */
async function awayFromWindowEdge(margin = 10_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < margin) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

describe('posting limits under concurrency', () => {
  it('lets exactly 10 of 50 parallel posts from one reader through', async () => {
    // No per-address limit here: every test client is 127.0.0.1, shared with other files' posts.
    const site = await createTestSite({ postsPerMinutePerUser: 10, postsPerMinutePerIp: 0 });
    const reader = await account(app);
    await awayFromWindowEdge();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api(
          app,
          'POST',
          '/v1/comments',
          { site, page: 'burst', body: `rafale ${i}` },
          bearer(reader.idToken),
        ),
      ),
    );
    const accepted = results.filter((r) => r.status === 201);
    const limited = results.filter((r) => r.status === 429);
    expect({ accepted: accepted.length, limited: limited.length }).toEqual({ accepted: 10, limited: 40 });
    for (const res of limited) {
      expect(res.body.error.code).toBe('rate_limited');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=burst&limit=100`);
    expect(list.body.comments).toHaveLength(10);
    expect(list.body.page.commentCount).toBe(10);
    expect(new Set(list.body.comments.map((c: { id: string }) => c.id))).toEqual(
      new Set(accepted.map((r) => r.body.comment.id)),
    );
  });
});
