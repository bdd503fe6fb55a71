import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpus, hasCorpora, noteCorporaAbsent } from '../support/corpora.js';
import { api, bearer, createTestSite, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite, queued } from './support/console.js';
import { useE2E } from './support/e2e.js';
import { seedComment } from './support/seed.js';

const OWN = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<svg onload=alert(1)>'];

const lines = (file: string) =>
  readFileSync(corpus('xss', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim());

/** A few payloads of each kind: polyglots, quick payloads, and OWASP's filter evasion list. */
function payloads(): { bodies: string[]; names: string[] } {
  if (!hasCorpora) return { bodies: [OWN.join('\n')], names: OWN };
  const owasp = (
    JSON.parse(readFileSync(corpus('xss', 'owasp-xss-filter-evasion-payloads.json'), 'utf8')) as {
      payload: string;
    }[]
  ).map((entry) => entry.payload);
  const bodies = [
    lines('patt-XSS_Polyglots.txt').join('\n'),
    lines('patt-xss_payloads_quick.txt').join('\n'),
    owasp.slice(0, 40).join('\n'),
  ].map((body) => body.slice(0, 4500));
  // Guest names are at most 80 characters: the short payloads, which are the classic ones.
  const names = lines('patt-BRUTELOGIC-XSS-STRINGS.txt')
    .filter((line) => line.trim().length <= 80)
    .slice(0, 4);
  return { bodies, names: [...names, ...OWN.slice(0, 1)] };
}

// What the queue is built of; anything else (img, svg, script, iframe...) came from a payload.
const ALLOWED_TAGS = new Set(
  'section h1 nav li article div fieldset legend input p strong span time a blockquote button ol ul h2 h3 form label textarea small aside search'.split(
    ' ',
  ),
);

describe.skipIf(!hasBrowser)('console: readers’ text is inert', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();
  noteCorporaAbsent('shows the shared XSS corpus too, beside the built-in payloads');

  it('shows XSS payloads in comment bodies and display names as the exact text, with no script run', async () => {
    const site = await createTestSite({ moderation: 'pre', maxLinks: 100 });
    const { bodies, names } = payloads();
    for (const [i, name] of names.entries()) {
      await seedComment(e2e.app, site, 'article-1', bodies[i % bodies.length] ?? '', { name });
    }
    const moderator = await staff(e2e.app, ['moderators']);
    const foreign: string[] = [];
    await e2e.page.route(
      (url) => !url.href.startsWith(e2e.app.url),
      (route) => {
        foreign.push(route.request().url());
        return route.abort();
      },
    );

    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    await e2e.page
      .getByRole('list', { name: /^File/ })
      .getByRole('article')
      .nth(names.length - 1)
      .waitFor();
    await queued(e2e.page, '').first().getByRole('button', { name: 'Auteur', exact: true }).click();
    await e2e.page.getByText('Derniers commentaires').waitFor();
    await e2e.page.waitForTimeout(300);

    const stored = await api(
      e2e.app,
      'GET',
      `/v1/moderation/queue?site=${site}`,
      undefined,
      bearer(moderator.idToken),
    );
    const list = e2e.page.getByRole('list', { name: /^File/ });
    expect(await list.locator('article > p.tx').allTextContents()).toEqual(
      stored.body.comments.map((item: { comment: { body: string } }) => item.comment.body),
    );
    expect(await list.locator('article .comment-meta strong').allTextContents()).toEqual(
      stored.body.comments.map((item: { comment: { author: { name: string } } }) => item.comment.author.name),
    );
    const tags = await e2e.page.evaluate(() =>
      [...document.querySelectorAll('main *')].map((element) => element.tagName.toLowerCase()),
    );
    expect(tags.filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
    const hrefs = await e2e.page
      .locator('main a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/[^\s"<>]+|#\/[\w/]+)$/);
    expect(foreign).toEqual([]);
  });
});
