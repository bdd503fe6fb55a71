/**
 * Issue 15, point 7, in Chromium: the HTML part of every kind of email, built with the hostile
 * texts of ../shared/corpora/xss as the users' words (names, excerpts, page titles, reasons),
 * runs no script and injects no element: the page holds only the renderer's own tags, no event
 * handler attribute, no link but http(s), and no alert or script ever ran.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasCorpora, xssPayloads } from '../support/corpora.js';
import { MAIL_KINDS } from '../support/mail-kinds.js';
import { hasBrowser, launchBrowser } from './support/browser.js';

function payloads(): string[] {
  const own = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "'><svg onload=alert(1)>"];
  if (!hasCorpora) return own;
  return [
    ...own,
    ...xssPayloads(
      'owasp-xss-filter-evasion-payloads.json',
      'patt-XSS_Polyglots.txt',
      'patt-xss_payloads_quick.txt',
    ),
  ];
}

/** The tags the renderer writes (functions/shared/mail/render.ts), and nothing else. */
const ALLOWED_TAGS = new Set('html head meta title body h1 p blockquote strong br a'.split(' '));

describe.skipIf(!hasBrowser)('the HTML of every email', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(MAIL_KINDS.map((kind) => [kind.name, kind] as const))(
    '%s: hostile texts run no script and inject no element',
    async (_name, kind) => {
      const page = await browser.newPage();
      let ran = 0;
      page.on('dialog', async (dialog) => {
        ran++;
        await dialog.dismiss();
      });
      await page.exposeFunction('__xssRan', () => {
        ran++;
      });
      const all = payloads();
      // A few payloads per email keeps each page small; every payload is used once.
      for (let i = 0; i < all.length; i += 8) {
        const html = kind.html(all.slice(i, i + 8));
        await page.setContent(
          html.replace('<head>', '<head><script>window.alert=()=>window.__xssRan()</script>'),
          {
            waitUntil: 'load',
          },
        );
        const found = await page.evaluate(() => {
          const elements = [...document.querySelectorAll('*')];
          return {
            tags: [...new Set(elements.map((e) => e.tagName.toLowerCase()))],
            handlers: elements
              .flatMap((e) => [...e.attributes].map((a) => a.name))
              .filter((n) => n.startsWith('on')),
            hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
            scripts: document.scripts.length,
          };
        });
        expect(found.tags.filter((tag) => !ALLOWED_TAGS.has(tag) && tag !== 'script')).toEqual([]);
        expect(found.scripts).toBe(1); // our own alert trap only
        expect(found.handlers).toEqual([]);
        for (const href of found.hrefs) expect(href).toMatch(/^(https?:\/\/|#$)/);
      }
      await page.waitForTimeout(200);
      expect(ran).toBe(0);
      await page.close();
    },
    120_000,
  );
});
