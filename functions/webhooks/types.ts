/** Webhooks: the wire contract of the admin routes (the console imports these types). */
import type { EventType } from '../events/types.js';

/** `failing`: the last delivery gave up after its retries; `disabled`: the receiver answered 410 Gone. */
export type EndpointStatus = 'active' | 'failing' | 'disabled';

/** How a delivery attempt ended. */
export type DeliveryStatus = 'sent' | 'retrying' | 'failed';

/** An endpoint as listed (never its secret). */
export interface WebhookEndpoint {
  id: string;
  site: string;
  url: string;
  events: EventType[];
  description: string;
  status: EndpointStatus;
  createdAt: string;
  lastDelivery?: { at: string; status: DeliveryStatus; statusCode?: number };
}

/** One attempt to deliver an event to an endpoint, newest first in the log. */
export interface WebhookDelivery {
  eventId: string;
  type: string;
  attempt: number;
  statusCode?: number;
  error?: string;
  at: string;
  status: DeliveryStatus;
}

export interface WebhookListAnswer {
  endpoints: WebhookEndpoint[];
}
/** The answer to a registration: the only time the secret is shown. */
export interface WebhookCreatedAnswer {
  endpoint: WebhookEndpoint;
  secret: string;
}
export interface WebhookDeliveriesAnswer {
  deliveries: WebhookDelivery[];
}
/** What a test event or a "send again" did at once. */
export interface WebhookSendAnswer {
  eventId: string;
  status: string;
}
