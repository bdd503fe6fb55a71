/**
 * Login throttling: failures are counted, not attempts, and only the failing party is refused,
 * so nobody can lock an owner out by failing on their email (issue 13). Refused with 429 past
 * their limit: the failures of one (email, address) pair and of one address. Only slowed down:
 * the failures on one email from every address, by a delay that doubles with them up to a cap
 * (a Lambda is not held long). Every counter is keyed by hashes of what was typed, never by
 * whether the account exists, so a known and an unknown email answer alike and in the same time.
 * Each attempt counts before it is tried and is refunded if the password was right: concurrent
 * attempts cannot slip past a limit together.
 */
import { type Counter, consume, count, hashed, type Limit, refund } from '../shared/rate-limit/rate-limit.js';

const QUARTER_HOUR = 900;

/** The policy's numbers, from the environment (docs/security.md, "Login: no lockout by others"). */
export interface LoginThrottleSettings {
  /** Failures of one (email, address) pair per quarter hour before it is refused. */
  perPair: number;
  /** Failures of one address, whatever the emails, per quarter hour before it is refused. */
  perAddress: number;
  /** Failures on one email per quarter hour, from all addresses, before its logins are slowed. */
  freeFailures: number;
  /** The first delay; each further failure doubles it. */
  stepMs: number;
  /** The longest delay. */
  maxMs: number;
}

const setting = (value: string | undefined, fallback: number) =>
  value === undefined ? fallback : Number(value);

/** The settings, read on each call so that tests can lower them. */
export function loginThrottleSettings(env = process.env): LoginThrottleSettings {
  return {
    perPair: setting(env.AUTH_LOGIN_FAILURES_PER_EMAIL_AND_IP_PER_15_MINUTES, 10),
    perAddress: setting(env.AUTH_LOGIN_FAILURES_PER_IP_PER_15_MINUTES, 50),
    freeFailures: setting(env.AUTH_LOGIN_SLOWDOWN_AFTER_FAILURES, 5),
    stepMs: setting(env.AUTH_LOGIN_SLOWDOWN_STEP_MS, 250),
    maxMs: setting(env.AUTH_LOGIN_SLOWDOWN_MAX_MS, 3000),
  };
}

/** How long a login waits when its email already failed `failures` times in the window. */
export function slowdownMs(failures: number, settings: LoginThrottleSettings): number {
  const over = failures - settings.freeFailures;
  if (over <= 0) return 0;
  // 2 ** over overflows to Infinity long before `over` is unsafe; min() brings it back to the cap.
  return Math.min(settings.maxMs, settings.stepMs * 2 ** (over - 1));
}

/** A login attempt under way: tell it the password was right, and its failure is taken back. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
}

/**
 * Counts a login attempt as a failure until told otherwise: refuses it (429 `rate_limited`) when
 * its pair or its address already failed too often, then waits the delay its email has earned.
 */
export async function startLoginAttempt(email: string, ip: string, now = Date.now()): Promise<LoginAttempt> {
  const settings = loginThrottleSettings();
  const refusing: Limit[] = [
    {
      name: `login-fail-pair:${hashed(`${email}\n${ip}`)}`,
      max: settings.perPair,
      windowSeconds: QUARTER_HOUR,
    },
    { name: `login-fail-ip:${hashed(ip)}`, max: settings.perAddress, windowSeconds: QUARTER_HOUR },
  ].filter((limit) => limit.max > 0);
  const slowing: Counter = { name: `login-fail-email:${hashed(email)}`, windowSeconds: QUARTER_HOUR };
  await consume(refusing, now);
  // Counted after the refusals: an attempt refused above never reached the password, so it does
  // not slow the owner down either.
  const [failures = 0] = await count([slowing], now);
  const wait = slowdownMs(failures - 1, settings);
  if (wait > 0) await new Promise((done) => setTimeout(done, wait));
  return { succeeded: () => refund([...refusing, slowing], now) };
}
