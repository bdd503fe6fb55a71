import { describe, expect, it } from 'vitest';
import { type PageContext, resolveOptions } from '../../widget/src/embed/options.js';

const page: PageContext = {
  scriptSrc: 'https://cdn.reagir.example/widget.js',
  htmlLang: 'fr',
  location: {
    origin: 'https://www.journal.example',
    pathname: '/2026/11/ecoles',
    href: 'https://www.journal.example/2026/11/ecoles?utm=x#top',
  },
  title: 'Rénovation des écoles',
};

describe('widget: embed options', () => {
  it("reads site and page, and defaults the API to the script's own origin", () => {
    expect(resolveOptions({ site: 'demo', page: 'article-42' }, page)).toEqual({
      site: 'demo',
      page: 'article-42',
      api: 'https://cdn.reagir.example',
      lang: 'fr',
      theme: 'light',
      pageTitle: 'Rénovation des écoles',
      pageUrl: 'https://www.journal.example/2026/11/ecoles',
    });
  });

  it('takes data-api without its trailing slash, data-lang, data-theme and the page title and URL', () => {
    const options = resolveOptions(
      {
        site: 'demo',
        page: 'a',
        api: 'https://api.example/prod/',
        lang: 'en',
        theme: 'dark',
        pageTitle: 'Titre',
        pageUrl: 'https://www.journal.example/a',
      },
      page,
    );
    expect(options).toMatchObject({
      api: 'https://api.example/prod',
      lang: 'en',
      theme: 'dark',
      pageTitle: 'Titre',
      pageUrl: 'https://www.journal.example/a',
    });
  });

  it('follows <html lang> when data-lang is absent', () => {
    expect(resolveOptions({ site: 'demo' }, { ...page, htmlLang: 'en-GB' }).lang).toBe('en');
  });

  it('uses the canonical URL, and the path when data-page is absent', () => {
    const options = resolveOptions(
      { site: 'demo' },
      { ...page, canonical: 'https://www.journal.example/ecoles' },
    );
    expect(options.page).toBe('/2026/11/ecoles');
    expect(options.pageUrl).toBe('https://www.journal.example/ecoles');
  });

  it('ignores an unknown theme and a page URL that is not http(s)', () => {
    const options = resolveOptions({ site: 'demo', theme: 'pink', pageUrl: 'javascript:alert(1)' }, page);
    expect(options.theme).toBe('light');
    expect(options.pageUrl).toBeUndefined();
  });
});
