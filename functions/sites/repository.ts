/** Sites: reading and writing site records in the comments table. */
import { DeleteCommand, GetCommand, PutCommand, paginateScan } from '@aws-sdk/lib-dynamodb';
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

/** Deletes a site record; true when there was one. Its comments and pages stay in the table. */
export async function deleteSiteRecord(id: string): Promise<boolean> {
  const { Attributes } = await dynamo().send(
    new DeleteCommand({ TableName: config.commentsTable, Key: siteKey(id), ReturnValues: 'ALL_OLD' }),
  );
  return Attributes !== undefined;
}

/**
 * Every site record. Sites have no index of their own, so this reads the whole table (a Scan
 * filtered on the item type): fine for the site CLI, never for a request path.
 */
export async function scanSites(): Promise<Site[]> {
  const sites: Site[] = [];
  const pages = paginateScan(
    { client: dynamo() },
    {
      TableName: config.commentsTable,
      FilterExpression: '#type = :site',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':site': 'site' },
    },
  );
  for await (const page of pages) for (const item of page.Items ?? []) sites.push(withoutKeys(item) as Site);
  return sites.sort((a, b) => a.id.localeCompare(b.id));
}
