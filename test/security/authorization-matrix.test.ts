/**
 * Authorization matrix: every route of the table, called with a valid request by each role, answers
 * the status written below for that route and role. The table is keyed by route key: a route added
 * to functions/routes.ts without a row here fails the suite. Public responses are scanned for
 * emails, IP addresses and Cognito-internal claims.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeKey, routes } from '../../functions/routes.js';
import { errorStatuses } from '../../functions/shared/http/errors.js';
import { findLeaks } from '../support/security/leaks.js';
import { requestFor, requests, send } from '../support/security/route-requests.js';
import { buildWorld, ROLES, type Role, type World } from '../support/security/world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Expected status per role, in the order of ROLES:
 * [anonymous, reader, other reader, banned reader, moderator, admin].
 * "other reader" is tried only on routes acting on one's own things (null elsewhere): the target
 * is then the reader's comment or reaction, and for the banned reader their own comment.
 */
type Row = [number, number, number | null, number, number, number];
const PUBLIC = (ok: number): Row => [ok, ok, null, ok, ok, ok];
const MODERATOR: Row = [401, 403, null, 403, 200, 200];
const ADMIN: Row = [401, 403, null, 403, 403, 200];
const ADMIN_AS = (ok: number): Row => [401, 403, null, 403, 403, ok];

const expected: Record<string, Row> = {
  'GET /v1/health': PUBLIC(200),
  'GET /v1/comments': PUBLIC(200),
  // Anyone: a reader their own part, an anonymous caller without receipts an empty one.
  'GET /v1/comments/mine': PUBLIC(200),
  'POST /v1/comments': [201, 201, null, 403, 201, 201],
  'PATCH /v1/comments/{id}': [401, 200, 403, 403, 403, 403],
  'DELETE /v1/comments/{id}': [401, 200, 403, 403, 403, 403],
  'GET /v1/counts': PUBLIC(200),
  // The link's page is a button for anyone (whatever its token); its button confirms for anyone
  // holding the token (an unknown, used or expired one: tests/integration/bans-that-hold).
  'GET /v1/guests/confirm': PUBLIC(200),
  'POST /v1/guests/confirm': PUBLIC(200),
  'GET /v1/alerts/unsubscribe': PUBLIC(200),
  'POST /v1/alerts/unsubscribe': PUBLIC(200),
  // A banned reader may still dismiss the moderators' warning to them.
  'DELETE /v1/warnings/{id}': [401, 200, null, 200, 200, 200],
  'PUT /v1/comments/{id}/reactions/{type}': [401, 200, null, 403, 200, 200],
  'DELETE /v1/comments/{id}/reactions/{type}': [401, 200, 200, 403, 200, 200],
  'PUT /v1/pages/reactions/{type}': [401, 200, null, 403, 200, 200],
  'DELETE /v1/pages/reactions/{type}': [401, 200, 200, 403, 200, 200],
  'POST /v1/auth/signup': PUBLIC(202),
  'POST /v1/auth/confirm': PUBLIC(200),
  'POST /v1/auth/resend': PUBLIC(202),
  'POST /v1/auth/login': PUBLIC(200),
  'POST /v1/auth/refresh': PUBLIC(200),
  'POST /v1/auth/logout': [401, 204, null, 204, 204, 204],
  'POST /v1/auth/logout-everywhere': [401, 204, null, 204, 204, 204],
  // The login's second step answers whoever holds the challenge's session and the code.
  'POST /v1/auth/mfa': PUBLIC(200),
  'POST /v1/auth/sso': PUBLIC(200),
  'POST /v1/auth/sso/logout': [401, 204, null, 204, 204, 204],
  'POST /v1/auth/forgot': PUBLIC(202),
  'POST /v1/auth/reset': PUBLIC(200),
  'GET /v1/me': [401, 200, null, 200, 200, 200],
  'PATCH /v1/me': [401, 200, null, 200, 200, 200],
  'DELETE /v1/me': [401, 204, null, 204, 204, 204],
  'GET /v1/me/export': [401, 200, null, 200, 200, 200],
  // Two-step sign-in is the account's own, whatever its roles (a banned reader's too).
  'POST /v1/me/mfa/setup': [401, 200, null, 200, 200, 200],
  'POST /v1/me/mfa/verify': [401, 200, null, 200, 200, 200],
  'POST /v1/me/mfa/disable': [401, 200, null, 200, 200, 200],
  // Following is no posting: a banned reader may still follow an article and read its digest.
  'GET /v1/me/follows': [401, 200, null, 200, 200, 200],
  'PUT /v1/me/follows': [401, 200, null, 200, 200, 200],
  'DELETE /v1/me/follows': [401, 200, null, 200, 200, 200],
  'POST /v1/comments/{id}/reports': [201, 201, null, 403, 201, 201],
  'GET /v1/moderation/queue': MODERATOR,
  'GET /v1/moderation/search': MODERATOR,
  'POST /v1/moderation/decisions': MODERATOR,
  'POST /v1/moderation/notices/{id}': MODERATOR,
  'POST /v1/moderation/bans/{userId}': MODERATOR,
  'DELETE /v1/moderation/bans/{userId}': MODERATOR,
  'PUT /v1/moderation/users/{userId}/note': MODERATOR,
  'GET /v1/moderation/users/{userId}': MODERATOR,
  'POST /v1/moderation/users/{userId}/warnings': [401, 403, null, 403, 201, 201],
  'PUT /v1/moderation/pages': MODERATOR,
  'PATCH /v1/moderation/pages': MODERATOR,
  'GET /v1/moderation/log': MODERATOR,
  'GET /v1/moderation/stats': MODERATOR,
  'GET /v1/moderation/alerts': MODERATOR,
  'PUT /v1/moderation/alerts': MODERATOR,
  'GET /v1/sites/{site}': ADMIN,
  'PUT /v1/sites/{site}': ADMIN,
  'GET /v1/sites/{site}/sso/keys': ADMIN,
  'POST /v1/sites/{site}/sso/keys': ADMIN_AS(201),
  'DELETE /v1/sites/{site}/sso/keys/{kid}': ADMIN_AS(204),
  'GET /v1/sites/{site}/team': ADMIN,
  'POST /v1/sites/{site}/team': ADMIN_AS(201),
  'DELETE /v1/sites/{site}/team/{userId}': ADMIN_AS(204),
  'DELETE /v1/sites/{site}/team/invitations/{email}': ADMIN_AS(204),
  // An invitation's link works for whoever holds it, signed in or not (its token is the proof).
  'POST /v1/invitations/lookup': PUBLIC(200),
  'POST /v1/invitations/accept': PUBLIC(200),
  // A site's export: one at a time per site (the request waits for the previous one to end).
  'POST /v1/sites/{site}/exports': ADMIN_AS(202),
  'GET /v1/sites/{site}/exports': ADMIN,
  'GET /v1/sites/{site}/exports/{id}': ADMIN,
  'GET /v1/webhooks': ADMIN,
  'POST /v1/webhooks': ADMIN_AS(201),
  'DELETE /v1/webhooks/{id}': ADMIN_AS(204),
  'POST /v1/webhooks/{id}/test': ADMIN_AS(202),
  'GET /v1/webhooks/{id}/deliveries': ADMIN,
  'POST /v1/webhooks/{id}/redeliveries': ADMIN_AS(202),
};

/** The error code a refusal must carry: a banned reader is told so where readers may act. */
function expectedCode(status: number, role: Role, access: string): string | undefined {
  if (status === 401) return 'unauthorized';
  if (status === 403)
    return role === 'banned' && ['public', 'reader'].includes(access) ? 'banned' : 'forbidden';
  return undefined;
}

let app: TestApp;
let world: World;
beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app);
}, 120_000);
afterAll(() => app.stop());

const tally = { cells: 0, leakScans: 0 };

describe('the expectation table', () => {
  it('has a row and a request for every route of the table, and none for a route that is gone', () => {
    const keys = routes.map(routeKey);
    expect(keys.filter((k) => !(k in expected))).toEqual([]);
    expect(keys.filter((k) => !(k in requests))).toEqual([]);
    expect(Object.keys(expected).filter((k) => !keys.includes(k))).toEqual([]);
  });
});

describe.each(routes.map((route) => ({ route, key: routeKey(route) })))('$key', ({ route, key }) => {
  const row = expected[key];
  const cells = ROLES.map((role, i) => ({ role, status: row?.[i] ?? null })).filter((c) => c.status !== null);
  it.each(cells)('as $role → $status', async ({ role, status }) => {
    const prepared = await requestFor(route)(world, role);
    const res = await send(world, route.method, prepared);
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    const code = expectedCode(Number(status), role, route.access);
    if (code) expect(res.body.error.code).toBe(code);
    if (res.status >= 400)
      expect(errorStatuses[res.body.error.code as keyof typeof errorStatuses]).toBe(res.status);
    await prepared.after?.(res);
    tally.cells++;
    if (route.access === 'public' || role === 'anonymous') {
      expect(findLeaks(res.body, world.emails, prepared.ownEmail ? [prepared.ownEmail] : [])).toEqual([]);
      tally.leakScans++;
    }
  });
});

/** The staff routes: each checks the role on the site it acts on. */
const staffRoutes = routes
  .filter((route) => route.access === 'moderator' || route.access === 'admin')
  .map((route) => ({ route, key: routeKey(route) }));

describe('roles per site', () => {
  it.each(staffRoutes)(
    '$key: a moderator and an administrator of another site are refused',
    async ({ route }) => {
      for (const who of ['otherModerator', 'otherAdmin'] as const) {
        const prepared = await requestFor(route)(world, 'admin');
        const res = await send(world, route.method, prepared, world.siteStaff[who].idToken);
        expect({ who, status: res.status, code: res.body.error?.code }).toEqual({
          who,
          status: 403,
          code: 'forbidden',
        });
        tally.cells++;
      }
    },
  );

  it.each(staffRoutes)(
    '$key: a member of the site’s team answers as staff of every site',
    async ({ route, key }) => {
      const row = expected[key];
      for (const [role, column] of [
        ['moderator', 4],
        ['admin', 5],
      ] as const) {
        const prepared = await requestFor(route)(world, role);
        const res = await send(world, route.method, prepared, world.siteStaff[role].idToken);
        expect({ role, status: res.status }).toEqual({ role, status: row?.[column] });
        tally.cells++;
      }
    },
  );
});

describe('the leak scanner', () => {
  it('finds what it looks for, and nothing in an ordinary comment', () => {
    const leaky = {
      a: 'write to zoe@example.org',
      b: ['from 203.0.113.9', 'or ::ffff:127.0.0.1', 'or 2001:db8::1'],
      'cognito:username': 'x',
    };
    expect(findLeaks(leaky, ['zoe@example.org'])).toHaveLength(6);
    const ordinary = {
      id: '01J9Z3NDEKTSV4RRFFQ69G5FAV',
      createdAt: '2026-11-28T15:00:00.000Z',
      body: 'à 15:00, v1.2',
    };
    expect(findLeaks(ordinary, ['zoe@example.org'])).toEqual([]);
  });
});

describe('public reads after the matrix', () => {
  it('show no guest email, address or Cognito claim in a thread full of every kind of comment', async () => {
    const list = await send(world, 'GET', {
      path: `/v1/comments?site=${world.site}&page=p&limit=100`,
      actor: undefined,
    });
    expect(list.body.comments.length).toBeGreaterThan(5);
    expect(findLeaks(list.body, world.emails)).toEqual([]);
    console.info(
      `authorization matrix: ${tally.cells} cells over ${routes.length} routes, ${tally.leakScans} leak scans`,
    );
  });
});
