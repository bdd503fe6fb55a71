/** Local stack: the `demo` site, post-moderated and open to guests, so a first comment shows at once. */
import { getSite } from '../sites/repository.js';
import { saveSite } from '../sites/service.js';

export const DEMO_SITE_ID = 'demo';

export async function ensureDemoSite(): Promise<void> {
  if (await getSite(DEMO_SITE_ID)) return;
  await saveSite(DEMO_SITE_ID, {
    name: 'Démo Réagir',
    moderation: 'post',
    guests: true,
    allowedOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000'],
    languages: ['fr', 'en'],
  });
}
