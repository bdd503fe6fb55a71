/**
 * Web hosting: the caching and security headers the CDN adds, as plain data (no CDK), so the local
 * server and the browser tests can send exactly what CloudFront sends.
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
