/** Webhooks: what the admin routes accept. */
import * as z from 'zod/mini';
import { EVENT_TYPES } from '../events/event-types.js';
import { siteIdSchema } from '../sites/schemas.js';

export const siteQuery = z.object({ site: siteIdSchema });

export const endpointParams = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });

export const newEndpointSchema = z.object({
  site: siteIdSchema,
  url: z.string().check(z.minLength(1), z.maxLength(2048)),
  events: z.array(z.enum(EVENT_TYPES)).check(z.minLength(1), z.maxLength(EVENT_TYPES.length)),
  description: z._default(z.string().check(z.maxLength(200)), ''),
});
export type NewEndpoint = z.infer<typeof newEndpointSchema>;

export const resendSchema = z.object({
  site: siteIdSchema,
  eventId: z.string().check(z.minLength(1), z.maxLength(200)),
});
