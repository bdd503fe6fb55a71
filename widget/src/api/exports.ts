/** API client, second layer: a site's exports (its administrators), one typed line each, for the console. */
import type { ExportAnswer, ExportJob, ExportListAnswer } from '../../../functions/archive/types.js';
import type { Fetcher } from './fetcher.js';

export type { ExportAnswer, ExportJob, ExportStatus } from '../../../functions/archive/types.js';

const exports = (site: string) => `/v1/sites/${encodeURIComponent(site)}/exports`;

/** Starts an export of the site; `includePrivate` keeps the email addresses (personal data) in it. */
export const startExport = (api: Fetcher, site: string, includePrivate: boolean) =>
  api<ExportJob>('POST', exports(site), { body: { includePrivate } });

export const listExports = (api: Fetcher, site: string) => api<ExportListAnswer>('GET', exports(site));

/** One export; when done, with a fresh download link (it works 5 minutes: ask again at each click). */
export const getExport = (api: Fetcher, site: string, id: string) =>
  api<ExportAnswer>('GET', `${exports(site)}/${encodeURIComponent(id)}`);
