/**
 * Issue 14, point 6 in the console: the audit log reads like a newsroom's record (the comment's
 * excerpt and author, the article's title as a link with its domain, the moderator, the action
 * and why, the system's holds in French), its filters narrow it, and a filter the server refuses
 * says why under its field.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite } from './support/console.js';
import { useE2E } from './support/e2e.js';

const JOURNAL = 'https://www.journal.example';

describe.skipIf(!hasBrowser)('console: the audit log', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  let n = 0;
  /** A guest's comment from the site's page of `page`, held on the pre-moderated site; its id. */
  async function post(site: string, body: string, name: string, page: string) {
    const posted = await api(
      e2e.app,
      'POST',
      '/v1/comments',
      {
        site,
        page,
        body,
        pageTitle: `Réforme des retraites : ${page}`,
        pageUrl: `${JOURNAL}/${page}`,
        author: { name, email: `g${n++}-${Date.now()}@example.org` },
      },
      { origin: JOURNAL },
    );
    return String(posted.body.comment.id);
  }

  /** Claire rejected Hortense's comment and approved Bruno's; Claire on the log, in French. */
  async function decidedSite(): Promise<{ page: Page; site: string }> {
    const site = await createTestSite({ moderation: 'pre', allowedOrigins: [JOURNAL] });
    const claire = await staff(e2e.app, ['moderators'], 'Claire');
    const hortense = await post(site, 'Ce projet de loi est une honte absolue.', 'Hortense', 'article-1');
    const bruno = await post(site, 'Merci pour cet article équilibré.', 'Bruno', 'article-2');
    const decide = (id: string, action: string, reason?: string) =>
      api(
        e2e.app,
        'POST',
        '/v1/moderation/decisions',
        { commentIds: [id], seen: { [id]: 'pending' }, action, reason },
        bearer(claire.idToken),
      );
    await decide(hortense, 'reject', 'Propos injurieux');
    await decide(bruno, 'approve');
    await logInToConsole(e2e.page, e2e.app, claire.email, claire.password);
    await openSite(e2e.page, site);
    await e2e.page.evaluate(() => {
      location.hash = '#/log';
    });
    await e2e.page.locator('table tbody tr').first().waitFor();
    return { page: e2e.page, site };
  }
  const rows = (page: Page) => page.locator('table tbody tr');

  it("shows a decision as a sentence: the moderator, the action and why, the excerpt, the author, the article's link", async () => {
    const { page } = await decidedSite();

    const row = rows(page).filter({ hasText: 'Propos injurieux' });

    await expect.poll(() => row.count()).toBe(1);
    const text = await row.textContent();
    expect(text).toContain('Claire');
    expect(text).toContain('refus');
    expect(text).toContain('(en attente → refusé)');
    expect(text).toContain('Propos injurieux');
    expect(text).toContain('Ce projet de loi est une honte absolue.');
    expect(text).toContain('par Hortense');
    expect(text).toContain('(www.journal.example)');
    const link = row.getByRole('link', { name: 'Réforme des retraites : article-1' });
    expect(await link.getAttribute('href')).toBe(`${JOURNAL}/article-1`);
  });

  it('shows a hold at posting as the system’s, with its reason in French', async () => {
    const { page } = await decidedSite();

    const held = rows(page).filter({ hasText: 'retenu à la publication' });

    await expect.poll(() => held.count()).toBe(2);
    const text = await held.first().textContent();
    expect(text).toContain('Système (automatique)');
    expect(text).toContain('Sur ce site, tous les commentaires sont relus avant publication');
  });

  it('narrows the log by action, then by author', async () => {
    const { page } = await decidedSite();

    await page.getByLabel('Action', { exact: true }).selectOption({ label: 'approbation' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect.poll(() => rows(page).count()).toBe(1);
    const approved = await rows(page).textContent();
    await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Tous' });
    await page.getByLabel('Auteur', { exact: true }).selectOption({ label: 'Hortense' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect.poll(() => rows(page).filter({ hasText: 'Bruno' }).count()).toBe(0);

    expect(approved).toContain('par Bruno');
    expect(await rows(page).count()).toBe(2);
    expect(await rows(page).filter({ hasText: 'par Hortense' }).count()).toBe(2);
  });

  it('says under the field that the end of the period comes before its start', async () => {
    const { page } = await decidedSite();

    await page.getByLabel('Du', { exact: true }).fill('2026-12-02');
    await page.getByLabel('Au', { exact: true }).fill('2026-12-01');
    await page.getByRole('button', { name: 'Filtrer' }).click();

    const to = page.getByLabel('Au', { exact: true });
    await expect.poll(() => to.getAttribute('aria-invalid')).toBe('true');
    const note = page.locator(`#${await to.getAttribute('aria-describedby')}`);
    expect(await note.textContent()).toBe('La date de fin précède la date de début.');
    expect(await page.getByLabel('Du', { exact: true }).getAttribute('aria-invalid')).toBeNull();
  });

  it('downloads the period as a CSV file', async () => {
    const { page } = await decidedSite();
    const today = new Date().toISOString().slice(0, 10);

    await page.getByLabel('Du', { exact: true }).fill(today);
    await page.getByLabel('Au', { exact: true }).fill(today);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en CSV' }).click(),
    ]);

    expect(download.suggestedFilename()).toMatch(/^journal-.+\.csv$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(path, 'utf8');
    expect(csv).toContain('"Ce projet de loi est une honte absolue."');
    expect(csv).toContain('"Claire"');
  });
});
