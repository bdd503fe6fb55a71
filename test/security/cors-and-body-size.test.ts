/**
 * CORS and body size. A browser origin gets CORS headers only when the site lists it, on actual
 * requests and on preflights naming the site; look-alike origins get none; a write from another
 * origin to a site is refused (403 `origin_not_allowed`), and no route ever answers a foreign
 * origin with CORS headers. The API's own origin is allowed: the same scheme, host and port only.
 * Every route that reads a body refuses one over 32 KiB with 413 `payload_too_large` (bytes, not
 * characters) and takes one of exactly 32 KiB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeKey, routes } from '../../functions/routes.js';
import { MAX_BODY_BYTES } from '../../functions/shared/http/request.js';
import { permittedRole, requestFor } from '../support/security/route-requests.js';
import { buildWorld, type World } from '../support/security/world.js';
import { api, bearer, createTestSite, startTestApp, type TestApp } from '../support/test-app.js';

const ALLOWED = 'https://journal.example';
const FOREIGN = 'https://evil.example';
const LOOKALIKES = [
  'https://journal.example.evil.example',
  'https://evil.journal.example',
  'http://journal.example',
  'https://journal.example:8443',
  'https://JOURNAL.example',
  'null',
];

let app: TestApp;
let world: World;
let site: string;
beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app);
  site = await createTestSite({ allowedOrigins: [ALLOWED] });
}, 120_000);
afterAll(() => app.stop());

const acao = (res: { headers: Headers }) => res.headers.get('access-control-allow-origin');
const guest = { name: 'Camille', email: 'camille@example.org' };
const post = (origin: string) =>
  api(app, 'POST', '/v1/comments', { site, page: 'cors', body: 'bonjour', author: guest }, { origin });
const preflight = (path: string, origin: string) =>
  fetch(`${app.url}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });

describe('CORS', () => {
  it('grants the allowed origin on reads, writes and preflights naming the site', async () => {
    const read = await api(app, 'GET', `/v1/comments?site=${site}&page=cors`, undefined, { origin: ALLOWED });
    expect(acao(read)).toBe(ALLOWED);
    expect(read.headers.get('vary')).toMatch(/origin/i);
    const write = await post(ALLOWED);
    expect(write.status).toBe(201);
    expect(acao(write)).toBe(ALLOWED);
    const pre = await preflight(`/v1/comments?site=${site}`, ALLOWED);
    expect(pre.status).toBe(204);
    expect(acao(pre)).toBe(ALLOWED);
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it.each([FOREIGN, ...LOOKALIKES])('gives %s no CORS header and refuses its writes', async (origin) => {
    const read = await api(app, 'GET', `/v1/comments?site=${site}&page=cors`, undefined, { origin });
    expect(read.status).toBe(200);
    expect(acao(read)).toBeNull();
    const write = await post(origin);
    expect({ status: write.status, code: write.body.error?.code }).toEqual({
      status: 403,
      code: 'origin_not_allowed',
    });
    expect(acao(write)).toBeNull();
    const pre = await preflight(`/v1/comments?site=${site}&page=cors`, origin);
    expect(acao(pre)).toBeNull();
    expect(pre.headers.get('access-control-allow-methods')).toBeNull();
    const counts = await api(app, 'GET', `/v1/counts?site=${site}&page=cors`, undefined, { origin });
    expect(acao(counts)).toBeNull();
  });

  it('answers a foreign origin without CORS headers on every route, and refuses its writes to a site', async () => {
    const granted: string[] = [];
    const refusedNot: string[] = [];
    for (const route of routes) {
      const prepared = await requestFor(route)(world, permittedRole(route));
      const token = prepared.actor ? bearer(prepared.actor.idToken) : {};
      const res = await api(app, route.method, prepared.path, prepared.body, { ...token, origin: FOREIGN });
      if (acao(res) !== null) granted.push(`${routeKey(route)} → ${res.status}`);
      // A write acting on a site (none of the world's sites allows an origin) is refused outright.
      // An invitation's link, like an account route, is the console's, on the API's own origin:
      // without CORS headers a foreign page cannot read its answer.
      const actsOnSite =
        !['accounts', 'health'].includes(route.group) && !route.path.startsWith('/v1/invitations/');
      if (actsOnSite && route.method !== 'GET' && res.body?.error?.code !== 'origin_not_allowed')
        refusedNot.push(`${routeKey(route)} → ${res.status}`);
    }
    expect(refusedNot).toEqual([]);
    expect(granted).toEqual([]);
  });
});

describe("the API's own origin", () => {
  const own = () => new URL(app.url);
  const lookalikes: [string, () => string][] = [
    ['https on the same host and port', () => `https://${own().host}`],
    ['another port on the same host', () => `http://${own().hostname}:${Number(own().port) + 1}`],
    ['another name for the same address', () => `http://localhost:${own().port}`],
  ];

  it('gets CORS headers and may write, as the widget served by the API itself', async () => {
    const res = await post(own().origin);

    expect(res.status).toBe(201);
    expect(acao(res)).toBe(own().origin);
  });

  it.each(lookalikes)('is not %s: no CORS header, writes refused', async (_what, origin) => {
    const read = await api(app, 'GET', `/v1/comments?site=${site}&page=cors`, undefined, {
      origin: origin(),
    });
    const write = await post(origin());

    expect(acao(read)).toBeNull();
    expect({ status: write.status, code: write.body.error?.code }).toEqual({
      status: 403,
      code: 'origin_not_allowed',
    });
  });
});

describe('body size', () => {
  /** The route's valid body, padded with an ignored field to exactly `bytes` bytes of UTF-8. */
  function padded(body: unknown, bytes: number, filler = 'x'): string {
    const base = JSON.stringify({ ...(body as object), pad: '' });
    const room = bytes - Buffer.byteLength(base);
    const unit = Buffer.byteLength(filler);
    const text = filler.repeat(Math.floor(room / unit)) + 'x'.repeat(room % unit);
    const json = JSON.stringify({ ...(body as object), pad: text });
    expect(Buffer.byteLength(json)).toBe(bytes);
    return json;
  }

  const withBodies = routes.filter((r) => r.method !== 'GET' && !(r.method === 'DELETE'));
  it.each(withBodies.map((route) => ({ route, key: routeKey(route) })))(
    '$key: 413 over 32 KiB, not at it',
    async ({ route }) => {
      const role = permittedRole(route);
      const build = requestFor(route);
      const prepared = await build(world, role);
      if (prepared.body === undefined) return;
      const token = prepared.actor ? bearer(prepared.actor.idToken) : {};
      for (const filler of ['x', 'é', '😀']) {
        const over = await api(
          app,
          route.method,
          prepared.path,
          padded(prepared.body, MAX_BODY_BYTES + 1, filler),
          token,
        );
        expect({ status: over.status, code: over.body.error.code }).toEqual({
          status: 413,
          code: 'payload_too_large',
        });
      }
      const fresh = await build(world, role);
      const at = await api(
        app,
        route.method,
        fresh.path,
        padded(fresh.body, MAX_BODY_BYTES),
        fresh.actor ? bearer(fresh.actor.idToken) : {},
      );
      expect(at.status, JSON.stringify(at.body)).not.toBe(413);
    },
  );

  it('refuses a body of megabytes with the same JSON error', async () => {
    const res = await api(app, 'POST', '/v1/comments', {
      site,
      page: 'big',
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(res).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });
});
