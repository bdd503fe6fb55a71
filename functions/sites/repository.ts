/** Sites: reading and writing site records in the comments table. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { withoutKeys } from '../shared/data/items.js';
import { siteKey } from '../shared/data/keys.js';
import type { Site } from './schemas.js';

/** The site record, or undefined when no such site exists. */
export async function getSite(id: string): Promise<Site | undefined> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: config.commentsTable, Key: siteKey(id) }));
  if (!Item) return undefined;
  return withoutKeys(Item) as Site;
}

/** Creates or replaces a site record. */
export async function putSite(site: Site): Promise<void> {
  await dynamo().send(
    new PutCommand({ TableName: config.commentsTable, Item: { ...siteKey(site.id), type: 'site', ...site } }),
  );
}
