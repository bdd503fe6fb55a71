/**
 * Webhooks: the endpoint items (`WEBHOOKS#<site>`/`EP#<id>`, secret included) and the delivery
 * log (`WEBHOOKLOG#<endpoint id>`/`<at>#<event id>`, one item per attempt, kept 30 days). The only
 * code that knows their keys.
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import type { DeliveryStatus, EndpointStatus, WebhookDelivery, WebhookEndpoint } from './types.js';

/** An endpoint as stored: with its secret and who registered it. */
export interface EndpointRecord extends WebhookEndpoint {
  secret: string;
  createdBy: string;
}

const LOG_KEEP_SECONDS = 30 * 86_400;
const table = () => config.commentsTable;
const endpointKey = (site: string, id: string) => ({ pk: `WEBHOOKS#${site}`, sk: `EP#${id}` });
const logPartition = (endpointId: string) => `WEBHOOKLOG#${endpointId}`;

const strip = (item: Record<string, unknown>): EndpointRecord => {
  const { pk: _pk, sk: _sk, type: _type, ...rest } = item;
  return rest as unknown as EndpointRecord;
};

export async function putEndpoint(record: EndpointRecord): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: table(),
      Item: { ...endpointKey(record.site, record.id), type: 'webhook_endpoint', ...record },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getEndpoint(site: string, id: string): Promise<EndpointRecord | undefined> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: table(), Key: endpointKey(site, id) }));
  return Item ? strip(Item) : undefined;
}

/** A site's endpoints (a site has a handful: one page). */
export async function siteEndpoints(site: string): Promise<EndpointRecord[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :ep)',
      ExpressionAttributeValues: { ':pk': `WEBHOOKS#${site}`, ':ep': 'EP#' },
    }),
  );
  return Items.map(strip);
}

/** Deletes an endpoint; false when there was none. Its log expires by itself. */
export async function deleteEndpoint(site: string, id: string): Promise<boolean> {
  const { Attributes } = await dynamo().send(
    new DeleteCommand({ TableName: table(), Key: endpointKey(site, id), ReturnValues: 'ALL_OLD' }),
  );
  return Boolean(Attributes);
}

/** Sets an endpoint's status (and its last delivery); nothing when it was deleted meanwhile. */
export async function markEndpoint(
  site: string,
  id: string,
  change: { status?: EndpointStatus; lastDelivery?: WebhookEndpoint['lastDelivery'] },
): Promise<void> {
  const sets: string[] = [];
  const values: Record<string, unknown> = {};
  if (change.status) {
    sets.push('#status = :status');
    values[':status'] = change.status;
  }
  if (change.lastDelivery) {
    sets.push('lastDelivery = :last');
    values[':last'] = change.lastDelivery;
  }
  if (sets.length === 0) return;
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: endpointKey(site, id),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: change.status ? { '#status': 'status' } : undefined,
        ExpressionAttributeValues: values,
      }),
    );
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  }
}

/** Adds one attempt to an endpoint's delivery log. */
export async function logDelivery(endpointId: string, entry: WebhookDelivery): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: table(),
      Item: {
        pk: logPartition(endpointId),
        sk: `${entry.at}#${entry.eventId}`,
        ...entry,
        // `type` names the item kind in this table: the event's type is kept as `eventType`.
        type: 'webhook_delivery',
        eventType: entry.type,
        expiresAt: Math.floor(Date.parse(entry.at) / 1000) + LOG_KEEP_SECONDS,
      },
    }),
  );
}

/** An endpoint's delivery log, newest first. */
export async function deliveryLog(endpointId: string, limit = 50): Promise<WebhookDelivery[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': logPartition(endpointId) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return Items.map((item) => ({
    eventId: String(item.eventId),
    type: String(item.eventType),
    attempt: Number(item.attempt),
    statusCode: typeof item.statusCode === 'number' ? item.statusCode : undefined,
    error: typeof item.error === 'string' ? item.error : undefined,
    at: String(item.at),
    status: item.status as DeliveryStatus,
  }));
}
