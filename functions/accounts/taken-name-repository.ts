/** Accounts: the names accounts posted under, per site (one item per folded name and site). */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { takenNameKey } from '../shared/data/keys.js';

/** Whether an account posted on `site` under a name of this skeleton. */
export async function isNameTaken(site: string, skeleton: string): Promise<boolean> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: takenNameKey(site, skeleton) }),
  );
  return Item !== undefined;
}

/**
 * Records the skeleton as taken on `site` (again is harmless: the same item). `skeletonVersion: 2`
 * marks items keyed by the confusables skeleton; items without it are keyed by the legacy one.
 */
export async function putTakenName(site: string, skeleton: string, now: string): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: config.commentsTable,
      Item: { ...takenNameKey(site, skeleton), type: 'taken-name', site, at: now, skeletonVersion: 2 },
    }),
  );
}
