/**
 * Security test support for property-based tests: arbitraries that bend a valid request of a route
 * (its path parameters, query and body) into random and boundary values, and the check every
 * answer must pass: never a 5xx, and every 4xx a JSON `{"error":{"code","message"}}` whose code is
 * one of functions/shared/http/errors.ts with its status.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { errorStatuses } from '../../../functions/shared/http/errors.js';

type Json = unknown;

const deep = (depth: number): Json => (depth === 0 ? 'fond' : { a: [deep(depth - 1)] });

/** Strings at and past the limits the schemas state (80, 256, 300, 500, 2000, 30 000 characters). */
const boundaryStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\u202Eevil\u202C',
  'e\u0301',
  'x'.repeat(81),
  'x'.repeat(257),
  'é'.repeat(301),
  '😀'.repeat(2001),
  'a'.repeat(30_001),
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '{"$gt":""}',
  '__proto__',
  '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  'https://example.org/article',
  '2099-01-01T00:00:00.000Z',
);

const boundaryNumbers = fc.constantFrom(
  0,
  -1,
  1,
  0.5,
  2 ** 31,
  2 ** 53 + 1,
  -(2 ** 53),
  1e308,
  -1e308,
  5e-324,
);

/** Any one JSON value a field might receive instead of the expected one. */
export const junk: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: boundaryStrings, weight: 3 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  { arbitrary: boundaryNumbers, weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.constantFrom(true, false, null), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: fc.constantFrom(deep(200), [[[[[]]]]], { __proto__: { admin: true } }), weight: 1 },
);

/** A JSON object derived from `base`: each field kept, dropped or replaced, and extra junk fields. */
export function bentObject(base: Record<string, Json>): fc.Arbitrary<Record<string, Json>> {
  const fields = Object.fromEntries(
    Object.entries(base).map(([key, value]) => [
      key,
      fc.oneof(fc.constant(value), fc.constant(undefined), junk),
    ]),
  );
  const extra = fc.dictionary(
    fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('site', 'page', 'role')),
    junk,
    {
      maxKeys: 2,
    },
  );
  return fc.tuple(fc.record(fields), fc.option(extra, { freq: 3 })).map(([kept, more]) => {
    const out: Record<string, Json> = { ...(more ?? {}) };
    for (const [key, value] of Object.entries(kept)) if (value !== undefined) out[key] = value;
    return out;
  });
}

/** What goes on the wire as the body: JSON of a bent object, other JSON, or not JSON at all. */
export function bentBody(base: Json): fc.Arbitrary<string | undefined> {
  const object =
    base && typeof base === 'object' && !Array.isArray(base) ? (base as Record<string, Json>) : {};
  return fc.oneof(
    { arbitrary: bentObject(object).map((o) => JSON.stringify(o)), weight: 6 },
    { arbitrary: junk.map((v) => JSON.stringify(v) ?? 'null'), weight: 2 },
    {
      arbitrary: fc.constantFrom(undefined, '', '{', '{"a":', 'null', '[]', '\u0000', 'x'.repeat(33_000)),
      weight: 1,
    },
    { arbitrary: fc.constant(`[${'['.repeat(5000)}${']'.repeat(5000)}]`), weight: 1 },
  );
}

// Node refuses request lines over 16 KB (431) before any of our code runs, as API Gateway does over 8 KB.
const asText = (v: Json) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

/** A path segment: the valid one, another value URL-encoded, or raw escapes (some malformed). */
export function bentSegment(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constant(valid), weight: 3 },
    { arbitrary: junk.map((v) => encodeURIComponent(asText(v)).slice(0, 3000)), weight: 3 },
    {
      arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%2F', '..%2F..', '%F0%9F%98%80', '%C0%AF'),
      weight: 2,
    },
  );
}

/** The longest query string sent: API Gateway refuses request lines over 8 KB before any Lambda. */
const MAX_QUERY_BYTES = 8_000;

/** A query string derived from `base`: values kept, dropped, repeated or replaced; raw junk too. */
export function bentQuery(base: URLSearchParams): fc.Arbitrary<string> {
  const object = Object.fromEntries(base);
  const asParams = bentObject(object).map((o) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(o)) {
      for (const item of Array.isArray(value) ? value.slice(0, 101) : [value]) {
        params.append(
          key,
          typeof item === 'string' ? item.slice(0, 2000) : String(JSON.stringify(item)).slice(0, 200),
        );
      }
    }
    // Past API Gateway's 8 KB request line a request never reaches a Lambda (and Node answers 431
    // with no body at 16 KB): repeated long values (emoji encode to 12 bytes each) are cut there.
    return params.toString().slice(0, MAX_QUERY_BYTES);
  });
  const raw = fc.constantFrom('%', 'site=%E0%A4%A', 'limit=1e400', 'limit=-0', 'page', '&&&=', 'site[]=a');
  return fc.oneof({ arbitrary: asParams, weight: 5 }, { arbitrary: raw, weight: 1 });
}

export const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/merge-patch+json',
  undefined,
);

/** The property every answer holds: not a 5xx; a 4xx carries a known code and a message. */
export function expectWellFormed(status: number, text: string, what: string): void {
  expect(status, `${what} → ${status} ${text.slice(0, 300)}`).toBeLessThan(500);
  if (status < 400) return;
  // The unsubscribe link is a page a person opens: a link that is not valid answers a page, naming its code.
  if (what.includes('/v1/alerts/unsubscribe') && text.startsWith('<!doctype html>')) {
    expect(text, what).toContain('invalid_token');
    return;
  }
  let body: { error?: { code?: string; message?: unknown } };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${what} → ${status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  const code = body.error?.code as keyof typeof errorStatuses;
  expect(errorStatuses[code], `${what} → ${status} code ${String(code)}`).toBe(status);
  expect(typeof body.error?.message === 'string' && body.error.message.length > 0, what).toBe(true);
}
