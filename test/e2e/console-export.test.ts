/**
 * Browser: the console's site export (issue 17, point 7). A site's administrator opens "Export",
 * ticks the email addresses and starts it from the keyboard (axe finds nothing serious), clicks "Exporter le site", watches the export become ready (the page
 * asks every 2 s), and "Télécharger" downloads the file: NDJSON, its header first, with the guest's
 * email since it was asked for. A moderator of the site sees no "Export" in the header.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole } from '../../functions/sites/team.js';
import { postComment } from '../../widget/src/api/comments.js';
import { createTestSite, signUpReader } from '../support/test-app.js';
import { newKey, testFetcher } from '../support/test-fetcher.js';
import { axeWidget } from './support/axe.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite } from './support/console.js';
import { useE2E } from './support/e2e.js';

describe.skipIf(!hasBrowser)('console: the site’s export', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  // Tables of its own: an export scans the whole table. axe is injected as a script tag: the
  // console's CSP would refuse it.
  const e2e = useE2E({ acceptDownloads: true, bypassCSP: true }, { events: true });

  it('exports the site with the emails, shows it ready, and downloads it', async () => {
    const site = await createTestSite();
    const chief = await signUpReader(e2e.app, 'Rédactrice en chef');
    await grantRole(site, chief.email, 'admin', 'test');
    const guest = `zoe-${Date.now()}@lecteurs.example`;
    await postComment(
      testFetcher(e2e.app.url),
      { site, page: 'p', body: 'Un avis à garder', author: { name: 'Zoé', email: guest } },
      newKey(),
    );
    const page = e2e.page;
    await logInToConsole(page, e2e.app, chief.email, chief.password);
    await openSite(page, site);
    await page.getByRole('link', { name: 'Export' }).click();
    await page.getByRole('heading', { name: `Export du site ${site}` }).waitFor();
    await page.getByText('Aucun export pour l’instant.').waitFor();

    // From the keyboard: the box, then the button.
    await page.getByLabel('Inclure les adresses e-mail (données personnelles)').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const recent = page.getByRole('list', { name: 'Exports récents' });
    const item = recent.getByRole('listitem').first();
    await item.getByText('prête').waitFor();
    await item.getByText('avec les adresses e-mail').waitFor();
    await page
      .getByRole('status')
      .getByText(/^Export prêt : \d+ éléments?\.$/)
      .waitFor();
    expect((await axeWidget(page, 'main')).serious).toEqual([]);

    const saved = page.waitForEvent('download');
    await item.getByRole('button', { name: 'Télécharger' }).click();
    const download = await saved;
    expect(download.suggestedFilename()).toBe(`${site}-${new Date().toISOString().slice(0, 10)}.ndjson`);
    const [first] = readFileSync(await download.path(), 'utf8').split('\n');
    expect(JSON.parse(first ?? '')).toMatchObject({ format: 'reagir-export', site, private: true });
    // The link beside the button works too, fetched from the page.
    const href = await item
      .getByRole('link', { name: /\.ndjson \(lien valable 5 minutes\)$/ })
      .getAttribute('href');
    const text = await page.evaluate(async (url) => (await fetch(url)).text(), href ?? '');
    const [header, ...items] = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(header).toMatchObject({ format: 'reagir-export', version: 1, site, private: true });
    expect(items.some((line) => line.kind === 'comment' && line.item.body === 'Un avis à garder')).toBe(true);
    expect(text).toContain(guest);
  });

  it('is not offered to a moderator of the site', async () => {
    const site = await createTestSite();
    const moderator = await signUpReader(e2e.app, 'Modérateur');
    await grantRole(site, moderator.email, 'moderator', 'test');
    const page = e2e.page;
    await logInToConsole(page, e2e.app, moderator.email, moderator.password);
    await openSite(page, site);
    await page.getByRole('link', { name: 'Journal' }).waitFor();

    expect(await page.getByRole('link', { name: 'Export' }).count()).toBe(0);
    await page.goto(`${e2e.app.url}/console/#/export`);
    await page.getByText('Ces réglages sont réservés aux administrateurs.').waitFor();
  });
});
