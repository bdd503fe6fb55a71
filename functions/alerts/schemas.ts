/** Alerts: request schemas. A token is two base64url parts joined by a dot (token.ts). */
import * as z from 'zod/mini';
import { pageIdSchema } from '../comments/schemas.js';
import { siteIdSchema } from '../sites/schemas.js';

export const unsubscribeQuery = z.object({
  token: z.string().check(z.maxLength(1024), z.regex(/^[\w-]+\.[\w-]+$/)),
});

/** `PUT`/`DELETE /v1/me/follows?site=&page=`: the article followed or unfollowed. */
export const followQuery = z.object({ site: siteIdSchema, page: pageIdSchema });

/** `GET /v1/me/follows?site=`: the site narrows the list (and names the CORS origins). */
export const followsListQuery = z.object({ site: z.optional(siteIdSchema) });
