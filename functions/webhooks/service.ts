/**
 * Webhooks: the admin's use cases. Register (the URL checked, the secret made and answered once),
 * list, delete, send a test event and send a delivery again, both through the same delivery path
 * as the events (the ledger, the performer, the log).
 */
import { randomBytes } from 'node:crypto';
import { retryNow } from '../events/ledger.js';
import { performOnce } from '../events/perform.js';
import { AppError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { checkWebhookUrl } from './address.js';
import { testBody } from './payload.js';
import {
  deleteEndpoint,
  deliveryLog,
  type EndpointRecord,
  getEndpoint,
  putEndpoint,
  siteEndpoints,
} from './repository.js';
import { deliveryEffect, WEBHOOK_KIND } from './rider.js';
import type { NewEndpoint } from './schemas.js';
import type { WebhookCreatedAnswer, WebhookDelivery, WebhookEndpoint, WebhookSendAnswer } from './types.js';

/** A site has few endpoints; more is a mistake, and each is one request per event. */
export const MAX_ENDPOINTS = 10;

/** The Standard Webhooks secret format: `whsec_` and base64 of 24 random bytes. */
export const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

const listed = ({ secret: _secret, createdBy: _by, ...endpoint }: EndpointRecord): WebhookEndpoint =>
  endpoint;

const notFound = () =>
  new AppError('not_found', 'This webhook endpoint does not exist on this site (deleted?).');

async function requireEndpoint(site: string, id: string): Promise<EndpointRecord> {
  const endpoint = await getEndpoint(site, id);
  if (!endpoint) throw notFound();
  return endpoint;
}

/** Registers an endpoint for `site`; the answer holds the secret, never shown again. */
export async function registerEndpoint(
  input: NewEndpoint,
  userId: string,
  now = new Date(),
): Promise<WebhookCreatedAnswer> {
  const url = await checkWebhookUrl(input.url);
  if ((await siteEndpoints(input.site)).length >= MAX_ENDPOINTS)
    throw new AppError(
      'conflict',
      `A site may have at most ${MAX_ENDPOINTS} webhook endpoints; delete one first.`,
    );
  const record: EndpointRecord = {
    id: newId(now.getTime()),
    site: input.site,
    url: url.toString(),
    events: [...new Set(input.events)],
    description: input.description,
    status: 'active',
    createdAt: now.toISOString(),
    secret: newSecret(),
    createdBy: userId,
  };
  await putEndpoint(record);
  return { endpoint: listed(record), secret: record.secret };
}

/** A site's endpoints, oldest first, without their secrets. */
export async function listEndpoints(site: string): Promise<WebhookEndpoint[]> {
  return (await siteEndpoints(site)).map(listed);
}

export async function removeEndpoint(site: string, id: string): Promise<void> {
  if (!(await deleteEndpoint(site, id))) throw notFound();
}

/** An endpoint's delivery log, newest first. */
export async function endpointDeliveries(site: string, id: string): Promise<WebhookDelivery[]> {
  await requireEndpoint(site, id);
  return deliveryLog(id);
}

/** Sends a `webhook.test` event now; its failure is retried like any delivery. */
export async function sendTestEvent(site: string, id: string, now = new Date()): Promise<WebhookSendAnswer> {
  const endpoint = await requireEndpoint(site, id);
  const eventId = `test-${newId(now.getTime())}`;
  const status = await performOnce(
    eventId,
    { ...deliveryEffect(endpoint.id, site, testBody(site, endpoint.id, now.toISOString())), site },
    now,
  );
  return { eventId, status };
}

/** Delivers an event to the endpoint again now, whatever its earlier attempts gave. */
export async function sendAgain(
  site: string,
  id: string,
  eventId: string,
  now = new Date(),
): Promise<WebhookSendAnswer> {
  const endpoint = await requireEndpoint(site, id);
  const spec = { key: `webhook:${endpoint.id}`, kind: WEBHOOK_KIND, payload: {}, site };
  if (!(await retryNow(eventId, spec.key, now)))
    throw new AppError(
      'not_found',
      'No delivery of this event to this endpoint is known, or one is running now.',
    );
  // The ledger keeps the payload: the claim reuses it (the empty one here is never stored).
  return { eventId, status: await performOnce(eventId, spec, now) };
}
