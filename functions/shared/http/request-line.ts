/**
 * Shared HTTP layer: the one log line each request leaves (route, status, duration, API Gateway's
 * request id, error code), written by both wrappers: never a body, an email or an address.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { logger } from '../logger.js';

/** Headers of every JSON response. */
export const baseHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/** Tags every later log line of this request with API Gateway's request id, as the access log has it. */
export function startRequestLog(event: APIGatewayProxyEventV2): void {
  logger.setCorrelationId(event.requestContext.requestId);
}

/** Logs the request's line once its reply is known; `started` is `Date.now()` at its start. */
export function logRequest(
  event: APIGatewayProxyEventV2,
  status: number,
  started: number,
  errorCode: string | undefined,
): void {
  logger.info('request', {
    route: event.routeKey,
    status,
    durationMs: Date.now() - started,
    requestId: event.requestContext.requestId,
    errorCode,
  });
}
