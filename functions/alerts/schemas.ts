/** Alerts: request schemas. A token is two base64url parts joined by a dot (token.ts). */
import * as z from 'zod/mini';

export const unsubscribeQuery = z.object({
  token: z.string().check(z.maxLength(1024), z.regex(/^[\w-]+\.[\w-]+$/)),
});
