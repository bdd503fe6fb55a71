/**
 * Web hosting: the caching and security headers the CDN adds, as plain data (no CDK), so the local
 * server and the browser tests can send exactly what CloudFront sends. `WebHeaders`
 * (constructs/web-headers.ts) builds the response headers policies from `webFilePolicies` and
 * `securityHeaders`; `npm start` sends `webFileHeaders` (functions/local/static-files.ts).
 */

/** Browser cache of `widget.js`: its name never changes, so a deploy reaches readers within 5 minutes. */
export const entryCacheControl = 'public, max-age=300';

/** Browser cache of content-hashed files (`/chunks/*`, `/console/assets/*`): a new build gets new names. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/** Browser cache of the console's pages: always revalidated, so a moderator never runs an old console. */
export const consolePageCacheControl = 'no-cache';

/**
 * Content-Security-Policy of the moderator console: its own scripts, styles and images only, API
 * calls to its own origin (the CDN forwards `/v1/*`) or to `apiUrl`, and never framed.
 */
export function consoleContentSecurityPolicy(apiUrl?: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${apiUrl ? ` ${apiUrl}` : ''}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/**
 * Who may read the widget's files from script (`import()` of a chunk is a CORS request): anyone.
 * They are public code, fetched without credentials, and a `<script>` tag already runs them on any
 * page; the API's per-site `allowedOrigins` is what decides which pages get comments. So a new
 * site needs no CDN deploy, and `npm start` sends the same header.
 */
export const assetAllowOrigin = '*';

/** For scripts and other files: nothing they could do if opened as a page. */
export const assetContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

/** Strict-Transport-Security: two years, subdomains included. */
export const hstsMaxAgeSeconds = 730 * 24 * 60 * 60;

/** Every file is sent without a referrer: a link in a comment never learns who read it. */
export const referrerPolicy = 'no-referrer';

/** No file is ever framed (`frame-ancestors 'none'` says the same to browsers that read CSP). */
export const frameOption = 'DENY';

/** The security headers the CDN adds to every file, by lower-case name. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'strict-transport-security': `max-age=${hstsMaxAgeSeconds}; includeSubDomains`,
  'x-content-type-options': 'nosniff',
  'x-frame-options': frameOption,
  'referrer-policy': referrerPolicy,
};

/** The kinds of files the CDN serves, one response headers policy each. */
export type WebFileKind = 'widget' | 'immutable' | 'console';

/** What the CDN sends with one kind of file, besides `securityHeaders`. */
export interface WebFilePolicy {
  readonly cacheControl: string;
  readonly contentSecurityPolicy: string;
  /** Whether any origin may read it from script (`assetAllowOrigin`). */
  readonly cors: boolean;
}

/** Each kind of file's policy: `widget.js`, the content-hashed files, the console's pages. */
export function webFilePolicies(apiUrl?: string): Readonly<Record<WebFileKind, WebFilePolicy>> {
  return {
    widget: {
      cacheControl: entryCacheControl,
      contentSecurityPolicy: assetContentSecurityPolicy,
      cors: true,
    },
    immutable: {
      cacheControl: immutableCacheControl,
      contentSecurityPolicy: assetContentSecurityPolicy,
      cors: true,
    },
    console: {
      cacheControl: consolePageCacheControl,
      contentSecurityPolicy: consoleContentSecurityPolicy(apiUrl),
      cors: false,
    },
  };
}

/** Every header the CDN sends with a file of `kind`, by lower-case name. */
export function webFileHeaders(kind: WebFileKind, apiUrl?: string): Record<string, string> {
  const policy = webFilePolicies(apiUrl)[kind];
  return {
    'cache-control': policy.cacheControl,
    'content-security-policy': policy.contentSecurityPolicy,
    ...securityHeaders,
    ...(policy.cors ? { 'access-control-allow-origin': assetAllowOrigin } : {}),
  };
}

/**
 * Content-Security-Policy of the pages only the local stack serves (the demo article, the dev
 * mailbox): what a news site's page needs for the widget, with the CDN and the API on its own
 * origin. Inline styles are the page's own and the widget's, which puts its CSS in `<style>`
 * elements of its shadow root; no inline script runs.
 */
export const localPageContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers of the local-only pages: the CDN's security headers, with their own CSP. */
export function localPageHeaders(): Record<string, string> {
  return {
    'cache-control': 'no-store',
    'content-security-policy': localPageContentSecurityPolicy,
    ...securityHeaders,
  };
}
