/**
 * Embed: the widget's options, read from the script tag's data attributes and overridable by
 * `window.Reagir.render({...})`. Pure, so it is tested without a browser.
 */
import { toLang } from '../i18n/lang.js';
import type { Lang } from '../i18n/messages.js';

/** Colour scheme; `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** The widget's options, complete. */
export interface EmbedOptions {
  site: string;
  page: string;
  /** API base URL, without a trailing slash. */
  api: string;
  lang: Lang;
  theme: Theme;
  pageTitle?: string;
  /** Sent with comments so moderators can open the article; only http(s) URLs. */
  pageUrl?: string;
  /** The publisher's signed token for its logged-in reader (`data-sso-token`, docs/sso.md). */
  ssoToken?: string;
  /**
   * The publisher's own login page (`data-login-url`), where "Se connecter" leads on a site with
   * SSO; `{returnUrl}` in it is replaced by the article's address, else `returnUrl=` is added.
   */
  loginUrl?: string;
}

/** What the page tells us beyond the attributes. */
export interface PageContext {
  /** The script's own URL (its origin is the default API base). */
  scriptSrc?: string;
  htmlLang?: string;
  location: { origin: string; pathname: string; href: string };
  title?: string;
  canonical?: string;
}

/** Options from `data-*` attributes (or `render()` arguments), completed with the page's defaults. */
export function resolveOptions(
  given: Partial<Record<keyof EmbedOptions, string>>,
  page: PageContext,
): EmbedOptions {
  // Light unless asked: most news pages are light, and `auto` would put a dark box on them.
  const theme = given.theme === 'dark' || given.theme === 'auto' ? given.theme : 'light';
  const pageUrl = given.pageUrl ?? page.canonical ?? page.location.origin + page.location.pathname;
  return {
    site: given.site ?? '',
    // Without data-page the article is known by its path, which is stable for most sites.
    page: given.page || page.location.pathname,
    api: (given.api || (page.scriptSrc ? new URL(page.scriptSrc).origin : page.location.origin)).replace(
      /\/+$/,
      '',
    ),
    lang: toLang(given.lang || page.htmlLang),
    theme,
    pageTitle: (given.pageTitle ?? page.title)?.slice(0, 300) || undefined,
    pageUrl: /^https?:\/\/\S+$/.test(pageUrl) ? pageUrl.slice(0, 2048) : undefined,
    ssoToken: given.ssoToken || undefined,
    loginUrl: given.loginUrl && /^https?:\/\/\S+$/.test(given.loginUrl) ? given.loginUrl : undefined,
  };
}

/** The publisher's login page for this article: its `loginUrl` with the way back. */
export function loginHref(loginUrl: string, back: string): string {
  const encoded = encodeURIComponent(back);
  if (loginUrl.includes('{returnUrl}')) return loginUrl.replace('{returnUrl}', encoded);
  return `${loginUrl}${loginUrl.includes('?') ? '&' : '?'}returnUrl=${encoded}`;
}

/** The script tag's data attributes: `data-page-title` is `pageTitle`, the option's own name. */
export const readDataset = (
  script: HTMLScriptElement | null,
): Partial<Record<keyof EmbedOptions, string>> => ({
  ...script?.dataset,
});
