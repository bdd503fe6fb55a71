import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectDynamoFaults } from '../support/faults.js';
import { inParallel, untilAnswered } from '../support/load-client.js';
import { api, bearer, createTestSite, manyReaders, startTestApp, type TestApp } from '../support/test-app.js';
import { COUNTS_EXACT_WITHIN_MS } from '../support/use-test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const RATES = { throttle: 0.2, lostResponse: 0.05, timeout: 0.05 };

interface Listed {
  id: string;
  parentId: string | null;
  body: string;
  replyCount: number;
  replies: Listed[];
}

async function everyComment(site: string, page: string): Promise<Listed[]> {
  const all: Listed[] = [];
  const flatten = (list: Listed[]): Listed[] => list.flatMap((c) => [c, ...flatten(c.replies)]);
  let cursor: string | null = null;
  do {
    const query: string = `site=${site}&page=${page}&sort=oldest&limit=100${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await api(app, 'GET', `/v1/comments?${query}`);
    all.push(...flatten(res.body.comments));
    cursor = res.body.nextCursor;
  } while (cursor);
  return all;
}

describe('under injected DynamoDB faults', () => {
  it('1,000 comments from 50 clients retrying with their Idempotency-Key: each exists once, every counter exact', async () => {
    const site = await createTestSite({ postsPerMinutePerUser: 0, postsPerMinutePerIp: 0 });
    const faults = injectDynamoFaults(RATES);
    const acknowledged = new Map<string, string>();
    let attempts = 0;
    try {
      await inParallel(
        Array.from({ length: 50 }, (_, client) => client),
        50,
        async (client) => {
          const author = { name: `Client ${client}`, email: `client${client}@example.org` };
          const mine: string[] = [];
          for (let n = 0; n < 20; n++) {
            const body = `client ${client} comment ${n}`;
            // Every fourth comment answers one of the client's earlier ones.
            const parentId = n % 4 === 3 ? mine[n - 1] : undefined;
            const res = await untilAnswered(
              app,
              'POST',
              '/v1/comments',
              { site, page: 'load', body, author, parentId },
              {
                'idempotency-key': `c${client}-n${n}`,
              },
            );
            attempts += res.attempts;
            expect(res.status, JSON.stringify(res.body)).toBe(201);
            acknowledged.set(body, res.body.comment.id);
            mine.push(res.body.comment.id);
          }
        },
      );
    } finally {
      faults.remove();
    }

    const listed = await everyComment(site, 'load');
    const counts = await api(app, 'GET', `/v1/counts?site=${site}&page=load`);
    expect(acknowledged.size).toBe(1000);
    expect(listed).toHaveLength(1000);
    expect(new Set(listed.map((c) => c.body)).size).toBe(1000);
    expect(new Set(listed.map((c) => c.id))).toEqual(new Set(acknowledged.values()));
    expect(counts.body.counts.load).toBe(1000);
    for (const comment of listed) {
      expect(comment.replyCount).toBe(listed.filter((c) => c.parentId === comment.id).length);
    }
    expect(faults.counts.throttled + faults.counts.timedOut + faults.counts.lost).toBeGreaterThan(100);
    console.info(`faults: ${JSON.stringify(faults.counts)}, HTTP attempts: ${attempts} for 1000 comments`);
  }, 240_000);

  it('200 concurrent reactions with retries count exactly 200 once folded, within the stated delay', async () => {
    const site = await createTestSite();
    const created = await api(app, 'POST', '/v1/comments', {
      site,
      page: 'p',
      body: 'réagir',
      author: { name: 'A', email: 'a@example.org' },
    });
    const id = created.body.comment.id;
    const tokens = await manyReaders(app, 200);
    const faults = injectDynamoFaults(RATES);
    try {
      const results = await Promise.all(
        tokens.map((token) =>
          untilAnswered(app, 'PUT', `/v1/comments/${id}/reactions/like`, undefined, bearer(token)),
        ),
      );
      expect(results.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    } finally {
      faults.remove();
    }
    // The fold ran under the same faults: its retried batches must not count twice.
    await app.counts.drain(COUNTS_EXACT_WITHIN_MS);
    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=p`);
    expect(list.body.comments[0].reactions).toEqual({ like: 200 });
    console.info(`reaction faults: ${JSON.stringify(faults.counts)}`);
  }, 180_000);
});
