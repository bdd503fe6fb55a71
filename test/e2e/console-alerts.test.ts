/**
 * Browser: the console's "Mes alertes" screen (issue 15, point 4). A moderator chooses, with the
 * keyboard alone, how often the digest comes and whether each illegal-content notice emails them
 * at once; the choice is saved for this site only, read back after a reload, shown in English
 * too, and a refusal is shown.
 */
import { describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, staff } from '../support/test-app.js';
import { axeWidget } from './support/axe.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite } from './support/console.js';
import { useE2E } from './support/e2e.js';

describe.skipIf(!hasBrowser)('console: my alerts', () => {
  // axe is injected as a script tag: the console's CSP would refuse it.
  const e2e = useE2E({ bypassCSP: true });

  it('saves the digest frequency and the notice email with the keyboard, for this site only', async () => {
    // Prepare
    await ensureConsoleBuilt();
    const site = await createTestSite();
    const other = await createTestSite();
    const moderator = await staff(e2e.app, ['moderators'], `Modé ${Date.now()}`);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    const page = e2e.page;

    // Act
    await page.getByRole('link', { name: 'Mes alertes' }).click();
    await page.getByRole('heading', { name: `Mes alertes pour le site ${site}` }).waitFor();
    const never = page.getByRole('radio', { name: 'Jamais' });
    expect(await never.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /contenu illicite/ }).isChecked()).toBe(false);
    await never.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    // Assess
    await page.getByRole('status').filter({ hasText: 'Alertes enregistrées.' }).waitFor();
    await page.getByText(/^Prochain résumé : /).waitFor();
    const mine = await api(
      e2e.app,
      'GET',
      `/v1/moderation/alerts?site=${site}`,
      undefined,
      bearer(moderator.idToken),
    );
    expect(mine.body).toMatchObject({ digest: '1h', notices: true });
    const elsewhere = await api(
      e2e.app,
      'GET',
      `/v1/moderation/alerts?site=${other}`,
      undefined,
      bearer(moderator.idToken),
    );
    expect(elsewhere.body).toMatchObject({ digest: 'off', notices: false });
    const { serious } = await axeWidget(page, 'main');
    expect(serious).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { name: `Mes alertes pour le site ${site}` }).waitFor();
    expect(await page.getByRole('radio', { name: 'Toutes les heures' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /contenu illicite/ }).isChecked()).toBe(true);
  }, 90_000);

  it('speaks English, and shows why a save was refused', async () => {
    // Prepare
    await ensureConsoleBuilt();
    const site = await createTestSite();
    const moderator = await staff(e2e.app, ['moderators'], `Mod ${Date.now()}`);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    const page = e2e.page;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'My alerts' }).click();
    await page.getByRole('heading', { name: `My alerts for the site ${site}` }).waitFor();
    await page.route('**/v1/moderation/alerts?**', (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({ error: { code: 'invalid_request', message: 'digest: refused' } }),
          })
        : route.continue(),
    );

    // Act
    await page.getByRole('radio', { name: 'Once a day' }).check();
    await page.getByRole('button', { name: 'Save my alerts' }).click();

    // Assess
    await page.getByRole('alert').filter({ hasText: 'Some values were refused' }).waitFor();
    expect(await page.getByText('No digest planned.').count()).toBe(1);
  }, 90_000);

  it('says so when the site does not exist', async () => {
    // Prepare
    await ensureConsoleBuilt();
    const moderator = await staff(e2e.app, ['moderators'], `Modé ${Date.now()}`);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, 'site-qui-nexiste-pas');

    // Act
    await e2e.page.getByRole('link', { name: 'Mes alertes' }).click();

    // Assess
    await e2e.page
      .getByRole('alert')
      .filter({ hasText: /Ce site n.existe pas/ })
      .waitFor();
  }, 90_000);

  it('opens the site and the queue an alert email links to', async () => {
    // Prepare
    await ensureConsoleBuilt();
    const site = await createTestSite();
    const moderator = await staff(e2e.app, ['moderators'], `Modé ${Date.now()}`);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await e2e.page.getByRole('link', { name: 'Mes alertes' }).waitFor();

    // Act: the digest's link (moderator-mail.ts `consoleLink`)
    await e2e.page.goto(`${e2e.app.url}/console/?site=${site}#/queue/reported`);

    // Assess
    const tab = e2e.page
      .getByRole('navigation', { name: 'Files de modération' })
      .locator('[aria-current="page"]');
    await expect.poll(() => tab.textContent()).toMatch(/^Signalés/);
    expect(await e2e.page.getByLabel('Site', { exact: true }).inputValue()).toBe(site);
  }, 90_000);
});
