/**
 * Comments: a guest's reply alerts on a site, kept on their member item (`replyAlerts`, with the
 * language they chose, `alertLang`). Only the confirmation link turns them on
 * (guest-confirmation-repository.ts); the alerts domain reads them and its unsubscribe link turns
 * them off here. The address is not kept here: it stays on the guest's comments (`guestEmail`).
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { memberKey } from '../shared/data/keys.js';
import { conditionalWrite } from '../shared/data/transact.js';
import { migratedGuestKey } from '../shared/guest-key.js';

/**
 * Whether the guest `authorKey` confirmed reply alerts on `site`, and in which language. A key
 * of the former form (a batch queued, or a link mailed, before the migration to HMAC keys:
 * functions/shared/guest-key.ts) is read under both keys: its item moves at the migration.
 */
export async function guestReplyAlerts(
  site: string,
  authorKey: string,
): Promise<{ on: boolean; lang?: 'fr' | 'en' }> {
  const keys = bothKeys(authorKey);
  const items = await Promise.all(keys.map((key) => readAlerts(site, key)));
  const Item = items.find((item) => item?.replyAlerts === true) ?? items.find(Boolean);
  const lang = Item?.alertLang === 'en' || Item?.alertLang === 'fr' ? Item.alertLang : undefined;
  return { on: Item?.replyAlerts === true, lang };
}

async function readAlerts(site: string, authorKey: string) {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: config.commentsTable,
      Key: memberKey(site, authorKey),
      ProjectionExpression: 'replyAlerts, alertLang',
      ConsistentRead: true,
    }),
  );
  return Item;
}

/** The key itself, and its current form when it is a former guest key. */
const bothKeys = (authorKey: string) => [...new Set([authorKey, migratedGuestKey(authorKey)])];

/**
 * Turns the guest's reply alerts on `site` off (their unsubscribe link); standing is kept. A
 * former key's link also stops them on its current key's item, if there is one (never creating it).
 */
export async function stopGuestReplyAlerts(site: string, authorKey: string, now = new Date()): Promise<void> {
  for (const key of bothKeys(authorKey)) {
    const existing = key !== authorKey;
    await conditionalWrite({
      item: {
        Update: {
          TableName: config.commentsTable,
          Key: memberKey(site, key),
          UpdateExpression: 'REMOVE replyAlerts SET updatedAt = :now, #type = :member',
          ...(existing ? { ConditionExpression: 'attribute_exists(pk)' } : {}),
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':now': now.toISOString(), ':member': 'member' },
        },
      },
      refused: 'no_member',
    });
  }
}
