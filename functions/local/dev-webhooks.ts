/**
 * Local stack: a webhook receiver of its own (`POST /_dev/webhook`), so a clean checkout can see
 * signed events arrive and be verified: each delivery is checked with the secret of the site's
 * endpoint pointing here (`standardwebhooks`), and the last 50 are listed at `GET /_dev/webhooks`.
 */
import { Webhook } from 'standardwebhooks';
import { siteEndpoints } from '../webhooks/repository.js';

/** One delivery the receiver got. */
export interface DevDelivery {
  at: string;
  webhookId: string;
  type: string;
  /** Whether the signature matched the secret of an endpoint of the site pointing here. */
  verified: boolean;
  body: unknown;
}

const received: DevDelivery[] = [];

/** Records (and verifies) one delivery. */
export async function receiveDevWebhook(
  headers: Record<string, string | undefined>,
  body: string,
): Promise<void> {
  let parsed: { type?: string; data?: { site?: string } } = {};
  try {
    parsed = JSON.parse(body);
  } catch {
    // Kept as unverified: the list shows what came.
  }
  const wanted = {
    'webhook-id': headers['webhook-id'] ?? '',
    'webhook-timestamp': headers['webhook-timestamp'] ?? '',
    'webhook-signature': headers['webhook-signature'] ?? '',
  };
  const site = parsed.data?.site;
  const endpoints = site ? (await siteEndpoints(site)).filter((ep) => ep.url.includes('/_dev/webhook')) : [];
  const verified = endpoints.some((ep) => {
    try {
      new Webhook(ep.secret).verify(body, wanted);
      return true;
    } catch {
      return false;
    }
  });
  received.unshift({
    at: new Date().toISOString(),
    webhookId: wanted['webhook-id'],
    type: String(parsed.type),
    verified,
    body: parsed,
  });
  received.length = Math.min(received.length, 50);
}

/** The deliveries received, newest first. */
export const devWebhooks = (): readonly DevDelivery[] => received;
