/**
 * Fallback: the `$default` route. Answers what no route matches: CORS preflights, 405 for a
 * known path with another method (with `Allow`), and 404 for everything else.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { routes } from '../routes.js';
import { isOriginAllowed, preflightHeaders } from '../shared/http/cors.js';
import type { ErrorBody } from '../shared/http/errors.js';
import { ownOrigin } from '../shared/http/own-origin.js';
import { readQuery } from '../shared/http/request.js';
import { siteIdSchema } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';

/** Route paths as regular expressions, `{name}` matching one path segment. */
const patterns = routes.map((route) => ({
  route,
  regex: new RegExp(`^${route.path.replace(/\{[^/]+\}/g, '[^/]+')}$`),
}));

/** Methods served on a path, for `Allow` and preflights. */
export function methodsFor(path: string): string[] {
  return [...new Set(patterns.filter((p) => p.regex.test(path)).map((p) => p.route.method))];
}

function json(
  status: number,
  body: ErrorBody,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}

/**
 * A preflight names no site when the site travels in the body: the browser is then allowed to
 * send, and the actual request is refused (403) unless the site allows its origin.
 */
async function preflight(
  event: APIGatewayProxyEventV2,
  methods: string[],
): Promise<APIGatewayProxyStructuredResultV2> {
  const origin = event.headers.origin;
  if (!origin || methods.length === 0) return { statusCode: 204, headers: {} };
  const siteParam = readQuery(event).site;
  const siteId = siteIdSchema.safeParse(siteParam);
  if (siteId.success) {
    const site = await requireSite(siteId.data).catch(() => undefined);
    if (!site || !isOriginAllowed(origin, site.allowedOrigins, ownOrigin(event))) {
      return { statusCode: 204, headers: {} };
    }
  }
  return { statusCode: 204, headers: preflightHeaders(origin) };
}

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const { method, path } = event.requestContext.http;
  const methods = methodsFor(path);
  if (method === 'OPTIONS') return preflight(event, methods);
  if (methods.length > 0) {
    return json(
      405,
      {
        error: {
          code: 'method_not_allowed',
          message: `${method} is not supported on ${path}; use ${methods.join(', ')}.`,
        },
      },
      { allow: methods.join(', ') },
    );
  }
  return json(404, { error: { code: 'not_found', message: `There is nothing at ${path}.` } });
}
