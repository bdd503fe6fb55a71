/**
 * Webhooks: one delivery attempt. The endpoint is read again (deleted or disabled: nothing sent),
 * its URL checked again (and each address at connect time), the body signed per Standard Webhooks
 * and POSTed with a 10 s timeout;
 * each attempt goes into the endpoint's delivery log. A 2xx is sent; anything else throws, so the
 * ledger retries; 410 Gone disables the endpoint and is not retried.
 */
import { createHash } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { EffectContext, EffectOutcome } from '../events/effects.js';
import { PermanentFailure } from '../events/effects.js';
import { checkWebhookUrl } from './address.js';
import { postJson } from './post.js';
import { getEndpoint, logDelivery, markEndpoint } from './repository.js';
import type { DeliveryStatus } from './types.js';

/**
 * Seconds before each retry: the Standard Webhooks schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
 * 10 h), about 27 hours in all, then the endpoint is marked failing.
 */
export const WEBHOOK_RETRY_DELAYS = [5, 300, 1800, 7200, 18000, 36000, 36000] as const;
const TIMEOUT_MS = 10_000;

/** What a delivery effect carries in the ledger. */
export interface DeliveryPayload {
  endpointId: string;
  site: string;
  body: string;
}

/** The `webhook-id`: the same on every attempt of one event to one endpoint, so receivers dedupe. */
export const messageId = (eventId: string, endpointId: string) =>
  `msg_${createHash('sha256').update(`${eventId}:${endpointId}`).digest('base64url').slice(0, 24)}`;

/** The headers of a signed delivery. */
export function signedHeaders(secret: string, id: string, body: string, at: Date): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'Reagir-Webhooks/1',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, at, body),
  };
}

/** Carries out one attempt of a `webhook` effect. */
export async function deliver(raw: Record<string, unknown>, context: EffectContext): Promise<EffectOutcome> {
  const payload = raw as unknown as DeliveryPayload;
  const endpoint = await getEndpoint(payload.site, payload.endpointId);
  if (!endpoint) return { status: 'skipped', detail: 'endpoint deleted' };
  if (endpoint.status === 'disabled') return { status: 'skipped', detail: 'endpoint disabled' };
  const type = String((JSON.parse(payload.body) as { type?: unknown }).type);
  const last = context.attempt > WEBHOOK_RETRY_DELAYS.length;
  const record = async (status: DeliveryStatus, result: { statusCode?: number; error?: string }) => {
    const at = context.now.toISOString();
    await logDelivery(endpoint.id, {
      eventId: context.eventId,
      type,
      attempt: context.attempt,
      at,
      status,
      ...result,
    });
    await markEndpoint(endpoint.site, endpoint.id, {
      status: status === 'sent' && endpoint.status === 'failing' ? 'active' : undefined,
      lastDelivery: { at, status, statusCode: result.statusCode },
    });
  };

  let status: number;
  try {
    const url = await checkWebhookUrl(endpoint.url);
    const headers = signedHeaders(
      endpoint.secret,
      messageId(context.eventId, endpoint.id),
      payload.body,
      context.now,
    );
    status = await postJson(url, headers, payload.body, TIMEOUT_MS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await record(last ? 'failed' : 'retrying', { error: message.slice(0, 300) });
    throw error;
  }
  if (status >= 200 && status < 300) {
    await record('sent', { statusCode: status });
    return { status: 'sent', detail: String(status) };
  }
  if (status === 410) {
    await record('failed', { statusCode: 410 });
    await markEndpoint(endpoint.site, endpoint.id, { status: 'disabled' });
    throw new PermanentFailure('the receiver answered 410 Gone: endpoint disabled');
  }
  await record(last ? 'failed' : 'retrying', { statusCode: status });
  throw new Error(`the receiver answered ${status}`);
}
