/**
 * Property-based tests (fast-check) on every route of the table: starting from a valid request,
 * path parameters, query and body are bent into random and boundary values (huge and unicode
 * strings, wrong types, nested junk, numbers at the limits, missing fields, malformed JSON and
 * escapes), sent with no token, a garbage one or a real one of each role. Whatever comes in, the
 * answer is never a 5xx, and every 4xx is `{"error":{"code","message"}}` with a known code.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type Route, routeKey, routes } from '../../functions/routes.js';
import {
  bentBody,
  bentQuery,
  bentSegment,
  contentTypes,
  expectWellFormed,
} from '../support/security/fuzz.js';
import { permittedRole, requestFor } from '../support/security/route-requests.js';
import { buildWorld, type World } from '../support/security/world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Runs per route; FUZZ_RUNS raises it for a longer soak. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

let app: TestApp;
let world: World;
beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app);
}, 120_000);
afterAll(() => app.stop());

/** Routes after which the caller's ID tokens are refused. */
const ENDS_SESSIONS = new Set([
  'DELETE /v1/me',
  'POST /v1/auth/logout',
  'POST /v1/auth/logout-everywhere',
  'POST /v1/auth/sso/logout',
]);

let sent = 0;
const statuses = new Map<number, number>();

/** The values of the route's `{params}` in a concrete path. */
function segmentsOf(route: Route, path: string): string[] {
  const actual = new URL(path, 'http://x').pathname.split('/');
  return route.path.split('/').flatMap((part, i) => (part.startsWith('{') ? [actual[i] ?? ''] : []));
}

function fill(route: Route, segments: string[]): string {
  let i = 0;
  return route.path.replace(/\{[^/]+\}/g, () => segments[i++] ?? '');
}

describe.each(routes.map((route) => ({ route, key: routeKey(route) })))('$key', ({ route }) => {
  it(`answers ${RUNS} bent requests without a 5xx and with well-formed errors`, async () => {
    const base = await requestFor(route)(world, permittedRole(route));
    const tokens: Record<string, string | undefined> = {
      none: undefined,
      garbage: 'not.a.token',
      // Deleting an account and logging out may only end the account made for them, never a shared one.
      ...(ENDS_SESSIONS.has(routeKey(route))
        ? {}
        : {
            reader: world.actors.reader.idToken,
            banned: world.actors.banned.idToken,
            moderator: world.actors.moderator.idToken,
            admin: world.actors.admin.idToken,
          }),
      own: base.actor?.idToken,
    };
    const segments = fc.tuple(...segmentsOf(route, base.path).map(bentSegment));
    const query = bentQuery(new URL(base.path, 'http://x').searchParams);
    const body = route.method === 'GET' ? fc.constant(undefined) : bentBody(base.body);
    const token = fc.constantFrom(...Object.keys(tokens));
    const property = fc.asyncProperty(
      segments,
      query,
      body,
      contentTypes,
      token,
      async (s, q, b, type, who) => {
        const url = `${app.url}${fill(route, s)}${q ? `?${q}` : ''}`;
        const headers: Record<string, string> = {};
        if (type && b !== undefined) headers['content-type'] = type;
        const bearer = tokens[who];
        if (bearer) headers.authorization = `Bearer ${bearer}`;
        const response = await fetch(url, { method: route.method, headers, body: b });
        sent++;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expectWellFormed(
          response.status,
          await response.text(),
          `${route.method} ${url.slice(0, 200)} as ${who}`,
        );
      },
    );
    await fc.assert(property, { numRuns: RUNS, interruptAfterTimeLimit: 20_000 });
  }, 60_000);
});

describe('figures', () => {
  it('reports how many bent requests were sent', () => {
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
    console.info(
      `fast-check: ${sent} requests over ${routes.length} routes (${RUNS} runs each): ${byStatus.join(' ')}`,
    );
  });
});
