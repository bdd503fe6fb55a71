/**
 * Comments: network prefixes (hashed, functions/shared/network-prefix.ts) that guest bans use as a
 * signal to moderators. Two items, both expiring by TTL (`expiresAt`, 30 days at most): the prefix
 * a guest last posted from on a site, and the prefixes of banned guests. Expiry is also checked
 * on read, since DynamoDB deletes expired items only eventually.
 */
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { bannedNetworkKey, guestNetworkKey } from '../shared/data/keys.js';
import { NETWORK_SECONDS } from '../shared/network-prefix.js';

const seconds = (ms: number) => Math.floor(ms / 1000);

async function read(key: Record<string, string>, now: number) {
  const { Item } = await dynamo().send(new GetCommand({ TableName: config.commentsTable, Key: key }));
  return Item && Number(Item.expiresAt) > seconds(now) ? Item : undefined;
}

/** Remembers the prefix a guest posted from, for 30 days. */
export async function recordGuestNetwork(site: string, authorKey: string, hash: string, now = Date.now()) {
  await dynamo().send(
    new PutCommand({
      TableName: config.commentsTable,
      Item: {
        ...guestNetworkKey(site, authorKey),
        type: 'guest_network',
        hash,
        expiresAt: seconds(now) + NETWORK_SECONDS,
      },
    }),
  );
}

/** The prefix a guest last posted from on the site within 30 days, if any. */
export async function guestNetwork(site: string, authorKey: string, now = Date.now()) {
  return (await read(guestNetworkKey(site, authorKey), now))?.hash as string | undefined;
}

/** Flags a banned guest's prefix until the ban ends, 30 days at most. */
export async function banNetwork(
  site: string,
  hash: string,
  authorKey: string,
  until: string,
  now = Date.now(),
) {
  const end = until === 'forever' ? Number.POSITIVE_INFINITY : seconds(Date.parse(until));
  await dynamo().send(
    new PutCommand({
      TableName: config.commentsTable,
      Item: {
        ...bannedNetworkKey(site, hash),
        type: 'banned_network',
        authorKey,
        expiresAt: Math.min(seconds(now) + NETWORK_SECONDS, end),
      },
    }),
  );
}

/** Drops the flag a guest's ban put on its prefix (another guest's flag on it stays). */
export async function unbanNetwork(site: string, authorKey: string, now = Date.now()) {
  const hash = await guestNetwork(site, authorKey, now);
  if (!hash) return;
  await dynamo()
    .send(
      new DeleteCommand({
        TableName: config.commentsTable,
        Key: bannedNetworkKey(site, hash),
        ConditionExpression: 'authorKey = :key',
        ExpressionAttributeValues: { ':key': authorKey },
      }),
    )
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.name === 'ConditionalCheckFailedException')) throw error;
    });
}

/** Whether a banned guest posted from this prefix (a signal shown with new comments from it). */
export async function isBannedNetwork(site: string, hash: string | undefined, now = Date.now()) {
  return hash ? (await read(bannedNetworkKey(site, hash), now)) !== undefined : false;
}
