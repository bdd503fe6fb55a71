/**
 * Limits on the writes a script could repeat at no cost to itself: reactions and edits (site
 * settings, per account) and profile changes (an environment default, per account). Each lets
 * exactly its limit through in a minute, then answers 429 `rate_limited` with Retry-After and
 * changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../functions/accounts/types.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp({
  env: {
    RATE_LIMITS: 'on',
    PROFILE_CHANGES_PER_ACCOUNT_PER_MINUTE: '3',
    FOLLOW_CHANGES_PER_ACCOUNT_PER_MINUTE: '3',
  },
});

/** Waits for a fresh minute when this one is nearly over: the windows are fixed minutes. */
async function awayFromMinuteEdge(marginMs = 10_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < marginMs) await new Promise((done) => setTimeout(done, left + 50));
}

/** The statuses of `count` calls of `call`, one after the other. */
async function statusesOf(count: number, call: (i: number) => Promise<{ status: number }>) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push((await call(i)).status);
  return statuses;
}

const expectLimited = (answer: { status: number; body: ErrorBody; headers: Headers }) => {
  expect(answer.status).toBe(429);
  expect(answer.body.error.code).toBe('rate_limited');
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
};

describe('limits on reactions, edits and profile changes', () => {
  it('lets a reader react reactionsPerMinutePerUser times a minute, then refuses without counting', async () => {
    // Prepare
    const site = await t.site({ reactionTypes: ['like'], reactionsPerMinutePerUser: 3 });
    const reader = await t.reader();
    const author = { name: 'Auteur', email: `author-${Date.now()}@example.org` };
    const { comment } = await postComment(t.client(), { site, page: 'p', body: 'cible', author }, newKey());
    const path = `/v1/comments/${comment.id}/reactions/like?site=${site}`;
    await awayFromMinuteEdge();
    // Act: set, remove, set (3 allowed), then a removal past the limit
    const allowed = await statusesOf(3, (i) =>
      t.raw(i % 2 ? 'DELETE' : 'PUT', path, undefined, bearer(reader.idToken)),
    );
    const refused = await t.raw<ErrorBody>('DELETE', path, undefined, bearer(reader.idToken));
    // Assess
    expect(allowed).toEqual([200, 200, 200]);
    expectLimited(refused);
    await t.counted();
    const list = await listComments(t.client(), { site, page: 'p', sort: 'newest' });
    expect(list.comments[0]?.reactions).toEqual({ like: 1 });
  });

  it('lets an author edit editsPerMinutePerUser times a minute, then refuses without changing the text', async () => {
    // Prepare
    const site = await t.site({ editsPerMinutePerUser: 3 });
    const reader = await t.reader();
    const { comment } = await postComment(
      t.client(reader.idToken),
      { site, page: 'p', body: 'premier jet' },
      newKey(),
    );
    const path = `/v1/comments/${comment.id}`;
    await awayFromMinuteEdge();
    // Act
    const allowed = await statusesOf(3, (i) =>
      t.raw('PATCH', path, { body: `version ${i}` }, bearer(reader.idToken)),
    );
    const refused = await t.raw<ErrorBody>('PATCH', path, { body: 'version 3' }, bearer(reader.idToken));
    // Assess
    expect(allowed).toEqual([200, 200, 200]);
    expectLimited(refused);
    const list = await listComments(t.client(), { site, page: 'p', sort: 'newest' });
    expect(list.comments[0]?.body).toBe('version 2');
  });

  it('lets an account change its profile PROFILE_CHANGES_PER_ACCOUNT_PER_MINUTE times, then keeps its name', async () => {
    // Prepare
    const reader = await t.reader('Avant');
    await awayFromMinuteEdge();
    // Act
    const allowed = await statusesOf(3, (i) =>
      t.raw('PATCH', '/v1/me', { name: `Nom ${i}` }, bearer(reader.idToken)),
    );
    const refused = await t.raw<ErrorBody>('PATCH', '/v1/me', { name: 'Nom 3' }, bearer(reader.idToken));
    // Assess
    expect(allowed).toEqual([200, 200, 200]);
    expectLimited(refused);
    const login = await t.raw<Session>('POST', '/v1/auth/login', {
      email: reader.email,
      password: reader.password,
    });
    expect(login.body.user.name).toBe('Nom 2');
  });

  it('lets an account follow or unfollow FOLLOW_CHANGES_PER_ACCOUNT_PER_MINUTE times, then changes nothing', async () => {
    // Prepare
    const site = await t.site();
    const reader = await t.reader();
    const path = (page: string) => `/v1/me/follows?site=${site}&page=${page}`;
    await awayFromMinuteEdge();
    // Act
    const allowed = await statusesOf(3, (i) =>
      t.raw(i === 1 ? 'DELETE' : 'PUT', path(i === 2 ? 'b' : 'a'), undefined, bearer(reader.idToken)),
    );
    const refused = await t.raw<ErrorBody>('PUT', path('c'), undefined, bearer(reader.idToken));
    // Assess
    expect(allowed).toEqual([200, 200, 200]);
    expectLimited(refused);
    const list = await t.raw<{ follows: { page: string }[] }>(
      'GET',
      `/v1/me/follows?site=${site}`,
      undefined,
      bearer(reader.idToken),
    );
    expect(list.body.follows.map((f) => f.page)).toEqual(['b']);
  });
});
