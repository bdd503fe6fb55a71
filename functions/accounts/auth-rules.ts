/**
 * Accounts: the rules every way into an account shares: how many attempts an address and an email
 * get, and how long a password must be.
 */
import { AppError } from '../shared/errors.js';
import { hashed, type Limit } from '../shared/rate-limit/rate-limit.js';

export const MIN_PASSWORD_LENGTH = 8;

/** A limit set by the environment (`0`: none), else its default. */
export const perMinute = (n: string | undefined, fallback: number) =>
  n === undefined ? fallback : Number(n);

/** Limits on auth attempts: per client address per minute, per email per quarter hour. */
export function authLimits(action: string, ip: string, email?: string): Limit[] {
  const limits: Limit[] = [
    {
      name: `${action}-ip:${hashed(ip)}`,
      max: perMinute(process.env.AUTH_ATTEMPTS_PER_IP_PER_MINUTE, 20),
      windowSeconds: 60,
    },
  ];
  if (email) {
    const max = perMinute(process.env.AUTH_ATTEMPTS_PER_EMAIL_PER_15_MINUTES, 10);
    limits.push({ name: `${action}-email:${hashed(email)}`, max, windowSeconds: 900 });
  }
  return limits;
}

export const weakPassword = () =>
  new AppError('password_too_weak', `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`);

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw weakPassword();
}
