/**
 * Webhooks rider: each event goes to every endpoint of its site subscribed to its type (one
 * `webhook:<endpoint id>` effect each, so once-only per event and endpoint). Retries follow the
 * Standard Webhooks schedule; when they run out the endpoint is marked failing and the admin who
 * registered it is told by email.
 */
import { emailOf } from '../accounts/reader-directory.js';
import type { EffectSpec } from '../events/effects.js';
import type { EffectRecord } from '../events/ledger.js';
import { registerKind } from '../events/perform.js';
import { planners } from '../events/riders.js';
import type { DomainEvent } from '../events/types.js';
import { logger } from '../shared/logger.js';
import { sendMail } from '../shared/mail/mailer.js';
import { renderMail } from '../shared/mail/render.js';
import { requireSite } from '../sites/service.js';
import { type DeliveryPayload, deliver, WEBHOOK_RETRY_DELAYS } from './delivery.js';
import { webhookBody } from './payload.js';
import { getEndpoint, markEndpoint, siteEndpoints } from './repository.js';

export const WEBHOOK_KIND = 'webhook';

/** The effect that delivers `body` to one endpoint. */
export const deliveryEffect = (endpointId: string, site: string, body: string): EffectSpec => ({
  key: `webhook:${endpointId}`,
  kind: WEBHOOK_KIND,
  payload: { endpointId, site, body } satisfies DeliveryPayload,
});

/** The planner: one delivery per subscribed endpoint that is not disabled. */
export async function planWebhooks(event: DomainEvent): Promise<EffectSpec[]> {
  if (event.type === 'author.warned') return [];
  const endpoints = await siteEndpoints(event.site);
  const subscribed = endpoints.filter((ep) => ep.status !== 'disabled' && ep.events.includes(event.type));
  if (subscribed.length === 0) return [];
  const body = webhookBody(event);
  return subscribed.map((ep) => deliveryEffect(ep.id, event.site, body));
}

const TEXTS = {
  fr: {
    subject: 'Webhook en échec',
    lines: (url: string) => [
      `Les livraisons vers ${url} échouent depuis environ 24 heures ; le point de terminaison est marqué « en échec ».`,
      'Vérifiez que le récepteur répond 2xx, puis utilisez « Renvoyer » ou « Envoyer un événement de test » dans la console.',
    ],
  },
  en: {
    subject: 'Webhook failing',
    lines: (url: string) => [
      `Deliveries to ${url} have failed for about 24 hours; the endpoint is marked failing.`,
      'Check that the receiver answers 2xx, then use "Send again" or "Send a test event" in the console.',
    ],
  },
} as const;

/** Marks the endpoint failing and emails the admin who registered it. */
export async function onWebhookGaveUp(record: EffectRecord): Promise<void> {
  const payload = record.payload as unknown as DeliveryPayload;
  const endpoint = await getEndpoint(payload.site, payload.endpointId);
  if (!endpoint) return;
  if (endpoint.status === 'active') await markEndpoint(endpoint.site, endpoint.id, { status: 'failing' });
  try {
    const to = await emailOf(endpoint.createdBy);
    if (!to) return;
    const site = await requireSite(endpoint.site);
    const lang = site.languages[0] === 'en' ? 'en' : 'fr';
    const texts = TEXTS[lang];
    const { html, text } = renderMail(
      lang,
      `${texts.subject} : ${endpoint.url}`,
      texts.lines(endpoint.url).map((line) => ({ kind: 'text' as const, text: line })),
    );
    await sendMail({ to, kind: 'WebhookFailing', subject: `${texts.subject} (${site.id})`, text, html });
  } catch (error) {
    // The endpoint is marked failing in the console already; the email is a courtesy.
    logger.warn('Webhook failure email not sent', { endpointId: endpoint.id, error });
  }
}

planners.push(planWebhooks);
registerKind(WEBHOOK_KIND, {
  perform: deliver,
  retryDelays: WEBHOOK_RETRY_DELAYS,
  onGaveUp: onWebhookGaveUp,
});
