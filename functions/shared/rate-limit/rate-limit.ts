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

export interface Limit {
  /** What is counted, e.g. `login-ip:1.2.3.4`. Personal values are hashed before storage. */
  name: string;
  max: number;
  windowSeconds: number;
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

async function hit(limit: Limit, now: number): Promise<{ exceeded: boolean; retryAfter: number }> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const { Attributes } = await dynamo().send(
    new UpdateCommand({
      TableName: config.commentsTable,
      Key: rateLimitKey(limit.name, windowStart),
      UpdateExpression: 'ADD hits :one SET expiresAt = :expires',
      ExpressionAttributeValues: { ':one': 1, ':expires': Math.ceil((windowStart + windowMs) / 1000) + 60 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return {
    exceeded: Number(Attributes?.hits ?? 0) > limit.max,
    retryAfter: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)),
  };
}
