/**
 * Hostile text in every field that is ever shown, not just comment bodies: page title and URL,
 * parent comment, held-by reasons built from the site's word lists, report text, a moderator's
 * reason, ban reason, note and site settings. Each is stored through the API and then rendered in
 * every console view that shows it, and in the widget, with no script run and nothing injected.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { noteCorporaAbsent } from '../support/corpora.js';
import { api, bearer, createTestSite, signUpReader, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite } from './support/console.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { armCanary, injected, samplePayloads } from './support/xss-fields.js';

const PAYLOADS = samplePayloads(30);
const urlOf = (p: string) => `https://x.example/?q=${encodeURIComponent(p)}`;

/** The app root's text and its form fields' values, as the moderator sees them. */
const shown = (page: Page, root: string) =>
  page.evaluate((selector) => {
    const host = document.querySelector(selector);
    const node = host?.shadowRoot ?? host;
    const values = [...(node?.querySelectorAll('textarea, input') ?? [])].map(
      (field) => (field as HTMLInputElement).value,
    );
    return [node?.textContent ?? '', ...values].join('\n');
  }, root);

/** Opens a console hash, loads every page of it ("Charger la suite") and returns its items. */
async function openView(page: Page, hash: string, items: string, expected = Number.POSITIVE_INFINITY) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.locator(items).first().waitFor();
  const more = page.getByRole('button', { name: /^(Charger la suite|Entrées plus anciennes)$/ });
  while ((await page.locator(items).count()) < expected && (await more.count())) {
    const before = await page.locator(items).count();
    await more.click();
    await page.waitForFunction(
      ([selector, n]) => document.querySelectorAll(selector as string).length > (n as number),
      [items, before] as const,
    );
  }
  if (expected !== Number.POSITIVE_INFINITY) expect(await page.locator(items).count()).toBe(expected);
}

describe.skipIf(!hasBrowser)('hostile text in every shown field', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();
  noteCorporaAbsent('renders a sample of the shared XSS corpus, not only the classic payloads');

  it('renders as text in every console view and in the widget, with no script run', async () => {
    const app = e2e.app;
    const admin = await staff(app, ['admins']);
    const asAdmin = bearer(admin.idToken);
    const reader = await signUpReader(app);
    // The pages' URLs are on one of the site's origins, or their titles and links would not be kept.
    const site = await createTestSite({
      maxLinks: 100,
      classifierThreshold: 1,
      reportThreshold: 1,
      allowedOrigins: ['https://x.example'],
    });
    const suspect = PAYLOADS.map((p) => `${p} zsus`);
    const banned = PAYLOADS.map((p) => `${p} zban`);
    const settings = await api(
      app,
      'PUT',
      `/v1/sites/${site}`,
      { name: PAYLOADS[0], suspectWords: suspect, bannedWords: banned },
      asAdmin,
    );
    expect(settings.status).toBe(200);

    const post = async (i: number, body: string, parentId?: string) => {
      const p = PAYLOADS[i] as string;
      const answer = await api(app, 'POST', '/v1/comments', {
        site,
        page: `a${i}`,
        body,
        parentId,
        pageTitle: p,
        pageUrl: urlOf(p),
        author: { name: p, email: `g${i}@example.org` },
      });
      expect(answer.status, `${answer.status} ${JSON.stringify(answer.body)}`).toBe(201);
      return answer.body.comment as { id: string; status: string };
    };
    for (const [i, p] of PAYLOADS.entries()) {
      const parent = await post(i, p);
      expect(parent.status).toBe('approved');
      expect((await post(i, `${p} zsus`, parent.id)).status).toBe('pending');
      expect((await post(i, `${p} zban`)).status).toBe('rejected');
      const judged = await post(i, `plain ${i}`);
      const report = { reason: 'other', text: p };
      expect(
        (await api(app, 'POST', `/v1/comments/${parent.id}/reports`, report, bearer(reader.idToken))).status,
      ).toBe(201);
      const decision = {
        commentIds: [judged.id],
        seen: { [judged.id]: judged.status },
        action: 'reject',
        reason: p,
      };
      const decided = await api(app, 'POST', '/v1/moderation/decisions', decision, asAdmin);
      expect(decided.body.results[0].ok).toBe(true);
    }
    const queue = await api(app, 'GET', `/v1/moderation/queue?site=${site}&limit=100`, undefined, asAdmin);
    expect(queue.body.comments).toHaveLength(PAYLOADS.length);
    for (const item of queue.body.comments as { authorKey: string; comment: { body: string } }[]) {
      const p = item.comment.body.slice(0, -' zsus'.length);
      const key = encodeURIComponent(item.authorKey);
      expect(
        (await api(app, 'POST', `/v1/moderation/bans/${key}?site=${site}`, { reason: p }, asAdmin)).status,
      ).toBe(200);
      expect(
        (await api(app, 'PUT', `/v1/moderation/users/${key}/note?site=${site}`, { note: p }, asAdmin)).status,
      ).toBe(200);
    }

    const page = e2e.page;
    await armCanary(page);
    await logInToConsole(page, app, admin.email, admin.password);
    await openSite(page, site);
    const inert = async (where: string, root = '#console') =>
      expect(await injected(page, root), where).toEqual([]);
    const expectShown = async (where: string, texts: string[], root = '#console') => {
      const missing = async () => {
        const text = await shown(page, root);
        return texts.filter((t) => !text.includes(t));
      };
      // The widget may render twice (a refreshed list): wait for the text rather than race it.
      await expect.poll(missing, { message: where, timeout: 3000 }).toEqual([]);
    };
    const items = 'ol.queue-items > li > article';

    // Pending: name, page title (linked to its URL), parent, held-by reason from suspect words.
    await openView(page, '#/queue/pending', items, PAYLOADS.length);
    await expectShown('pending', [...PAYLOADS, ...suspect]);
    const links = await page
      .locator('p.article-line a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(PAYLOADS.map(urlOf).sort());
    await inert('pending');
    // Author panel: history, ban reason, note.
    for (const [n, article] of (await page.locator(items).all()).entries()) {
      await article.getByRole('button', { name: 'Auteur', exact: true }).click();
      const panel = page.locator('aside.author-panel');
      await panel.getByText('Derniers commentaires').waitFor();
      const name = (await article.locator('.comment-meta strong').textContent()) ?? '';
      await expectShown(`author panel ${n}`, [`Auteur : ${name}`, `— ${name}`, `${name} zsus`]);
      // The note is listed as text among the moderators' notes (issue 14: a history of notes).
      expect(await panel.locator('ol.notes > li').first().textContent()).toContain(name);
      await inert(`author panel ${n}`);
      await panel.getByRole('button', { name: 'Fermer' }).click();
    }

    // Reported: the reported comments (report text is stored, never shown: reasons are counted).
    await openView(page, '#/queue/reported', items, PAYLOADS.length);
    await expectShown('reported', PAYLOADS);
    await inert('reported');
    // Rejected: held-by reason from banned words, and the moderator's reason.
    await openView(page, '#/queue/rejected', items, 2 * PAYLOADS.length);
    await expectShown('rejected', [...banned, ...PAYLOADS.map((p) => `Motif : ${p}`)]);
    await inert('rejected');
    // Log: the moderator's reasons and the ban reasons.
    await openView(page, '#/log', 'table tbody tr');
    await expectShown('log', PAYLOADS);
    await inert('log');
    // Settings: the word lists, one entry a line.
    await page.evaluate(() => {
      location.hash = '#/settings';
    });
    await page.locator('form.settings-form textarea').first().waitFor();
    await expectShown('settings', [suspect.join('\n'), banned.join('\n')]);
    await inert('settings');

    // The widget on each article, whose page title and URL the host page gives it.
    for (const [i, p] of PAYLOADS.entries()) {
      const data = { 'page-title': p, 'page-url': urlOf(p) };
      await openHost(page, app, hostHtml({ site, page: `a${i}`, data }));
      await page.locator('article p.tx', { hasText: p }).waitFor();
      await expectShown(`widget ${i}`, [p], '.reagir, #reagir');
      await inert(`widget ${i}`, '.reagir, #reagir');
    }
  }, 60_000);
});
