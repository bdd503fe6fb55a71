/** API client, second layer: a staff member's own moderator alerts on a site, for the console. */
import type { ModeratorAlerts, ModeratorAlertsBody } from '../../../functions/moderation/types.js';
import type { Fetcher } from './fetcher.js';

export type { DigestFrequency, ModeratorAlerts } from '../../../functions/moderation/types.js';

/** The caller's alerts on `site` (both off until set). */
export const readAlerts = (api: Fetcher, site: string) =>
  api<ModeratorAlerts>('GET', '/v1/moderation/alerts', { query: { site } });

/** Saves both settings; the answer says when the next digest is due. */
export const saveAlerts = (api: Fetcher, site: string, body: ModeratorAlertsBody) =>
  api<ModeratorAlerts>('PUT', '/v1/moderation/alerts', { query: { site }, body });
