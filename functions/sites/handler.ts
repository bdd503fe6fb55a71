/** Sites: HTTP adapter for administrators: a site's settings, and its webhooks (functions/webhooks/). */
import * as z from 'zod/mini';
import { alertOperations } from '../alerts/handler.js';
import { createHandler, type Operations, requireCaller } from '../shared/http/http-handler.js';
import { readJsonBody } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { webhookOperations } from '../webhooks/handler.js';
import { assertMayChange } from './operator-settings.js';
import { siteIdSchema, siteSettingsChangeSchema } from './schemas.js';
import { requireSite, saveSite, siteNow } from './service.js';
import { ssoKeyOperations } from './sso-handler.js';
import { teamOperations } from './team-handler.js';
import type { SiteAnswer } from './types.js';

const siteParams = z.object({ site: siteIdSchema });
// A change may carry the read-only fields GET returned, so that a client can send back what it
// read; each must then be what the site has (saveSite checks).
const siteChange = z.extend(siteSettingsChangeSchema, {
  id: z.optional(z.string()),
  createdAt: z.optional(z.string()),
  updatedAt: z.optional(z.string()),
});

export const operations: Operations<'sites'> = {
  async getSite(context) {
    const { site } = validate(siteParams, context.event.pathParameters ?? {}, 'path');
    const found = await requireSite(site);
    context.useSite(found);
    return { status: 200, body: { site: found } satisfies SiteAnswer };
  },

  async updateSite(context) {
    const { site } = validate(siteParams, context.event.pathParameters ?? {}, 'path');
    const found = await requireSite(site);
    context.useSite(found);
    const { id, createdAt, updatedAt, ...changes } = validate(
      siteChange,
      readJsonBody(context.event),
      'body',
    );
    // Against the record as stored: the cached one may be a minute old.
    assertMayChange(requireCaller(context), (await siteNow(site)) ?? found, changes);
    const saved = await saveSite(site, changes, { id, createdAt, updatedAt });
    return { status: 200, body: { site: saved } satisfies SiteAnswer };
  },

  ...ssoKeyOperations,
  ...teamOperations,
  ...webhookOperations,
  ...alertOperations,
};

export const handler = createHandler('sites', operations);
