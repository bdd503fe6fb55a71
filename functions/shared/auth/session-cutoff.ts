/**
 * Where an account's sessions were cut off. An ID token stays valid until it expires (an hour by
 * default, up to a day on Cognito; a day on cognito-local) and verifying it needs no call to
 * Cognito, so neither a logout (which revokes a refresh token) nor a deletion ends it. Both leave
 * one item per account, expiring by TTL after the longest token lifetime, and the HTTP wrapper
 * refuses (401) a token it condemns, on every route but the public reads, where a token only adds
 * the caller's own pending comments and reactions:
 * - `deletedAt`: the account is gone, every token is refused;
 * - `signedOutSecond`: the account logged out, tokens issued (`iat`) up to that second are refused.
 *
 * The rule for a sign-out: `iat` is in whole seconds, so a token of the sign-out's own second may
 * have been issued just before it or just after; it is refused, since one issued before must not
 * survive the logout. A token from a later second works: a new login, or another device's refresh
 * (a plain logout revokes this device's refresh token only; the others refresh silently on the
 * 401, and the widget's fetcher asks once more a second later if its fresh token was of that same
 * second). Cognito's and the Lambda's clocks agree to a few milliseconds; a token issued within
 * that skew of the sign-out can fall on either side, which the same retry covers.
 *
 * Trade-off: one strongly consistent GetItem (1 RCU, a few ms) on each authenticated request that
 * is not a public read, answering both questions, rather than an AdminGetUser call per request
 * (slow, and throttled by Cognito quotas) or a revocation list in the token (impossible: Cognito
 * signs them). A "deleted" verdict is cached for the life of the instance (a `sub` is never
 * reused); nothing else is, so a logout or a deletion takes effect at once everywhere. Both are
 * written last (after Cognito), so a logout or deletion that failed half way can be retried with
 * the same token; the price is that a write racing the logout itself can still pass.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.js';
import { dynamo } from '../data/dynamo-client.js';
import { sessionCutoffKey } from '../data/keys.js';

/** Longer than any ID token can live. */
const MARKER_SECONDS = 2 * 24 * 3600;
const MAX_CACHED = 10_000;
const knownDeleted = new Set<string>();

/** Sets `fields` on the account's cutoff item (keeping the others) and pushes its expiry back. */
async function record(userId: string, fields: Record<string, string | number>, now: number): Promise<void> {
  const all = Object.entries({
    ...fields,
    type: 'session_cutoff',
    expiresAt: Math.ceil(now / 1000) + MARKER_SECONDS,
  });
  await dynamo().send(
    new UpdateCommand({
      TableName: config.commentsTable,
      Key: sessionCutoffKey(userId),
      UpdateExpression: `SET ${all.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(all.map(([name], i) => [`#f${i}`, name])),
      ExpressionAttributeValues: Object.fromEntries(all.map(([, value], i) => [`:v${i}`, value])),
    }),
  );
}

/** Records that the account is gone, so its tokens are refused from now on. */
export async function markAccountDeleted(userId: string, now = Date.now()): Promise<void> {
  await record(userId, { deletedAt: new Date(now).toISOString() }, now);
  knownDeleted.add(userId);
}

/** Records that the account logged out now: its tokens issued up to this second are refused. */
export async function markSignedOut(userId: string, now = Date.now()): Promise<void> {
  const signedOutAt = new Date(now).toISOString();
  await record(userId, { signedOutAt, signedOutSecond: Math.floor(now / 1000) }, now);
}

/**
 * Whether a token of the account issued at `issuedAt` (epoch seconds, its `iat`) was cut off: the
 * account was deleted, or logged out in that second or later.
 */
export async function isTokenCutOff(userId: string, issuedAt: number): Promise<boolean> {
  if (knownDeleted.has(userId)) return true;
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: config.commentsTable,
      Key: sessionCutoffKey(userId),
      ConsistentRead: true,
      ProjectionExpression: 'deletedAt, signedOutSecond',
    }),
  );
  if (Item?.deletedAt) {
    if (knownDeleted.size >= MAX_CACHED) knownDeleted.clear();
    knownDeleted.add(userId);
    return true;
  }
  const signedOutSecond = Item?.signedOutSecond;
  return typeof signedOutSecond === 'number' && issuedAt <= signedOutSecond;
}
