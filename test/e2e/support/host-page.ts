/**
 * E2E support: a news site's article page, served on the test app's own origin (so the API is
 * same-origin, as with the demo page) through Playwright routing, with the widget's script tag.
 */
import type { Page } from 'playwright-core';
import type { TestApp } from '../../support/test-app.js';

/** How the host page is made. */
export interface HostOptions {
  site: string;
  /** `data-page`; default `article-1`, null leaves the attribute out. */
  page?: string | null;
  /** `<html lang>`. */
  lang?: string;
  /** Extra data attributes of the script tag, without the `data-` prefix. */
  data?: Record<string, string>;
  /** Inserted in `<head>` (host styles...). */
  head?: string;
  /** Inserted before the script tag (a `#reagir` element, count elements...). */
  body?: string;
  /** Leave the script tag out (for tests that render through `window.Reagir`). */
  noScript?: boolean;
  /** The script's URL; default `/widget.js` (a page of another origin gives the app's full URL). */
  widgetUrl?: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The host page's HTML. */
export function hostHtml(options: HostOptions): string {
  const page = options.page === undefined ? 'article-1' : options.page;
  const data = { site: options.site, ...(page === null ? {} : { page }), ...options.data };
  const attributes = Object.entries(data)
    .map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<!doctype html>
<html lang="${options.lang ?? 'fr'}">
<head><meta charset="utf-8"><title>Un article de test</title>${options.head ?? ''}</head>
<body>
<main><h1>Un article de test</h1><p>Le texte de l'article.</p>
${options.body ?? ''}
${options.noScript ? '' : `<script src="${options.widgetUrl ?? '/widget.js'}"${attributes} async></script>`}
</main>
</body>
</html>`;
}

/** Serves `html` at `<app>/host/<name>` for this page and opens it (with `hash`, if given). */
export async function openHost(page: Page, app: TestApp, html: string, hash = ''): Promise<string> {
  const url = `${app.url}/host/${Math.random().toString(36).slice(2)}`;
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(url + hash);
  return url;
}
