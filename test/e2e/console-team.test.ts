/**
 * Browser: the console's team page (issue 16, point 5). A site's administrator adds an account
 * by email as a moderator of the site, makes them an administrator, then removes them (a second
 * press confirms); the new moderator's console opens on that site and is refused on another.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole } from '../../functions/sites/team.js';
import { createTestSite, signUpReader } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite } from './support/console.js';
import { useE2E } from './support/e2e.js';

describe.skipIf(!hasBrowser)('console: the site’s team', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  it('adds a moderator by email, changes the role, removes them', async () => {
    const site = await createTestSite();
    const chief = await signUpReader(e2e.app, 'Rédactrice en chef');
    const newcomer = await signUpReader(e2e.app, 'Nouvelle modératrice');
    await grantRole(site, chief.email, 'admin', 'test');
    const page = e2e.page;
    await logInToConsole(page, e2e.app, chief.email, chief.password);
    await openSite(page, site);
    await page.getByRole('link', { name: 'Équipe' }).click();
    await page.getByRole('heading', { name: `Équipe du site ${site}` }).waitFor();
    await page.getByText(chief.email).waitFor();

    await page.getByLabel('Adresse e-mail de son compte').fill(newcomer.email);
    await page.getByRole('button', { name: 'Ajouter à l’équipe' }).click();
    const line = page.locator('li', { hasText: newcomer.email });
    await line.getByText('Modération').waitFor();
    await line.getByRole('button', { name: 'Passer en administration' }).click();
    await line.getByText('Administration').waitFor();

    await line.getByRole('button', { name: 'Retirer' }).click();
    await line.getByRole('button', { name: /^Confirmer : retirer/ }).click();
    await line.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText(`${newcomer.email} retiré(e) de l’équipe.`).waitFor();
    expect(await page.locator('li', { hasText: chief.email }).count()).toBe(1);
  });
});
