/**
 * Cursors we did not issue, against DynamoDB Local so that a bad ExclusiveStartKey would show as
 * a 500: each carries the right fingerprint of its listing (made with the shared cursor module,
 * as a forger who read the code would) but a position that is empty, odd or outside the listing.
 * Every one is a 400 `invalid_cursor`; a well-formed position is taken (the control that proves
 * the fingerprint right).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineCursor } from '../../functions/shared/data/cursor.js';
import { newId } from '../../functions/shared/ids.js';
import { postComment } from '../../widget/src/api/comments.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
let site: string;
let root: string;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
  site = await t.site();
  const author = { name: 'Autrice', email: 'autrice@example.org' };
  root = (await postComment(t.client(), { site, page: 'p', body: 'racine', author }, newKey())).comment.id;
});

/** A listing's cursor as the server makes it, but carrying any position at all. */
const forger = <Scope>(listing: string, scope: (s: Scope) => readonly string[]) =>
  defineCursor<Scope, unknown>({ listing, position: z.unknown(), scope, foreign: '' });

const queueCursor = forger<{ site: string; queue: string }>('moderation-queue', (s) => [s.site, s.queue]);
const logCursor = forger<{ site: string }>('log', (s) => [s.site, '']);
const threadCursor = forger<{ site: string; thread?: string }>('thread', (s) => [
  s.site,
  'p',
  'oldest',
  s.thread ?? '',
]);

const at = new Date().toISOString();
const id = newId();

/** The listings, each with a position it would issue and the way to ask for a page after one (once `root` is posted). */
const listings = {
  queue: {
    valid: () => ({ page: 'p', id, createdAt: at }),
    get: (after: unknown) =>
      `/v1/moderation/queue?site=${site}&status=pending&cursor=${queueCursor.encode({ site, queue: 'pending' }, after)}`,
  },
  log: {
    valid: () => ({ at, id }),
    get: (after: unknown) => `/v1/moderation/log?site=${site}&cursor=${logCursor.encode({ site }, after)}`,
  },
  thread: {
    valid: () => ({ afterId: id, threadKey: `T#${id}` }),
    get: (after: unknown) =>
      `/v1/comments?site=${site}&page=p&sort=oldest&cursor=${threadCursor.encode({ site }, after)}`,
  },
  replies: {
    valid: () => ({ afterId: id, threadKey: `T#${root}/${id}` }),
    get: (after: unknown) =>
      `/v1/comments?site=${site}&page=p&sort=oldest&thread=${root}&cursor=${threadCursor.encode({ site, thread: root }, after)}`,
  },
} as const;
type Listing = keyof typeof listings;

const ask = (listing: Listing, after: unknown) =>
  t.raw<{ error?: { code: string } }>(
    'GET',
    listings[listing].get(after),
    undefined,
    bearer(moderator.idToken),
  );

/** Positions of the right shape with empty, odd or foreign values, per listing (once `root` is posted). */
const odd = (): Record<Listing, Record<string, unknown>[]> => ({
  queue: [
    { page: '', id: '', createdAt: '' },
    { page: 'p', id: '', createdAt: at },
    { page: '', id, createdAt: at },
    { page: 'p', id, createdAt: '' },
    { page: 'p', id: 'C#x', createdAt: at },
    { page: 'p', id, createdAt: 'demain' },
    { page: 'x'.repeat(300), id, createdAt: at },
  ],
  log: [
    { at: '', id: '' },
    { at, id: '' },
    { at: '', id },
    { at: 'hier', id },
    { at, id: `${id}#${id}` },
  ],
  thread: [
    { afterId: '', threadKey: '' },
    { afterId: id, threadKey: '' },
    { afterId: '', threadKey: `T#${id}` },
    { afterId: id, threadKey: 'T#' },
    { afterId: id, threadKey: '!' },
  ],
  replies: [
    { afterId: '', threadKey: '' },
    // Well spelled, but outside the replies of this thread: DynamoDB refuses such a start key.
    { afterId: id, threadKey: `T#${id}` },
    { afterId: id, threadKey: `T#${id}/${id}` },
    { afterId: id, threadKey: `T#${root}` },
  ],
});

describe('cursors we did not issue', () => {
  for (const listing of Object.keys(listings) as Listing[]) {
    it(`takes a well-formed ${listing} position carrying the right fingerprint`, async () => {
      const answer = await ask(listing, listings[listing].valid());
      expect(answer.status).toBe(200);
    });

    it(`answers 400 invalid_cursor to ${listing} positions with empty, odd or foreign values`, async () => {
      const positions = odd()[listing];
      const answers = await Promise.all(positions.map((after) => ask(listing, after)));
      expect(answers.map((a) => [a.status, a.body.error?.code])).toEqual(
        positions.map(() => [400, 'invalid_cursor']),
      );
    });

    it(`never answers a random ${listing} position with a 5xx`, async () => {
      const keys = Object.keys(listings[listing].valid());
      const value = fc.oneof(fc.string(), fc.constant(''), fc.integer(), fc.constant(null), fc.anything());
      const position = fc.oneof(
        fc.dictionary(fc.constantFrom(...keys), value),
        fc.record(Object.fromEntries(keys.map((key) => [key, value]))),
        fc.anything(),
      );
      await fc.assert(
        fc.asyncProperty(position, async (after) => {
          const answer = await ask(listing, after);
          // A cursor too long for the query string is refused before it is read (`invalid_request`).
          expect([200, 400]).toContain(answer.status);
        }),
        { numRuns: 40 },
      );
    });
  }
});
