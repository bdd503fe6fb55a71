/**
 * Shared HTTP layer: CORS decided per site. An origin is allowed when the site lists it (or "*"),
 * or when it is the API's own origin (the widget served by the same host): the same scheme, host
 * and port, so `http://` or another port on the API's host is another origin.
 */
export function isOriginAllowed(
  origin: string,
  allowedOrigins: readonly string[],
  ownOrigin?: string,
): boolean {
  if (allowedOrigins.includes('*') || allowedOrigins.includes(origin)) return true;
  if (!ownOrigin) return false;
  try {
    return new URL(origin).origin === new URL(ownOrigin).origin;
  } catch {
    return false;
  }
}

/** Headers granting a browser on `origin` access to the response. */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'false',
    'access-control-expose-headers': 'retry-after',
    vary: 'origin',
  };
}

/** Headers answering a preflight request. */
export function preflightHeaders(origin: string): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
    'access-control-allow-headers': 'authorization,content-type,idempotency-key',
    'access-control-max-age': '600',
  };
}
