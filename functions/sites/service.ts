/**
 * Sites: looking sites up for every request, through a short in-memory cache so that a warm
 * Lambda reads a site once a minute at most, not on every request. A change to a site's
 * settings therefore takes up to SITE_CACHE_MS to reach every running function; a new site, none.
 */
import { AppError, type FieldIssue } from '../shared/errors.js';
import { deleteSiteRecord, getSite, putSite, scanSites } from './repository.js';
import { type Site, type SiteSettings, siteSettingsSchema } from './schemas.js';

/**
 * How long a warm function trusts the site it read: 60 s, so that a reader's thread stays one
 * DynamoDB read (the bench's budget) on all but one request a minute per warm function. A setting
 * changed with `npm run site` or `PUT /v1/sites/{site}` therefore reaches every function within a
 * minute (README says so). A 5 s cache was tried: the bench's warm thread then cost 2 reads.
 */
export const SITE_CACHE_MS = 60_000;

const cache = new Map<string, { site: Site; expires: number }>();

/**
 * The site, or 404 `site_not_found`. Only sites that exist are cached: a site created a second ago
 * (by `npm run site` in another process) works at once, and ids that name no site cannot fill the
 * cache; a miss costs one read, as the first request for any site does.
 */
export async function requireSite(id: string, now = Date.now()): Promise<Site> {
  let entry = cache.get(id);
  if (!entry || entry.expires <= now) {
    const site = await getSite(id);
    if (!site) {
      cache.delete(id);
      throw new AppError('site_not_found', `There is no site "${id}"; check the data-site attribute.`);
    }
    entry = { site, expires: now + SITE_CACHE_MS };
    cache.set(id, entry);
  }
  return entry.site;
}

/** Forgets cached sites (tests, and the CLI after a change). */
export function clearSiteCache(): void {
  cache.clear();
}

/** The fields a site's record keeps for itself; a change may repeat them, never alter them. */
export const READ_ONLY_FIELDS = ['id', 'createdAt', 'updatedAt'] as const;
type ReadOnly = Partial<Pick<Site, (typeof READ_ONLY_FIELDS)[number]>>;

/**
 * Creates a site, or updates the given settings of an existing one. `readOnly` holds the read-only
 * fields a client sent back (as GET returned them): each must match the stored record, else 400.
 */
export async function saveSite(
  id: string,
  changes: Partial<SiteSettings>,
  readOnly: ReadOnly = {},
): Promise<Site> {
  const existing = await getSite(id);
  const now = new Date().toISOString();
  refuseChangedReadOnly(existing ?? { id }, readOnly);
  const settings = siteSettingsSchema.parse({ ...existing, ...changes });
  const site: Site = { ...settings, id, createdAt: existing?.createdAt ?? now, updatedAt: now };
  await putSite(site);
  cache.delete(id);
  return site;
}

/** 400 `invalid_request` naming each read-only field given with another value than the record's. */
function refuseChangedReadOnly(current: ReadOnly, given: ReadOnly): void {
  const issues: FieldIssue[] = READ_ONLY_FIELDS.filter(
    (key) => given[key] !== undefined && given[key] !== current[key],
  ).map((key) => ({
    path: `body.${key}`,
    code: 'invalid',
    params: {},
    message: `body.${key} is read-only: leave it out, or send it as GET returned it (${JSON.stringify(current[key] ?? null)})`,
  }));
  if (issues.length) throw new AppError('invalid_request', issues.map((i) => i.message).join('; '), issues);
}

/** Every site, by id (the site CLI's `list`). */
export function listSites(): Promise<Site[]> {
  return scanSites();
}

/** Deletes a site's record (the API answers `site_not_found` within SITE_CACHE_MS); false when none. */
export async function deleteSite(id: string): Promise<boolean> {
  cache.delete(id);
  return deleteSiteRecord(id);
}

/** The site as stored now (no cache), or undefined: for tools that must see the latest. */
export function siteNow(id: string): Promise<Site | undefined> {
  return getSite(id);
}
