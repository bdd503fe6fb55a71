/**
 * Rate limits: fixed-window counters in DynamoDB, incremented atomically (ADD) and expiring by
 * TTL with their window, so concurrent requests across Lambda instances count exactly. Turned
 * off with RATE_LIMITS=off (the test suite does, except in the tests that check them).
 */

import { createHash } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.js';
import { dynamo } from '../data/dynamo-client.js';
import { rateLimitKey } from '../data/keys.js';
import { AppError } from '../errors.js';

/** A fixed-window counter. */
export interface Counter {
  /** What is counted, e.g. `login-ip:1.2.3.4`. Personal values are hashed before storage. */
  name: string;
  windowSeconds: number;
}

/** A counter that refuses past `max` hits in its window (0: no limit). */
export interface Limit extends Counter {
  max: number;
}

export const rateLimitsEnabled = () => process.env.RATE_LIMITS !== 'off';

/** A stable, non-reversible stand-in for an email or an address inside a key. */
export const hashed = (value: string) =>
  createHash('sha256').update(value.toLowerCase()).digest('base64url').slice(0, 22);

/** Counts one hit against each limit; 429 `rate_limited` with Retry-After when one is exceeded. */
export async function consume(limits: Limit[], now = Date.now()): Promise<void> {
  if (!rateLimitsEnabled()) return;
  // The counters are independent: count them in parallel, then refuse on the first one exceeded.
  const results = await Promise.all(limits.filter((limit) => limit.max > 0).map((limit) => hit(limit, now)));
  const exceeded = results.find((r) => r.exceeded);
  if (exceeded) {
    throw new AppError(
      'rate_limited',
      `Too many attempts; try again in ${exceeded.retryAfter} s.`,
      undefined,
      { 'retry-after': String(exceeded.retryAfter) },
      // Also in the body: a client need not read headers (CORS must expose them) to say how long.
      { retryAfter: exceeded.retryAfter },
    );
  }
}

/**
 * Counts one hit on each counter and answers their new totals, refusing nothing: for counters
 * that slow down rather than refuse (the failures on one email, from everywhere).
 */
export async function count(counters: Counter[], now = Date.now()): Promise<number[]> {
  if (!rateLimitsEnabled()) return counters.map(() => 0);
  return Promise.all(counters.map((counter) => add(counter, now, 1)));
}

/**
 * Takes back the hit counted at `now` on each counter: an attempt that turned out not to count
 * (a login with the right password). Counting first and refunding after, rather than counting
 * after a failure, keeps concurrent attempts from slipping past a limit all at once.
 */
export async function refund(counters: Counter[], now: number): Promise<void> {
  if (!rateLimitsEnabled()) return;
  await Promise.all(counters.map((counter) => add(counter, now, -1)));
}

async function hit(limit: Limit, now: number): Promise<{ exceeded: boolean; retryAfter: number }> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  return {
    exceeded: (await add(limit, now, 1)) > limit.max,
    retryAfter: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)),
  };
}

/** Adds `by` to the counter of the window holding `now`; its new total. */
async function add(counter: Counter, now: number, by: number): Promise<number> {
  const windowMs = counter.windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const { Attributes } = await dynamo().send(
    new UpdateCommand({
      TableName: config.commentsTable,
      Key: rateLimitKey(counter.name, windowStart),
      UpdateExpression: 'ADD hits :by SET expiresAt = :expires',
      ExpressionAttributeValues: { ':by': by, ':expires': Math.ceil((windowStart + windowMs) / 1000) + 60 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(Attributes?.hits ?? 0);
}
