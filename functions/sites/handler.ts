/** Sites: HTTP adapter for administrators reading and changing a site's settings. */
import * as z from 'zod/mini';
import { createHandler, type Operations } from '../shared/http/http-handler.js';
import { readJsonBody } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { siteIdSchema, siteSettingsSchema } from './schemas.js';
import { requireSite, saveSite } from './service.js';
import type { SiteAnswer } from './types.js';

const siteParams = z.object({ site: siteIdSchema });
// Every setting is optional in a change (its default left out, so absent means unchanged); each
// given one is validated as in a full record.
const withoutDefault = (schema: z.ZodMiniType) =>
  schema instanceof z.ZodMiniDefault ? (schema.def.innerType as z.ZodMiniType) : schema;
const settingsChange = z.strictObject(
  Object.fromEntries(
    Object.entries(siteSettingsSchema.def.shape).map(([k, v]) => [k, z.optional(withoutDefault(v))]),
  ),
);

export const operations: Operations<'sites'> = {
  async getSite(context) {
    const { site } = validate(siteParams, context.event.pathParameters ?? {}, 'path');
    const found = await requireSite(site);
    context.useSite(found);
    return { status: 200, body: { site: found } satisfies SiteAnswer };
  },

  async updateSite(context) {
    const { site } = validate(siteParams, context.event.pathParameters ?? {}, 'path');
    context.useSite(await requireSite(site));
    const changes = validate(settingsChange, readJsonBody(context.event), 'body');
    return { status: 200, body: { site: await saveSite(site, changes) } satisfies SiteAnswer };
  },
};

export const handler = createHandler('sites', operations);
