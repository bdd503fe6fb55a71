/**
 * Events: addresses that must get no more alerts, because SES reported a hard bounce or a
 * complaint for them (the configuration set's feedback, ses-feedback-handler.ts). Kept by the
 * SHA-256 of the lowercased address: the item names no one. Riders ask `isSuppressed` before
 * mailing an alert or a digest (the effect is then `skipped`).
 */
import { createHash } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { suppressionKey } from '../shared/data/keys.js';

const hashOf = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

/** Stops alerts to `email` (`bounce` or `complaint`); a later report only updates it. */
export async function suppress(
  email: string,
  reason: 'bounce' | 'complaint',
  now = new Date(),
): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: config.commentsTable,
      Item: { ...suppressionKey(hashOf(email)), type: 'suppression', reason, at: now.toISOString() },
    }),
  );
}

/** Whether alerts to `email` are stopped. */
export async function isSuppressed(email: string): Promise<boolean> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: suppressionKey(hashOf(email)) }),
  );
  return Item !== undefined;
}
