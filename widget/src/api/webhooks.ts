/** API client, second layer: the admins' webhook routes, one typed line each, for the console. */
import type {
  WebhookCreatedAnswer,
  WebhookDeliveriesAnswer,
  WebhookListAnswer,
  WebhookSendAnswer,
} from '../../../functions/webhooks/types.js';
import type { Fetcher } from './fetcher.js';

export type {
  WebhookDelivery,
  WebhookEndpoint,
} from '../../../functions/webhooks/types.js';

const q = (site: string) => `?site=${encodeURIComponent(site)}`;
const one = (id: string) => `/v1/webhooks/${encodeURIComponent(id)}`;

export const listWebhooks = (api: Fetcher, site: string) =>
  api<WebhookListAnswer>('GET', `/v1/webhooks${q(site)}`);

/** Registers an endpoint; the answer holds its secret, shown this once. */
export const createWebhook = (
  api: Fetcher,
  site: string,
  url: string,
  events: string[],
  description: string,
) => api<WebhookCreatedAnswer>('POST', '/v1/webhooks', { body: { site, url, events, description } });

export const deleteWebhook = (api: Fetcher, site: string, id: string) =>
  api<unknown>('DELETE', `${one(id)}${q(site)}`);

export const testWebhook = (api: Fetcher, site: string, id: string) =>
  api<WebhookSendAnswer>('POST', `${one(id)}/test${q(site)}`);

export const webhookDeliveries = (api: Fetcher, site: string, id: string) =>
  api<WebhookDeliveriesAnswer>('GET', `${one(id)}/deliveries${q(site)}`);

export const resendWebhook = (api: Fetcher, site: string, id: string, eventId: string) =>
  api<WebhookSendAnswer>('POST', `${one(id)}/redeliveries`, { body: { site, eventId } });
