/**
 * Login lockout (issue 13, point 1): failures count per (email, address) and per address, which
 * refuse with 429; failures on an email from everywhere only slow its logins down, up to a cap,
 * so nobody can lock an owner out by failing on their email. Each client is its own loopback
 * address (127.x.y.z), as the local API takes the address from the socket. Limits are small and
 * the delay short here, so the file runs in seconds.
 */
import { randomInt } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ensureUser } from '../../functions/local/cognito-local.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { type RawAnswer, rawRequestFrom } from '../support/raw-request.js';
import { PASSWORD, uniqueEmail } from '../support/security/world.js';
import { useTestApp } from '../support/use-test-app.js';

const PER_PAIR = 3;
const PER_ADDRESS = 5;
const FREE_FAILURES = 2;
const STEP_MS = 60;
const CAP_MS = 150;

const t = useTestApp({
  env: {
    RATE_LIMITS: 'on',
    AUTH_LOGIN_FAILURES_PER_EMAIL_AND_IP_PER_15_MINUTES: String(PER_PAIR),
    AUTH_LOGIN_FAILURES_PER_IP_PER_15_MINUTES: String(PER_ADDRESS),
    AUTH_LOGIN_SLOWDOWN_AFTER_FAILURES: String(FREE_FAILURES),
    AUTH_LOGIN_SLOWDOWN_STEP_MS: String(STEP_MS),
    AUTH_LOGIN_SLOWDOWN_MAX_MS: String(CAP_MS),
  },
});

// A second octet of its own per run of this file, then a counter: every client a fresh address.
const octet = randomInt(2, 250);
let clients = 0;
const freshAddress = () => {
  clients++;
  return `127.${octet}.${(clients >> 8) & 255}.${clients & 255}`;
};

/**
 * A confirmed account, made in the user pool directly: logging it in through the API would fail
 * from 127.0.0.1, the address other files with limits on share with this one.
 */
async function owner(): Promise<{ email: string }> {
  const email = uniqueEmail('owner');
  const { endpoint, ...pool } = t.app.identity;
  await ensureUser(endpoint, pool, { email, password: PASSWORD, name: 'Propriétaire', groups: [] });
  return { email };
}

const logInFrom = (address: string, email: string, password: string) =>
  rawRequestFrom<ErrorBody>(address, t.app.url, 'POST', '/v1/auth/login', { email, password });

/** One wrong password for `email` from each of `count` fresh addresses, ten at a time; their statuses. */
async function failFromMany(email: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let sent = 0; sent < count; sent += 10) {
    const batch = Array.from({ length: Math.min(10, count - sent) }, () =>
      logInFrom(freshAddress(), email, 'not the password'),
    );
    statuses.push(...(await Promise.all(batch)).map((res) => res.status));
  }
  return statuses;
}

/** Status and body, with the seconds of a Retry-After left out: two runs a second apart say 899 and 898. */
const answerOf = (res: RawAnswer<unknown>) =>
  JSON.stringify({ status: res.status, body: res.body }, (key, value) =>
    key === 'retryAfter'
      ? 's'
      : key === 'message' && typeof value === 'string'
        ? value.replace(/\d+/g, 'n')
        : value,
  );

// Windows are fixed quarter hours: a test straddling one would see its counters start again.
beforeEach(async () => {
  const left = 900_000 - (Date.now() % 900_000);
  if (left < 10_000) await new Promise((done) => setTimeout(done, left + 50));
});

describe('login failures by others', () => {
  it('let the owner log in from a fresh address after 50 failures from others, slowed by no more than the cap', async () => {
    // Prepare: 50 wrong passwords for the owner's email, each from another address
    const { email } = await owner();
    const failures = await failFromMany(email, 50);

    // Act: the owner, from an address that has not failed, with the right password
    const started = performance.now();
    const res = await logInFrom(freshAddress(), email, PASSWORD);
    const elapsed = performance.now() - started;

    // Assess: logged in, after the capped delay (slowed, not refused)
    expect(res.status).toBe(200);
    expect(failures).toEqual(Array(50).fill(401));
    expect(elapsed).toBeGreaterThanOrEqual(CAP_MS - 5);
    // The rest is the password check itself; without the cap the delay would be 60 ms × 2⁴⁷.
    expect(elapsed).toBeLessThan(CAP_MS + 3_000);
  });
});

describe('login failures from one address', () => {
  it('refuse the (email, address) pair after its failures, the right password too, with 429 and Retry-After', async () => {
    // Prepare: PER_PAIR wrong passwords from one address
    const { email } = await owner();
    const address = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i < PER_PAIR; i++) statuses.push((await logInFrom(address, email, 'wrong one')).status);

    // Act: the right password from that address
    const res = await logInFrom(address, email, PASSWORD);

    // Assess
    expect(statuses).toEqual(Array(PER_PAIR).fill(401));
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuse an address that fails against many emails', async () => {
    // Prepare: one address, a new email each time
    const address = freshAddress();
    const statuses: number[] = [];

    // Act
    for (let i = 0; i <= PER_ADDRESS; i++) {
      statuses.push((await logInFrom(address, uniqueEmail('sprayed'), 'guess')).status);
    }

    // Assess: the failures up to the limit answer 401, the next 429
    expect(statuses).toEqual([...Array(PER_ADDRESS).fill(401), 429]);
  });
});

describe('logins with the right password', () => {
  it('never count as failures, however often they come from one address', async () => {
    // Prepare
    const { email } = await owner();
    const address = freshAddress();
    const statuses: number[] = [];

    // Act: more logins than the pair may fail
    for (let i = 0; i <= PER_PAIR + 1; i++) statuses.push((await logInFrom(address, email, PASSWORD)).status);

    // Assess: every one counted, then refunded
    expect(statuses).toEqual(Array(PER_PAIR + 2).fill(200));
  });
});

describe('the policy and account enumeration', () => {
  /** Fails on `email` until its pair is refused, then once from a fresh address, timed. */
  async function underThePolicy(email: string) {
    const address = freshAddress();
    const answers: string[] = [];
    for (let i = 0; i <= PER_PAIR; i++) answers.push(answerOf(await logInFrom(address, email, 'wrong one')));
    const started = performance.now();
    answers.push(answerOf(await logInFrom(freshAddress(), email, 'wrong one')));
    return { answers, lastMs: performance.now() - started };
  }

  it('answers a known and an unknown email alike, both slowed by the same delay', async () => {
    // Prepare
    const known = await owner();

    // Act
    const forKnown = await underThePolicy(known.email);
    const forUnknown = await underThePolicy(uniqueEmail('nobody'));

    // Assess: the same answers (401s, then 429), and the delay of PER_PAIR failures on both
    expect(forKnown.answers).toEqual(forUnknown.answers);
    expect(forKnown.answers.map((a) => JSON.parse(a).status)).toEqual([
      ...Array(PER_PAIR).fill(401),
      429,
      401,
    ]);
    const delay = STEP_MS * 2 ** (PER_PAIR - FREE_FAILURES - 1);
    expect(forKnown.lastMs).toBeGreaterThanOrEqual(delay - 5);
    expect(forUnknown.lastMs).toBeGreaterThanOrEqual(delay - 5);
  });
});
