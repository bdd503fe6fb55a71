/**
 * Deleted accounts. An ID token stays valid until it expires (an hour by default, up to a day on
 * Cognito) after the account behind it is deleted, and verifying it needs no call to Cognito. So
 * DELETE /v1/me leaves a marker item per deleted account, expiring by TTL after the longest token
 * lifetime, and the HTTP wrapper refuses (401) a token whose account has one, on every route but
 * the public reads, where a token only adds the caller's own pending comments and reactions.
 *
 * Trade-off: one strongly consistent GetItem (1 RCU, a few ms) on each authenticated request that
 * is not a public read, rather than an AdminGetUser call per request (slow, and throttled by
 * Cognito quotas) or a revocation list in the token (impossible: Cognito signs them). A "deleted"
 * verdict is cached for the life of the instance (a `sub` is never reused); "live" is never
 * cached, so a deletion takes effect at once everywhere. The marker is written last, so a
 * deletion that failed half way can be retried with the same token; the price is that a write
 * racing the deletion itself can still pass.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.js';
import { dynamo } from '../data/dynamo-client.js';
import { deletedAccountKey } from '../data/keys.js';

/** Longer than any ID token can live. */
const MARKER_SECONDS = 2 * 24 * 3600;
const MAX_CACHED = 10_000;
const knownDeleted = new Set<string>();

/** Records that the account is gone, so its tokens are refused from now on. */
export async function markAccountDeleted(userId: string, now = Date.now()): Promise<void> {
  const Item = {
    ...deletedAccountKey(userId),
    type: 'deleted_account',
    deletedAt: new Date(now).toISOString(),
    expiresAt: Math.ceil(now / 1000) + MARKER_SECONDS,
  };
  await dynamo().send(new PutCommand({ TableName: config.commentsTable, Item }));
  knownDeleted.add(userId);
}

/** Whether the account was deleted (within the marker's lifetime, longer than any token's). */
export async function isAccountDeleted(userId: string): Promise<boolean> {
  if (knownDeleted.has(userId)) return true;
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: config.commentsTable,
      Key: deletedAccountKey(userId),
      ConsistentRead: true,
      ProjectionExpression: 'pk',
    }),
  );
  if (!Item) return false;
  if (knownDeleted.size >= MAX_CACHED) knownDeleted.clear();
  knownDeleted.add(userId);
  return true;
}
