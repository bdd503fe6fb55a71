/** Sites: a site's SSO signing keys, one item per `kid` in the site's partition. */
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { withoutKeys } from '../shared/data/items.js';
import { SSO_KEY_PREFIX, siteKey, ssoKeyKey } from '../shared/data/keys.js';
import type { SsoKeyMaterial } from './types.js';

/** A stored key: what the verifier needs, when it was made and, once revoked, when. */
export type SsoKeyRecord = SsoKeyMaterial & {
  site: string;
  kid: string;
  createdAt: string;
  revokedAt?: string;
};

/** Every key of the site, revoked ones included, oldest first (one Query on the site's partition). */
export async function querySsoKeys(site: string): Promise<SsoKeyRecord[]> {
  const { Items } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': siteKey(site).pk, ':prefix': SSO_KEY_PREFIX },
      ConsistentRead: true,
    }),
  );
  return (Items ?? [])
    .map((item) => withoutKeys(item) as SsoKeyRecord)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Stores a new key; a `kid` already taken is never overwritten (the condition fails). */
export async function putSsoKey(key: SsoKeyRecord): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: config.commentsTable,
      Item: { ...ssoKeyKey(key.site, key.kid), type: 'ssoKey', ...key },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** Marks a key revoked (kept, so the console can say when); false when the site has no such key. */
export async function revokeSsoKeyRecord(site: string, kid: string, at: string): Promise<boolean> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: config.commentsTable,
        Key: ssoKeyKey(site, kid),
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':at': at },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

/** Deletes one key record for good (its site is being deleted). */
export async function deleteSsoKeyRecord(site: string, kid: string): Promise<void> {
  await dynamo().send(new DeleteCommand({ TableName: config.commentsTable, Key: ssoKeyKey(site, kid) }));
}
