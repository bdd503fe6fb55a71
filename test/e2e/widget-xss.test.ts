import { describe, expect, it } from 'vitest';
import type { Comment } from '../../functions/comments/types.js';
import { hasCorpora, noteCorporaAbsent, xssPayloads } from '../support/corpora.js';
import { api, createTestSite } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';
import { shadowTags } from './support/widget.js';

/** The payloads: a few written here, and the shared XSS corpora when present. */
function payloads(): string[] {
  const own = [
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">clic</a> javascript:alert(1)',
    '<script>alert(1)</script>',
    'https://exemple.fr/"><img src=x onerror=alert(1)>',
    '<svg onload=alert(1)>',
  ];
  if (!hasCorpora) return own;
  return [
    ...own,
    ...xssPayloads(
      'dompurify-expect-fixtures.json',
      'owasp-xss-filter-evasion-payloads.json',
      'patt-XSS_Polyglots.txt',
      'patt-xss_payloads_quick.txt',
      'patt-BRUTELOGIC-XSS-STRINGS.txt',
    ),
  ];
}

/** Payloads packed into comment bodies of at most `size` characters (longer ones are cut). */
function pack(all: string[], size: number): string[] {
  const bodies: string[] = [];
  let current = '';
  for (const payload of all.map((p) => p.slice(0, size))) {
    if (current && current.length + 1 + payload.length > size) {
      bodies.push(current);
      current = '';
    }
    current = current ? `${current}\n${payload}` : payload;
  }
  if (current) bodies.push(current);
  return bodies;
}

const ALLOWED_TAGS = new Set(
  'style div section header h2 h3 label select option p span strong a time ol li article button form textarea input small fieldset'.split(
    ' ',
  ),
);

describe.skipIf(!hasBrowser)('widget: comment text is inert', () => {
  const e2e = useE2E();
  noteCorporaAbsent('renders the shared XSS corpus too, beside the built-in payloads');

  it('renders XSS payloads as the exact text, with no script run, no element injected and no request made', async () => {
    const site = await createTestSite({ maxLinks: 100 });
    const bodies = pack(payloads(), 4500);
    expect(bodies.length).toBeLessThanOrEqual(20);
    const seeded: Comment[] = [];
    for (const body of bodies) seeded.push(await seedComment(e2e.app, site, 'article-1', body));
    expect(seeded.map((comment) => comment.status)).toEqual(seeded.map(() => 'approved'));
    const foreign: string[] = [];
    await e2e.page.route(
      (url) => !url.href.startsWith(e2e.app.url),
      (route) => {
        foreign.push(route.request().url());
        return route.abort();
      },
    );

    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await e2e.page.getByRole('heading', { name: `Commentaires (${bodies.length})` }).waitFor();
    await e2e.page.waitForTimeout(300);

    const stored = await api(e2e.app, 'GET', `/v1/comments?site=${site}&page=article-1&limit=100`);
    const shown = await e2e.page.locator('article p.tx').allTextContents();
    expect(shown.sort()).toEqual(stored.body.comments.map((comment: Comment) => comment.body).sort());
    expect((await shadowTags(e2e.page)).filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
    const lightDom = await e2e.page.evaluate(() =>
      [...document.querySelectorAll('*')].map((element) => element.tagName),
    );
    expect(lightDom).toEqual(['HTML', 'HEAD', 'META', 'TITLE', 'BODY', 'MAIN', 'H1', 'P', 'SCRIPT', 'DIV']);
    const hrefs = await e2e.page
      .locator('article p.tx a')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.getAttribute('rel')]));
    for (const [href, rel] of hrefs) {
      expect(href).toMatch(/^https?:\/\/[^\s"<>]+$/);
      expect(rel).toBe('nofollow ugc noopener');
    }
    expect(foreign).toEqual([]);
  });

  it('shows <img src=x onerror=alert(1)> and a javascript: link as plain text', async () => {
    const site = await createTestSite();
    await seedComment(
      e2e.app,
      site,
      'article-1',
      '<img src=x onerror=alert(1)> <a href="javascript:alert(1)">clic</a>',
    );

    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await e2e.page.getByText('<img src=x onerror=alert(1)> <a href="javascript:alert(1)">clic</a>').waitFor();
    expect(await e2e.page.locator('article p.tx a').count()).toBe(0);
    expect(await e2e.page.locator('article img').count()).toBe(0);
  });
});
