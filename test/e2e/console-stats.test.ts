/**
 * Browser: the console's activity page (issue 14, point 12) sums up comments published, not
 * decisions, and gives its days in the page's language, not as ISO dates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, createTestSite, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite } from './support/console.js';
import { useE2E } from './support/e2e.js';

const FRENCH_DAY =
  /^\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$/;

describe.skipIf(!hasBrowser)('console: activity per day', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  /** A post-moderated site with one guest comment published today; the admin on its stats page. */
  async function statsOfOneComment() {
    const site = await createTestSite({ guests: true });
    const posted = await api(e2e.app, 'POST', '/v1/comments', {
      site,
      page: 'stats',
      body: `Un commentaire publié ${Date.now()}`,
      author: { name: 'Invitée', email: 'invitee@example.org' },
    });
    expect(posted.status).toBe(201);
    const admin = await staff(e2e.app, ['admins'], `Admin ${Date.now()}`);
    await logInToConsole(e2e.page, e2e.app, admin.email, admin.password);
    await openSite(e2e.page, site);
    await e2e.page.evaluate(() => {
      location.hash = '#/stats';
    });
    await e2e.page.getByRole('heading', { name: 'Activité par jour' }).waitFor();
  }

  it('sums up the comments received and published', async () => {
    await statsOfOneComment();

    await e2e.page.getByText('Sur 30 jours : 1 commentaire reçu, 1 publié.').waitFor();
  });

  it('names the days in French in the figures', async () => {
    await statsOfOneComment();

    await e2e.page.getByText('Voir les chiffres').click();
    const today = e2e.page.locator('table tbody th').first();

    expect((await today.textContent())?.trim()).toMatch(FRENCH_DAY);
  });
});
