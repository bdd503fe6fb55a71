/**
 * Sessions end at logout: an ID token verifies on its own until it expires, so the API records
 * each account's sign-out and refuses the tokens issued up to it (functions/shared/auth/
 * session-cutoff.ts). "Log out everywhere" also revokes every refresh token of the account.
 */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../functions/accounts/types.js';
import type { CommentList } from '../../functions/comments/types.js';
import { markSignedOut } from '../../functions/shared/auth/session-cutoff.js';
import { decodeJwt, signRs256 } from '../support/security/tokens.js';
import { bearer } from '../support/test-app.js';
import { type Reader, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();

/**
 * Waits for the next whole second: token `iat`s are in seconds and a token of the sign-out's own
 * second is refused, so a token meant to be "after the logout" must come from a later second.
 */
const nextSecond = () => new Promise((done) => setTimeout(done, 1000 - (Date.now() % 1000) + 5));

const logOut = (reader: Pick<Reader, 'idToken' | 'refreshToken'>) =>
  t.raw('POST', '/v1/auth/logout', { refreshToken: reader.refreshToken }, bearer(reader.idToken));

const logIn = async (reader: Reader) => {
  const res = await t.raw<Session>('POST', '/v1/auth/login', {
    email: reader.email,
    password: reader.password,
  });
  expect(res.status).toBe(200);
  return res.body;
};

const post = (site: string, idToken: string, body: string) =>
  t.raw('POST', '/v1/comments', { site, page: 'p', body }, bearer(idToken));

const listed = async (site: string) =>
  (await t.raw<CommentList>('GET', `/v1/comments?site=${site}&page=p`)).body.comments.map((c) => c.body);

describe('a session after its logout', () => {
  it('refuses the logged-out ID token with 401 and stores nothing', async () => {
    // Prepare
    const site = await t.site();
    const reader = await t.reader();
    expect((await logOut(reader)).status).toBe(204);
    // Act
    const res = await post(site, reader.idToken, 'Posté après la déconnexion');
    // Assess
    expect(res).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    expect(await listed(site)).toEqual([]);
  });

  it('refuses the ID token of another device logged in before the logout', async () => {
    const site = await t.site();
    const reader = await t.reader();
    const otherDevice = await logIn(reader);
    expect((await logOut(reader)).status).toBe(204);

    const res = await post(site, otherDevice.idToken, 'Depuis l’autre appareil');

    expect(res.status).toBe(401);
    expect(await listed(site)).toEqual([]);
  });

  it('accepts the token of a new login after the logout', async () => {
    const site = await t.site();
    const reader = await t.reader();
    expect((await logOut(reader)).status).toBe(204);
    await nextSecond();

    const again = await logIn(reader);
    const res = await post(site, again.idToken, 'Reconnectée');

    expect(res.status).toBe(201);
    expect(await listed(site)).toEqual(['Reconnectée']);
  });

  it("lets another device's refresh token, still valid after a plain logout, bring a working token", async () => {
    const site = await t.site();
    const reader = await t.reader();
    const otherDevice = await logIn(reader);
    expect((await logOut(reader)).status).toBe(204);
    await nextSecond();

    const refreshed = await t.raw<Session>('POST', '/v1/auth/refresh', {
      refreshToken: otherDevice.refreshToken,
    });
    const res = await post(site, refreshed.body.idToken, 'Rafraîchie');

    expect(refreshed.status).toBe(200);
    expect(res.status).toBe(201);
  });
});

describe("the sign-out's second", () => {
  /** The reader's genuine claims, re-signed by the pool's key as issued at `iat` (epoch seconds). */
  const issuedAt = (reader: Reader, iat: number) =>
    signRs256({ ...decodeJwt(reader.idToken).payload, iat, exp: Math.floor(Date.now() / 1000) + 600 });
  // A sign-out half way through a second a minute ago (the tokens keep a future `exp`).
  const SECOND = Math.floor(Date.now() / 1000) - 60;

  it('refuses a token issued in the same second as the sign-out', async () => {
    const site = await t.site();
    const reader = await t.reader();
    await markSignedOut(reader.user.id, SECOND * 1000 + 500);

    const res = await post(site, issuedAt(reader, SECOND), 'Même seconde');

    expect(res.status).toBe(401);
  });

  it('accepts a token issued in the next second', async () => {
    const site = await t.site();
    const reader = await t.reader();
    await markSignedOut(reader.user.id, SECOND * 1000 + 500);

    const res = await post(site, issuedAt(reader, SECOND + 1), 'Seconde suivante');

    expect(res.status).toBe(201);
  });
});

describe('log out everywhere', () => {
  it("refuses another device's ID token and its refresh token", async () => {
    const site = await t.site();
    const reader = await t.reader();
    const otherDevice = await logIn(reader);

    const out = await t.raw('POST', '/v1/auth/logout-everywhere', undefined, bearer(reader.idToken));
    await nextSecond();

    expect(out.status).toBe(204);
    expect((await post(site, otherDevice.idToken, 'Toujours là ?')).status).toBe(401);
    const refreshed = await t.raw('POST', '/v1/auth/refresh', { refreshToken: otherDevice.refreshToken });
    expect(refreshed).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    expect(await listed(site)).toEqual([]);
  });

  it('refuses the refresh token of the device that asked it', async () => {
    const reader = await t.reader();

    await t.raw('POST', '/v1/auth/logout-everywhere', undefined, bearer(reader.idToken));

    const refreshed = await t.raw('POST', '/v1/auth/refresh', { refreshToken: reader.refreshToken });
    expect(refreshed.status).toBe(401);
  });

  it('lets the reader log in again afterwards', async () => {
    const site = await t.site();
    const reader = await t.reader();
    await t.raw('POST', '/v1/auth/logout-everywhere', undefined, bearer(reader.idToken));
    await nextSecond();

    const again = await logIn(reader);

    expect((await post(site, again.idToken, 'De retour')).status).toBe(201);
  });
});
