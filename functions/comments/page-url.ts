/**
 * Comments: whether a URL may name an article of a site. A page record's URL is shown to moderators
 * as a link, so it must lead to the site itself: its origin (scheme, host and port) is one the site
 * lists in `allowedOrigins`, or the API's own (the local demo article is served by the API). A site
 * listing `*` accepts any origin; a comment's URL must then be on the origin its browser is on (the
 * request's `Origin`), so the list's "anyone may embed" does not become "anyone may link anywhere".
 */

/** Who claims the URL: a comment's browser (its Origin header), or a moderator. */
export interface UrlClaim {
  /** The request's `Origin` header, when a browser sent it. */
  requestOrigin?: string;
  /** The API's own origin, as the request reached it. */
  ownOrigin?: string;
  /** A moderator's edit: on a `*` site any web URL is theirs to choose (and is logged). */
  moderator?: boolean;
}

/** The origin of a web (http or https) URL, normalised (lower-case host, no default port). */
export function webOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** True when `url` may name an article of a site that allows `allowedOrigins`. */
export function isSiteUrl(url: string, allowedOrigins: readonly string[], claim: UrlClaim): boolean {
  const origin = webOrigin(url);
  if (!origin) return false;
  if (origin === webOrigin(claim.ownOrigin)) return true;
  if (allowedOrigins.some((allowed) => allowed !== '*' && webOrigin(allowed) === origin)) return true;
  if (!allowedOrigins.includes('*')) return false;
  return claim.moderator === true || origin === webOrigin(claim.requestOrigin);
}
