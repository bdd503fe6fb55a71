/**
 * Comments: guests' email confirmation links. A link carries a random token; only the token's
 * hash is stored (with the site, the guest's key, what the link turns on and the guest's language,
 * expiring by TTL), and confirming marks the guest's member item `emailConfirmed` (and, when the
 * guest ticked "Me prévenir des réponses", `replyAlerts`) and deletes the link in one transaction
 * (single use).
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { guestConfirmationKey, memberKey } from '../shared/data/keys.js';
import { transact } from '../shared/data/transact.js';

/** How long a confirmation link works, in seconds: 7 days. */
export const CONFIRMATION_SECONDS = 7 * 86_400;

/** What a link turns on besides the address (reply alerts), and the page's language. */
export interface LinkPurpose {
  notifyReplies: boolean;
  lang: 'fr' | 'en';
}

const seconds = (ms: number) => Math.floor(ms / 1000);

/** Stores a link's token hash for the guest `authorKey` on `site`. */
export async function putConfirmation(
  tokenHash: string,
  site: string,
  authorKey: string,
  purpose: LinkPurpose,
  now = Date.now(),
) {
  await dynamo().send(
    new PutCommand({
      TableName: config.commentsTable,
      Item: {
        ...guestConfirmationKey(tokenHash),
        type: 'guest_confirmation',
        site,
        authorKey,
        ...(purpose.notifyReplies ? { notifyReplies: true } : {}),
        lang: purpose.lang,
        expiresAt: seconds(now) + CONFIRMATION_SECONDS,
      },
    }),
  );
}

async function readLink(tokenHash: string, now: number) {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: config.commentsTable,
      Key: guestConfirmationKey(tokenHash),
      ConsistentRead: true,
    }),
  );
  return Item && Number(Item.expiresAt) > seconds(now) ? Item : undefined;
}

const purposeOf = (item: Record<string, unknown>): LinkPurpose => ({
  notifyReplies: item.notifyReplies === true,
  lang: item.lang === 'en' ? 'en' : 'fr',
});

/** What a working link turns on, for its page; undefined for an unknown, used or expired link. */
export async function readConfirmation(
  tokenHash: string,
  now = Date.now(),
): Promise<LinkPurpose | undefined> {
  const item = await readLink(tokenHash, now);
  return item ? purposeOf(item) : undefined;
}

/**
 * Confirms the guest a link names: their member item says `emailConfirmed` (and `replyAlerts`
 * with the guest's language when they asked for replies), the link is gone. Undefined for an
 * unknown, used or expired link.
 */
export async function confirmByToken(tokenHash: string, now = Date.now()): Promise<LinkPurpose | undefined> {
  const key = guestConfirmationKey(tokenHash);
  const item = await readLink(tokenHash, now);
  if (!item) return undefined;
  const purpose = purposeOf(item);
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
          Key: memberKey(item.site as string, item.authorKey as string),
          UpdateExpression: `SET emailConfirmed = :yes, updatedAt = :now, #type = :member${purpose.notifyReplies ? ', replyAlerts = :yes, alertLang = :lang' : ''}`,
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: {
            ':yes': true,
            ':now': new Date(now).toISOString(),
            ':member': 'member',
            ...(purpose.notifyReplies ? { ':lang': purpose.lang } : {}),
          },
        },
      },
    },
  ]);
  return refused === undefined ? purpose : undefined;
}
