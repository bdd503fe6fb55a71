/**
 * Comments: a guest's reply alerts on a site, kept on their member item (`replyAlerts`, with the
 * language they chose, `alertLang`). Only the confirmation link turns them on
 * (guest-confirmation-repository.ts); the alerts domain reads them and its unsubscribe link turns
 * them off here. The address is not kept here: it stays on the guest's comments (`guestEmail`).
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { memberKey } from '../shared/data/keys.js';

/** Whether the guest `authorKey` confirmed reply alerts on `site`, and in which language. */
export async function guestReplyAlerts(
  site: string,
  authorKey: string,
): Promise<{ on: boolean; lang?: 'fr' | 'en' }> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: config.commentsTable,
      Key: memberKey(site, authorKey),
      ProjectionExpression: 'replyAlerts, alertLang',
      ConsistentRead: true,
    }),
  );
  const lang = Item?.alertLang === 'en' || Item?.alertLang === 'fr' ? Item.alertLang : undefined;
  return { on: Item?.replyAlerts === true, lang };
}

/** Turns the guest's reply alerts on `site` off (their unsubscribe link); standing is kept. */
export async function stopGuestReplyAlerts(site: string, authorKey: string, now = new Date()): Promise<void> {
  await dynamo().send(
    new UpdateCommand({
      TableName: config.commentsTable,
      Key: memberKey(site, authorKey),
      UpdateExpression: 'REMOVE replyAlerts SET updatedAt = :now, #type = :member',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':now': now.toISOString(), ':member': 'member' },
    }),
  );
}
