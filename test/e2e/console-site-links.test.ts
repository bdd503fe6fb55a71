/**
 * Browser: a site's comment charter and privacy notice. An administrator sets them in the
 * console's settings; the widget then links them under the comment form, opening in a new tab
 * with no way back to the reader's page, the guest's "Votre e-mail ne sera pas publié" kept.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite } from './support/console.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';

const CHARTER = 'https://www.example.fr/charte';
const PRIVACY = 'https://www.example.fr/confidentialite';

describe.skipIf(!hasBrowser)('site links: charter and privacy notice', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  it('links both under the comment form when the site set them, in a new tab, noopener', async () => {
    const site = await createTestSite({ charterUrl: CHARTER, privacyUrl: PRIVACY });
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await e2e.page.getByLabel('Réagir à cet article').focus();

    const charter = e2e.page.getByRole('link', { name: 'Charte de modération' });
    const privacy = e2e.page.getByRole('link', { name: 'Politique de confidentialité' });
    expect(await charter.getAttribute('href')).toBe(CHARTER);
    expect(await privacy.getAttribute('href')).toBe(PRIVACY);
    for (const link of [charter, privacy]) {
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toContain('noopener');
    }
    await e2e.page.getByText('Votre e-mail ne sera pas publié').waitFor();
  });

  it('shows no link for a site that set none', async () => {
    const site = await createTestSite();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await e2e.page.getByLabel('Réagir à cet article').focus();
    await e2e.page.getByRole('button', { name: 'Publier' }).waitFor();

    expect(await e2e.page.getByRole('link', { name: 'Charte de modération' }).count()).toBe(0);
  });

  it('lets an administrator set them in the console, and the widget follows', async () => {
    const site = await createTestSite();
    const admin = await staff(e2e.app, ['admins'], `Administratrice ${Date.now()}`);
    await logInToConsole(e2e.page, e2e.app, admin.email, admin.password);
    await openSite(e2e.page, site);
    await e2e.page.evaluate(() => {
      location.hash = '#/settings';
    });

    await e2e.page.getByLabel('Charte de modération (adresse)').fill(CHARTER);
    await e2e.page.getByLabel('Politique de confidentialité (adresse)').fill(PRIVACY);
    await e2e.page.getByRole('button', { name: 'Enregistrer' }).click();
    await e2e.page.getByText('Réglages enregistrés.').waitFor();

    const reader = await e2e.browser.newContext({ locale: 'fr-FR' });
    const page = await reader.newPage();
    await openHost(page, e2e.app, hostHtml({ site }));
    await page.getByLabel('Réagir à cet article').focus();
    expect(await page.getByRole('link', { name: 'Charte de modération' }).getAttribute('href')).toBe(CHARTER);
    await reader.close();
  });

  it('refuses an address that is not http(s), naming the field', async () => {
    const site = await createTestSite();
    const admin = await staff(e2e.app, ['admins'], `Admin ${Date.now()}`);
    await logInToConsole(e2e.page, e2e.app, admin.email, admin.password);
    await openSite(e2e.page, site);
    await e2e.page.evaluate(() => {
      location.hash = '#/settings';
    });

    await e2e.page.getByLabel('Charte de modération (adresse)').fill('javascript:alert(1)');
    await e2e.page.getByRole('button', { name: 'Enregistrer' }).click();

    const field = e2e.page.getByLabel('Charte de modération (adresse)');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await e2e.page.getByText('Réglages enregistrés.').count()).toBe(0);
  });
});
