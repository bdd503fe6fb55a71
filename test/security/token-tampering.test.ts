/**
 * Token tampering: on every route of the table, a valid request sent with a forged or bent ID
 * token answers 401 `unauthorized` and does nothing, while the same request with the genuine
 * payload re-signed by the pool's key goes through (so each refusal is due to the one thing
 * changed). A deleted or logged-out account's still-valid token is refused on every route but the
 * public reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Route, routeKey, routes } from '../../functions/routes.js';
import { permittedRole, requestFor, send } from '../support/security/route-requests.js';
import { decodeJwt, signRs256, tamperedTokens } from '../support/security/tokens.js';
import { account, buildWorld, type World } from '../support/security/world.js';
import { api, bearer, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let world: World;
beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app);
}, 120_000);
afterAll(() => app.stop());

/** A valid request by the least privileged role the route admits, so the genuine token passes. */
const build = (route: Route) => requestFor(route)(world, permittedRole(route));
const publicRead = (route: Route) => route.access === 'public' && route.method === 'GET';
/**
 * Routes that never read a token: the answers the CDN shares (`cache: 'shared'`), and health,
 * served by the anonymous wrapper. A forged token there is ignored, not refused.
 */
const ignoresTokens = (route: Route) => route.cache === 'shared' || route.group === 'health';
const figures = { tampered: 0, kinds: new Set<string>() };

describe.each(routes.filter(ignoresTokens).map((route) => ({ route, key: routeKey(route) })))(
  '$key',
  ({ route }) => {
    it('answers a forged or bent token as it answers no token: it is never read', async () => {
      const prepared = await build(route);
      const actor = prepared.actor;
      if (!actor) throw new Error('the request carries no account');
      const anonymous = await send(world, route.method, prepared, '');
      const answers = new Set<string>();
      for (const { token } of tamperedTokens(actor.idToken, actor.accessToken)) {
        const res = await send(world, route.method, prepared, token);
        answers.add(`${res.status} ${JSON.stringify(res.body)}`);
      }
      expect([...answers]).toEqual([`${anonymous.status} ${JSON.stringify(anonymous.body)}`]);
      expect(anonymous.status).toBe(200);
    });
  },
);

describe.each(
  routes.filter((route) => !ignoresTokens(route)).map((route) => ({ route, key: routeKey(route) })),
)('$key', ({ route }) => {
  it('refuses every forged or bent token with 401, and takes the genuine claims re-signed', async () => {
    const prepared = await build(route);
    const actor = prepared.actor;
    if (!actor) throw new Error('the reader request carries no account');
    const accepted: string[] = [];
    for (const { kind, token } of tamperedTokens(actor.idToken, actor.accessToken)) {
      const res = await send(world, route.method, prepared, token);
      figures.tampered++;
      figures.kinds.add(kind);
      if (res.status !== 401 || res.body?.error?.code !== 'unauthorized')
        accepted.push(`${kind}: ${res.status}`);
    }
    expect(accepted).toEqual([]);
    const resigned = signRs256({
      ...decodeJwt(actor.idToken).payload,
      exp: Math.floor(Date.now() / 1000) + 600,
    });
    // Had a forgery acted (confirmed the code, filed the report, ended the account...), this would fail.
    const control = await send(world, route.method, prepared, resigned);
    expect(control.status, JSON.stringify(control.body)).toBeLessThan(300);
  });
});

describe('malformed Authorization headers', () => {
  it.each([
    'Bearer',
    'Bearer ',
    'Basic dXNlcjpwYXNz',
    'Bearer a.b.c',
    'Bearer x y',
    'bearer ....',
    'Token abc',
  ])('%j on a reader route → 401', async (authorization) => {
    const res = await api(app, 'GET', '/v1/me', undefined, { authorization });
    expect(res).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });
});

describe('tokens where a refresh token is expected', () => {
  it('refuses an ID token and an access token as a refresh token with 401', async () => {
    const reader = world.actors.reader;
    for (const refreshToken of [reader.idToken, reader.accessToken]) {
      const res = await api(app, 'POST', '/v1/auth/refresh', { refreshToken });
      expect(res).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    }
  });
});

describe("a deleted account's tokens", () => {
  let gone: Awaited<ReturnType<typeof account>>;
  beforeAll(async () => {
    gone = await account(app, ['admins']);
    expect((await api(app, 'DELETE', '/v1/me', undefined, bearer(gone.idToken))).status).toBe(204);
  });

  it.each(routes.filter((r) => !publicRead(r)).map((route) => ({ route, key: routeKey(route) })))(
    'are refused on $key with 401',
    async ({ route }) => {
      const prepared = await build(route);
      const res = await send(world, route.method, prepared, gone.idToken);
      expect({ status: res.status, code: res.body?.error?.code }).toEqual({
        status: 401,
        code: 'unauthorized',
      });
    },
  );

  it.each(routes.filter(publicRead).map((route) => ({ route, key: routeKey(route) })))(
    'only personalise nothing on the public read $key (no own comment, no reaction)',
    async ({ route }) => {
      const res = await send(world, route.method, await build(route), gone.idToken);
      expect(res.status).toBe(200);
      expect(res.body.myReactions ?? { page: [], comments: {} }).toEqual({ page: [], comments: {} });
    },
  );
});

describe("a logged-out account's tokens", () => {
  let out: Awaited<ReturnType<typeof account>>;
  beforeAll(async () => {
    out = await account(app, ['admins']);
    const body = { refreshToken: out.refreshToken };
    expect((await api(app, 'POST', '/v1/auth/logout', body, bearer(out.idToken))).status).toBe(204);
  });

  it.each(routes.filter((r) => !publicRead(r)).map((route) => ({ route, key: routeKey(route) })))(
    'are refused on $key with 401',
    async ({ route }) => {
      const prepared = await build(route);
      const res = await send(world, route.method, prepared, out.idToken);
      expect({ status: res.status, code: res.body?.error?.code }).toEqual({
        status: 401,
        code: 'unauthorized',
      });
    },
  );
});

describe('figures', () => {
  it('reports the figures', () => {
    console.info(
      `token tampering: ${figures.tampered} tampered requests, ${figures.kinds.size} kinds, ${routes.length} routes`,
    );
  });
});
