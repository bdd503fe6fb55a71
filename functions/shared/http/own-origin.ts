/**
 * Shared HTTP layer: the API's own origin (scheme, host and port) as the request reached it, for
 * the CORS check (the API's own pages need no listing) and for article URLs on the API's own
 * origin (the demo article). The scheme is the one API Gateway (or the local server) puts in
 * `x-forwarded-proto`, https when absent; the host is the `Host` header, port included. API
 * Gateway only routes its own host names, so a client cannot name another host there.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { header } from './request.js';

/** `https://api.example` (or `http://127.0.0.1:3000` locally); undefined without a Host. */
export function ownOrigin(event: APIGatewayProxyEventV2): string | undefined {
  const host = header(event, 'host') ?? event.requestContext?.domainName;
  if (!host) return undefined;
  // The last value is the one the nearest proxy (API Gateway) set, should a client send its own.
  const scheme = header(event, 'x-forwarded-proto')?.split(',').pop()?.trim() || 'https';
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return undefined;
  }
}
