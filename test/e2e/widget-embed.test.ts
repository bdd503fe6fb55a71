import { describe, expect, it } from 'vitest';
import { createTestSite } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';
import { commentWith } from './support/widget.js';

/** The computed value of a CSS property on the first element matching `selector` in the widget. */
const style = (page: import('playwright-core').Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

describe.skipIf(!hasBrowser)('widget: embedding in a host page', () => {
  const e2e = useE2E();

  it('speaks English on an English page', async () => {
    const site = await createTestSite();
    await openHost(e2e.page, e2e.app, hostHtml({ site, lang: 'en' }));

    await e2e.page.getByRole('heading', { name: 'Comments (0)' }).waitFor();
    // The rest of the form comes with its chunk once the reader turns to the text box.
    await e2e.page.getByLabel('Comment on this article').focus();
    await e2e.page.getByText('Your email will not be published').waitFor();
    await e2e.page.getByRole('button', { name: 'Sign up for free' }).waitFor();
  });

  it('follows data-lang over the page language', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'Hello');
    await openHost(e2e.page, e2e.app, hostHtml({ site, lang: 'fr', data: { lang: 'en' } }));

    await e2e.page.getByRole('heading', { name: 'Comments (1)' }).waitFor();
    await commentWith(e2e.page, 'Hello').getByText('now').waitFor();
  });

  it('keeps host CSS out of the widget and its own CSS in', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'Un commentaire');
    const hostCss = `<style>
      body { color: rgb(255, 0, 0); letter-spacing: 9px; text-transform: uppercase; text-align: right; line-height: 5; }
      p, article, li, h2, button, textarea, label { color: rgb(255, 0, 0) !important; display: none !important; }
      .tx, .c, .pr, .r { color: rgb(255, 0, 0) !important; visibility: hidden !important; }
    </style>`;
    const hostElements = '<p class="tx">hôte</p><button class="pr" type="button">bouton hôte</button>';
    await openHost(e2e.page, e2e.app, hostHtml({ site, head: hostCss, body: hostElements }));

    const text = commentWith(e2e.page, 'Un commentaire').locator('p.tx');
    await text.waitFor();
    expect(await style(e2e.page, 'section.r p.tx', 'color')).not.toBe('rgb(255, 0, 0)');
    expect(await style(e2e.page, 'section.r p.tx', 'letter-spacing')).toBe('normal');
    expect(await style(e2e.page, 'section.r p.tx', 'text-transform')).toBe('none');
    expect(await style(e2e.page, 'section.r h2', 'display')).toBe('block');
    // ...and the widget's classes do not style the host's elements of the same names.
    expect(await style(e2e.page, 'main > button.pr', 'background-color')).not.toBe('rgb(11, 87, 208)');
  });

  it('renders light by default, dark on data-theme="dark", and follows the system with "auto"', async () => {
    const site = await createTestSite();
    await seedComment(
      e2e.app,
      site,
      'article-1',
      "Bravo pour l'enquête, très instructif.\nhttps://exemple.fr/source",
    );
    const background = () => style(e2e.page, 'section.r', 'background-color');

    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await commentWith(
      e2e.page,
      "Bravo pour l'enquête, très instructif.\nhttps://exemple.fr/source",
    ).waitFor();
    // Polled: the preview hands over to the interactive App, which draws its own section.
    await expect.poll(background).toBe('rgb(255, 255, 255)');

    await openHost(e2e.page, e2e.app, hostHtml({ site, data: { theme: 'dark' } }));
    await e2e.page.getByRole('heading', { name: 'Commentaires (1)' }).waitFor();
    await expect.poll(background).toBe('rgb(22, 24, 28)');

    await e2e.page.emulateMedia({ colorScheme: 'dark' });
    await openHost(e2e.page, e2e.app, hostHtml({ site, data: { theme: 'auto' } }));
    await e2e.page.getByRole('heading', { name: 'Commentaires (1)' }).waitFor();
    await expect.poll(background).toBe('rgb(22, 24, 28)');
  });

  it('takes its colours from the --reagir-* custom properties of the host', async () => {
    const site = await createTestSite();
    const theme =
      '<style>#reagir { --reagir-accent: rgb(200, 16, 46); --reagir-bg: rgb(250, 245, 235); }</style>';
    await openHost(e2e.page, e2e.app, hostHtml({ site, head: theme, body: '<div id="reagir"></div>' }));

    await e2e.page.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();
    await e2e.page.getByLabel('Réagir à cet article').focus();
    await e2e.page.getByRole('button', { name: 'Publier' }).waitFor();
    expect(await style(e2e.page, 'section.r', 'background-color')).toBe('rgb(250, 245, 235)');
    expect(await style(e2e.page, 'section.r button.pr', 'background-color')).toBe('rgb(200, 16, 46)');
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const site = await createTestSite();
    const parent = await seedComment(
      e2e.app,
      site,
      'article-1',
      `Un lien très long https://exemple.fr/${'a'.repeat(120)}`,
    );
    const reply = await seedComment(e2e.app, site, 'article-1', 'Réponse', { parentId: parent.id });
    await seedComment(e2e.app, site, 'article-1', 'Réponse à la réponse', { parentId: reply.id });
    await e2e.page.setViewportSize({ width: 320, height: 640 });

    await openHost(
      e2e.page,
      e2e.app,
      hostHtml({ site, head: '<meta name="viewport" content="width=device-width">' }),
    );

    await commentWith(e2e.page, 'Réponse à la réponse').waitFor();
    expect(await e2e.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('renders into #reagir when the page has one, not after the script', async () => {
    const site = await createTestSite();
    await openHost(e2e.page, e2e.app, hostHtml({ site, body: '<aside><div id="reagir"></div></aside>' }));

    await e2e.page.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();
    expect(await e2e.page.evaluate(() => document.querySelector('aside #reagir')?.shadowRoot?.mode)).toBe(
      'open',
    );
    expect(await e2e.page.locator('.reagir').count()).toBe(0);
  });

  it('lets a single-page app switch articles with Reagir.render and remove the widget with Reagir.destroy', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'Sur le premier article');
    await seedComment(e2e.app, site, 'article-2', 'Sur le second article');
    await openHost(e2e.page, e2e.app, hostHtml({ site, body: '<div id="reagir"></div>' }));
    await commentWith(e2e.page, 'Sur le premier article').waitFor();

    await e2e.page.evaluate(() => window.Reagir?.render({ page: 'article-2' }));

    await commentWith(e2e.page, 'Sur le second article').waitFor();
    expect(await commentWith(e2e.page, 'Sur le premier article').count()).toBe(0);
    await e2e.page.evaluate(() => window.Reagir?.destroy());
    expect(
      await e2e.page.evaluate(() => document.getElementById('reagir')?.shadowRoot?.childElementCount),
    ).toBe(0);
  });

  it('fills every data-reagir-count element from one request', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'a', 'Un');
    await seedComment(e2e.app, site, 'a', 'Deux');
    await seedComment(e2e.app, site, 'b', 'Trois');
    const counts: string[] = [];
    e2e.page.on('request', (request) => request.url().includes('/v1/counts') && counts.push(request.url()));
    const list =
      '<ul><li><span data-reagir-count="a">?</span></li><li><span data-reagir-count="b">?</span></li><li><span data-reagir-count="c">?</span></li></ul>';

    await openHost(e2e.page, e2e.app, hostHtml({ site, page: 'a', body: list }));

    await expect
      .poll(() => e2e.page.locator('[data-reagir-count]').allTextContents())
      .toEqual(['2', '1', '0']);
    expect(counts).toHaveLength(1);
  });

  it('only fills the counts on an article list whose tag has no data-page', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'a', 'Un');
    const list = '<ul><li><span data-reagir-count="a">?</span></li></ul>';

    await openHost(e2e.page, e2e.app, hostHtml({ site, page: null, body: list }));

    await expect.poll(() => e2e.page.locator('[data-reagir-count]').textContent()).toBe('1');
    expect(await e2e.page.locator('.reagir').count()).toBe(0);
  });

  it('shows the thread on the demo article served at /', async () => {
    await e2e.page.goto(e2e.app.url);

    await e2e.page.getByRole('heading', { name: /^Commentaires \(\d+\)$/ }).waitFor();
    await e2e.page.getByLabel('Réagir à cet article').waitFor();
  });
});
