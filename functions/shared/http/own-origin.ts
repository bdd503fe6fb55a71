/**
 * Shared HTTP layer: the API's own origin (scheme, host and port) as the request reached it. On AWS
 * API Gateway answers on HTTPS only and says so in `x-forwarded-proto`; the local server speaks
 * plain HTTP on the loopback interface and sets no such header.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { header } from './request.js';

/** `https://api.example` (or `http://127.0.0.1:3000` locally); undefined without a Host. */
export function ownOrigin(event: APIGatewayProxyEventV2): string | undefined {
  const host = header(event, 'host') ?? event.requestContext?.domainName;
  if (!host) return undefined;
  const scheme = header(event, 'x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return undefined;
  }
}
