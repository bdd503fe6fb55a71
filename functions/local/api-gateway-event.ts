/**
 * Local stack: what API Gateway does in front of the Lambdas. Matches a request against the
 * route table, builds the HTTP API v2 event (raw query string, lower-cased headers, path
 * parameters, base64 body) and maps the handler's result back.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type Route, routeKey, routes } from '../routes.js';

const compiled = routes.map((route) => {
  const names: string[] = [];
  const source = route.path.replace(/\{([^/]+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, names, regex: new RegExp(`^${source}$`) };
});

/** A path parameter, percent-decoded; a malformed escape (`%`, `%zz`) passes as sent, for validation to refuse. */
function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The route serving `method path`, with its path parameters; undefined sends it to `$default`. */
export function matchRoute(
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const { route, names, regex } of compiled) {
    if (route.method !== method) continue;
    const match = regex.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      params[name] = decodePathSegment(match[i + 1] ?? '');
    });
    return { route, params };
  }
  return undefined;
}

/** Builds the event API Gateway would pass for this request. */
export function toEvent(
  request: IncomingMessage,
  body: Buffer,
  matched: ReturnType<typeof matchRoute>,
): APIGatewayProxyEventV2 {
  const url = new URL(request.url ?? '/', 'http://local');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  // As API Gateway does, the scheme and port the request came in on, whatever the client sent:
  // the local server speaks plain HTTP.
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-port'] = String(request.socket.localPort ?? '');
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams)
    query[key] = query[key] === undefined ? value : `${query[key]},${value}`;
  const key = matched ? routeKey(matched.route) : '$default';
  const method = request.method ?? 'GET';
  const now = new Date();
  return {
    version: '2.0',
    routeKey: key,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters: matched && Object.keys(matched.params).length ? matched.params : undefined,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: key,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body.length ? body.toString('base64') : undefined,
    isBase64Encoded: body.length > 0,
  };
}

/** The status, headers and body API Gateway would send for a handler result. */
export function fromResult(result: APIGatewayProxyStructuredResultV2) {
  const body = result.body
    ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8')
    : Buffer.alloc(0);
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  return { status: result.statusCode ?? 200, headers, body };
}
