/**
 * Webhooks: HTTP adapter for site administrators managing their webhook endpoints. Served by the
 * sites Lambda (functions/sites/handler.ts): the same admins, and no Lambda more on the dashboard.
 */
import { type Operations, type RequestContext, requireCaller } from '../shared/http/http-handler.js';
import { readJsonBody, readQuery } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { requireSite } from '../sites/service.js';
import '../events/riders-installed.js';
import { endpointParams, newEndpointSchema, resendSchema, siteQuery } from './schemas.js';
import {
  endpointDeliveries,
  listEndpoints,
  registerEndpoint,
  removeEndpoint,
  sendAgain,
  sendTestEvent,
} from './service.js';
import type {
  WebhookCreatedAnswer,
  WebhookDeliveriesAnswer,
  WebhookListAnswer,
  WebhookSendAnswer,
} from './types.js';

/** The site a request names, which must exist; its origins then apply (CORS). */
async function useSite(context: RequestContext, site: string): Promise<string> {
  context.useSite(await requireSite(site));
  return site;
}

const siteOf = (context: RequestContext) =>
  useSite(context, validate(siteQuery, readQuery(context.event), 'query').site);
const idOf = (context: RequestContext) =>
  validate(endpointParams, context.event.pathParameters ?? {}, 'path').id;

type WebhookOperation =
  | 'listWebhooks'
  | 'createWebhook'
  | 'deleteWebhook'
  | 'testWebhook'
  | 'webhookDeliveries'
  | 'resendWebhook';

/** The webhook routes' operations, which the sites handler serves. */
export const webhookOperations: Pick<Operations<'sites'>, WebhookOperation> = {
  async listWebhooks(context) {
    const site = await siteOf(context);
    return { status: 200, body: { endpoints: await listEndpoints(site) } satisfies WebhookListAnswer };
  },

  async createWebhook(context) {
    const caller = requireCaller(context);
    const input = validate(newEndpointSchema, readJsonBody(context.event), 'body');
    await useSite(context, input.site);
    const created = await registerEndpoint(input, caller.userId);
    return { status: 201, body: created satisfies WebhookCreatedAnswer };
  },

  async deleteWebhook(context) {
    const site = await siteOf(context);
    await removeEndpoint(site, idOf(context));
    return { status: 204 };
  },

  async testWebhook(context) {
    const site = await siteOf(context);
    return { status: 202, body: (await sendTestEvent(site, idOf(context))) satisfies WebhookSendAnswer };
  },

  async webhookDeliveries(context) {
    const site = await siteOf(context);
    const deliveries = await endpointDeliveries(site, idOf(context));
    return { status: 200, body: { deliveries } satisfies WebhookDeliveriesAnswer };
  },

  async resendWebhook(context) {
    const { site, eventId } = validate(resendSchema, readJsonBody(context.event), 'body');
    await useSite(context, site);
    return { status: 202, body: (await sendAgain(site, idOf(context), eventId)) satisfies WebhookSendAnswer };
  },
};
