/**
 * Sites: the public shapes of the site routes, and the settings the thread carries. Types only:
 * the settings are the zod schema's own type, re-exported as a type so zod stays out of the bundle.
 */
import type { Site } from './schemas.js';

export type { PublicSiteSettings, Site, SiteSettings } from './schemas.js';

/** The answer of `GET /v1/sites/{site}` and `PUT /v1/sites/{site}` (administrators). */
export interface SiteAnswer {
  site: Site;
}
