/**
 * Account enumeration: login, signup, forgot and resend answer an existing account's email and an
 * unknown one with the same status and the same body, and over 200 tries of each the medians of
 * their response times differ by less than 50 ms. Tries alternate (existing first, then unknown
 * first) so drift in the emulators' speed weighs on both sides alike. Rate limits are off here:
 * at 200 tries per email they would answer 429 to both, which would prove nothing. Signup and
 * resend for the existing (confirmed) account mail it "Vous avez déjà un compte Réagir" during
 * those tries, so the timings include that mail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Account, account, PASSWORD, uniqueEmail } from '../support/security/world.js';
import { api, startTestApp, type TestApp } from '../support/test-app.js';

const TRIES = Number(process.env.ENUMERATION_TRIES ?? 200);
const MAX_GAP_MS = 50;

let app: TestApp;
let existing: Account;
beforeAll(async () => {
  app = await startTestApp();
  existing = await account(app);
}, 60_000);
afterAll(() => app.stop());

const bodies: Record<string, (email: string) => unknown> = {
  login: (email) => ({ email, password: 'not the password' }),
  signup: (email) => ({ email, password: PASSWORD, name: 'Curieuse' }),
  forgot: (email) => ({ email }),
  resend: (email) => ({ email }),
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function timed(path: string, body: unknown) {
  const started = performance.now();
  const res = await api(app, 'POST', path, body);
  return { ms: performance.now() - started, answer: JSON.stringify({ status: res.status, body: res.body }) };
}

describe.each(Object.entries(bodies))('POST /v1/auth/%s', (action, body) => {
  it(`answers an existing and an unknown email alike, in time too (${TRIES} tries each)`, async () => {
    const path = `/v1/auth/${action}`;
    const times = { existing: [] as number[], unknown: [] as number[] };
    const answers = { existing: new Set<string>(), unknown: new Set<string>() };
    const deadline = Date.now() + 45_000;
    for (let i = 0; i < TRIES && Date.now() < deadline; i++) {
      const order = i % 2 === 0 ? (['existing', 'unknown'] as const) : (['unknown', 'existing'] as const);
      for (const side of order) {
        const email = side === 'existing' ? existing.email : uniqueEmail('nobody');
        const { ms, answer } = await timed(path, body(email));
        times[side].push(ms);
        answers[side].add(answer);
      }
    }
    expect(times.existing.length).toBeGreaterThanOrEqual(Math.min(TRIES, 100));
    expect([...answers.existing]).toEqual([...answers.unknown]);
    expect(answers.existing.size).toBe(1);
    const gap = Math.abs(median(times.existing) - median(times.unknown));
    console.info(
      `${action}: ${times.existing.length} tries each, median ${median(times.existing).toFixed(1)} ms (existing) vs ${median(times.unknown).toFixed(1)} ms (unknown), gap ${gap.toFixed(1)} ms, answer ${[...answers.existing][0]}`,
    );
    expect(gap).toBeLessThan(MAX_GAP_MS);
  }, 60_000);
});

describe.each(['signup', 'resend'])('POST /v1/auth/%s for a confirmed account', (action) => {
  it('mails its holder that they already have an account, and answers as for an unknown email', async () => {
    // A holder of its own: the timing tries above mailed `existing` hundreds of times, and the dev
    // mailbox keeps only its latest messages.
    const holder = await account(app);
    const mailedBefore = app.mailbox.list().filter((m) => m.to === holder.email).length;

    const known = await timed(`/v1/auth/${action}`, bodies[action]?.(holder.email));
    const unknown = await timed(`/v1/auth/${action}`, bodies[action]?.(uniqueEmail('nobody')));

    expect(known.answer).toBe(unknown.answer);
    const sent = app.mailbox
      .list()
      .filter((m) => m.to === holder.email)
      .slice(mailedBefore);
    expect(sent.map((m) => m.kind)).toEqual(['ExistingAccount']);
  });
});
