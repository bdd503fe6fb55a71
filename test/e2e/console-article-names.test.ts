/**
 * Browser: the article a queued comment belongs to, as the console shows it (issue 13, point 2):
 * its title linking to it with the link's domain in plain text beside it, and a moderator's
 * edit of its title and address, by keyboard, that the audit log then shows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, createTestSite, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite, queued } from './support/console.js';
import { useE2E } from './support/e2e.js';

const JOURNAL = 'https://www.journal.example';

describe.skipIf(!hasBrowser)('console: article titles and addresses', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  /** A held guest comment on a new site whose pages are on JOURNAL; the site and the comment's text. */
  async function heldComment(pageUrl = `${JOURNAL}/ecoles`) {
    const site = await createTestSite({ moderation: 'pre', allowedOrigins: [JOURNAL] });
    const body = `Un avis sur les écoles ${Date.now()}`;
    const posted = await api(e2e.app, 'POST', '/v1/comments', {
      site,
      page: 'ecoles',
      body,
      pageTitle: 'Rénovation des écoles',
      pageUrl,
      author: { name: 'Invitée', email: 'invitee@example.org' },
    });
    expect(posted.status).toBe(201);
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    return { site, body };
  }

  it("shows the domain of an article's link in plain text beside its title", async () => {
    const { body } = await heldComment();

    const item = queued(e2e.page, body);
    const link = item.getByRole('link', { name: 'Rénovation des écoles' });

    expect(await link.getAttribute('href')).toBe(`${JOURNAL}/ecoles`);
    expect(await item.locator('p.article-line').textContent()).toContain(
      'Rénovation des écoles (www.journal.example)',
    );
    // The domain is text, not part of the link a title could dress up.
    expect(await link.textContent()).toBe('Rénovation des écoles');
  });

  it('lets a moderator edit the title and address by keyboard, and logs it', async () => {
    const { body } = await heldComment();
    const item = queued(e2e.page, body);
    const { keyboard } = e2e.page;

    await item.getByRole('button', { name: "Modifier le titre et l'adresse" }).focus();
    await keyboard.press('Enter');
    const title = item.getByLabel("Titre de l'article");
    await expect.poll(() => title.evaluate((field) => field === document.activeElement)).toBe(true);
    await keyboard.press('Control+A');
    await keyboard.type('Écoles : le calendrier des travaux');
    await keyboard.press('Tab');
    await keyboard.press('Control+A');
    await keyboard.type(`${JOURNAL}/ecoles-calendrier`);
    await keyboard.press('Enter');

    await e2e.page.getByRole('status').getByText("Titre et adresse de l'article enregistrés.").waitFor();
    const link = item.getByRole('link', { name: 'Écoles : le calendrier des travaux' });
    expect(await link.getAttribute('href')).toBe(`${JOURNAL}/ecoles-calendrier`);
    await e2e.page.evaluate(() => {
      location.hash = '#/log';
    });
    const row = e2e.page.getByRole('row').filter({ hasText: "titre et adresse de l'article modifiés" });
    await row.getByText('« Écoles : le calendrier des travaux » (www.journal.example)').waitFor();
  });

  it('shows why an address off the site is refused, and Escape closes the form', async () => {
    const { body } = await heldComment();
    const item = queued(e2e.page, body);
    const edit = item.getByRole('button', { name: "Modifier le titre et l'adresse" });

    await edit.click();
    const address = item.getByLabel("Adresse de l'article");
    await address.fill('https://evil.example/connexion');
    await address.press('Enter');
    await item.getByText("L'adresse de l'article doit être sur l'un des domaines du site.").waitFor();
    await address.press('Escape');

    await item.getByLabel("Adresse de l'article").waitFor({ state: 'detached' });
    await expect.poll(() => edit.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await item.getByRole('link', { name: 'Rénovation des écoles' }).getAttribute('href')).toBe(
      `${JOURNAL}/ecoles`,
    );
  });
});
