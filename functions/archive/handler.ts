/**
 * Archive: HTTP adapter of a site's exports, for its administrators (the route table's `archive`
 * group: a Lambda of its own, the only one bundling the S3 and Lambda SDKs).
 */
import * as z from 'zod/mini';
import { createHandler, type Operations, requireCaller } from '../shared/http/http-handler.js';
import { readBody, readJsonBody } from '../shared/http/request.js';
import { validate } from '../shared/http/validate.js';
import { siteIdSchema } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import { getExport, listExports, startExport } from './export-jobs.js';
import type { ExportAnswer, ExportJob, ExportListAnswer } from './types.js';

const siteParams = z.object({ site: siteIdSchema });
const exportParams = z.object({
  site: siteIdSchema,
  id: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/)),
});
/** `includePrivate`: keep the guests' and reporters' email addresses (personal data) in the file. */
const startBody = z.object({ includePrivate: z._default(z.boolean(), false) });

export const operations: Operations<'archive'> = {
  async startExport(context) {
    const { site } = validate(siteParams, context.event.pathParameters ?? {}, 'path');
    context.useSite(await requireSite(site));
    // No body at all asks for the export without the addresses.
    const body = readBody(context.event) === undefined ? {} : readJsonBody(context.event);
    const { includePrivate } = validate(startBody, body, 'body');
    const caller = requireCaller(context);
    const job = await startExport(site, { userId: caller.userId, name: caller.name }, includePrivate);
    return { status: 202, body: job satisfies ExportJob };
  },

  async listExports(context) {
    const { site } = validate(siteParams, context.event.pathParameters ?? {}, 'path');
    context.useSite(await requireSite(site));
    return { status: 200, body: { exports: await listExports(site) } satisfies ExportListAnswer };
  },

  async getExport(context) {
    const { site, id } = validate(exportParams, context.event.pathParameters ?? {}, 'path');
    context.useSite(await requireSite(site));
    return { status: 200, body: (await getExport(site, id)) satisfies ExportAnswer };
  },
};

export const handler = createHandler('archive', operations);
