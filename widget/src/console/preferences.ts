/**
 * Console: where the API is, and what the moderator chose last (site, language), kept in
 * localStorage so the console reopens as they left it.
 */
import type { Lang } from '../i18n/index.js';
import { readJson, writeJson } from '../lib/storage.js';

const LANG_KEY = 'reagir:console:lang';
const SITE_KEY = 'reagir:console:site';

/** The API base: `<meta name="reagir-api" content>` when the deployment sets one, else this origin. */
export function apiBase(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="reagir-api"]')?.content.trim();
  return (meta || location.origin).replace(/\/+$/, '');
}

/** The chosen language; French until the moderator switches. */
export const loadLang = (): Lang => (readJson<string>(LANG_KEY) === 'en' ? 'en' : 'fr');

/** Remembers the language. */
export const saveLang = (lang: Lang): void => writeJson(LANG_KEY, lang);

/** The site a link names (`?site=`, the alert emails' links), else the last opened, `demo` at first. */
export const loadSite = (): string =>
  new URLSearchParams(location.search).get('site')?.trim() || readJson<string>(SITE_KEY) || 'demo';

/** Remembers the site. */
export const saveSite = (site: string): void => writeJson(SITE_KEY, site);
