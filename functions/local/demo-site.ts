/**
 * Local stack: the `demo` site, post-moderated and open to guests, so a first comment shows at
 * once. Its allowed origins follow the port `npm start` listens on (PORT).
 */
import { getSite } from '../sites/repository.js';
import { saveSite } from '../sites/service.js';

export const DEMO_SITE_ID = 'demo';

/** The demo page's origins when the local server listens on `port`. */
export const demoOrigins = (port: number) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`];

/**
 * Creates the demo site, or adds the current port's origins to an existing one (kept data from
 * an earlier run on another port), leaving every origin a user added in place.
 */
export async function ensureDemoSite(port = 3000): Promise<void> {
  const origins = demoOrigins(port);
  const existing = await getSite(DEMO_SITE_ID);
  if (!existing) {
    await saveSite(DEMO_SITE_ID, {
      name: 'Démo Réagir',
      moderation: 'post',
      guests: true,
      allowedOrigins: origins,
      languages: ['fr', 'en'],
    });
    return;
  }
  const known = existing.allowedOrigins ?? [];
  const missing = known.includes('*') ? [] : origins.filter((origin) => !known.includes(origin));
  if (missing.length) await saveSite(DEMO_SITE_ID, { allowedOrigins: [...known, ...missing] });
}
