/**
 * Comments: guests' email confirmation links. A link carries a random token; only the token's
 * hash is stored (with the site and the guest's key, expiring by TTL), and confirming marks the
 * guest's member item `emailConfirmed` and deletes the link in one transaction (single use).
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { guestConfirmationKey, memberKey } from '../shared/data/keys.js';
import { transact } from '../shared/data/transact.js';

/** How long a confirmation link works, in seconds: 7 days. */
export const CONFIRMATION_SECONDS = 7 * 86_400;

const seconds = (ms: number) => Math.floor(ms / 1000);

/** Stores a link's token hash for the guest `authorKey` on `site`. */
export async function putConfirmation(tokenHash: string, site: string, authorKey: string, now = Date.now()) {
  await dynamo().send(
    new PutCommand({
      TableName: config.commentsTable,
      Item: {
        ...guestConfirmationKey(tokenHash),
        type: 'guest_confirmation',
        site,
        authorKey,
        expiresAt: seconds(now) + CONFIRMATION_SECONDS,
      },
    }),
  );
}

/**
 * Confirms the guest a link names: their member item says `emailConfirmed`, the link is gone.
 * False for an unknown, used or expired link.
 */
export async function confirmByToken(tokenHash: string, now = Date.now()): Promise<boolean> {
  const key = guestConfirmationKey(tokenHash);
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: key, ConsistentRead: true }),
  );
  if (!Item || Number(Item.expiresAt) <= seconds(now)) return false;
  const { refused } = await transact([
    {
      item: {
        Delete: {
          TableName: config.commentsTable,
          Key: key,
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      refused: 'used',
    },
    {
      item: {
        Update: {
          TableName: config.commentsTable,
          Key: memberKey(Item.site as string, Item.authorKey as string),
          UpdateExpression: 'SET emailConfirmed = :yes, updatedAt = :now, #type = :member',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: {
            ':yes': true,
            ':now': new Date(now).toISOString(),
            ':member': 'member',
          },
        },
      },
    },
  ]);
  return refused === undefined;
}
