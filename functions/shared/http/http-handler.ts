/**
 * Shared HTTP layer: the one wrapper around every operation. It dispatches on the route key,
 * turns thrown errors into JSON error bodies with their status, adds CORS headers for origins
 * the site allows, and logs one line per request (never a body, an email or an address).
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type RouteGroup, routeKey, routes } from '../../routes.js';
import { logger } from '../logger.js';
import { corsHeaders, isOriginAllowed } from './cors.js';
import { AppError, type ErrorBody } from './errors.js';
import { header } from './request.js';

/** What an operation learns about the request beyond the event itself. */
export interface RequestContext {
  event: APIGatewayProxyEventV2;
  /** The browser origin, when the request came from one. */
  origin: string | undefined;
  /**
   * Declares the site the request acts on: a browser origin the site does not allow gets 403 on a
   * write and no CORS headers on any response.
   */
  useSite(site: { allowedOrigins: readonly string[] }): void;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Operation = (context: RequestContext) => Promise<Reply>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const baseHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

const transientAwsErrors = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'TransactionConflictException',
]);

function errorReply(error: unknown): Reply {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.issues) body.error.issues = error.issues;
    return { status: error.status, body, headers: error.headers };
  }
  const name = error instanceof Error ? error.name : 'unknown';
  if (transientAwsErrors.has(name)) {
    logger.warn('transient backend failure', { errorName: name });
    const body: ErrorBody = {
      error: { code: 'service_unavailable', message: 'The service is busy; try again in a moment. Nothing was saved.' },
    };
    return { status: 503, body, headers: { 'retry-after': '1' } };
  }
  logger.error('unhandled error', { errorName: name, stack: error instanceof Error ? error.stack : undefined });
  const body: ErrorBody = { error: { code: 'internal_error', message: 'Something went wrong on our side; try again.' } };
  return { status: 500, body };
}

/** Builds the Lambda handler of one route group from its operations. */
export function createHandler(group: RouteGroup, operations: Record<string, Operation>) {
  const byRouteKey = new Map<string, Operation>();
  for (const route of routes.filter((r) => r.group === group)) {
    const operation = operations[route.operation];
    if (!operation) throw new Error(`Group ${group} has no operation ${route.operation}`);
    byRouteKey.set(routeKey(route), operation);
  }

  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const started = Date.now();
    const origin = header(event, 'origin');
    const ownHost = header(event, 'host');
    let allowedOrigin: string | undefined;
    const context: RequestContext = {
      event,
      origin,
      useSite(site) {
        if (!origin) return;
        if (isOriginAllowed(origin, site.allowedOrigins, ownHost)) {
          allowedOrigin = origin;
        } else if (!SAFE_METHODS.has(event.requestContext.http.method)) {
          throw new AppError('origin_not_allowed', `This site does not accept comments from ${origin}.`);
        }
      },
    };

    let reply: Reply;
    try {
      const operation = byRouteKey.get(event.routeKey);
      if (!operation) throw new AppError('not_found', `No route ${event.routeKey}.`);
      reply = await operation(context);
    } catch (error) {
      reply = errorReply(error);
    }

    logger.info('request', {
      route: event.routeKey,
      status: reply.status,
      durationMs: Date.now() - started,
      requestId: event.requestContext.requestId,
      errorCode: (reply.body as Partial<ErrorBody> | undefined)?.error?.code,
    });
    return {
      statusCode: reply.status,
      headers: { ...baseHeaders, ...(allowedOrigin ? corsHeaders(allowedOrigin) : {}), ...reply.headers },
      body: reply.body === undefined ? '' : JSON.stringify(reply.body),
    };
  };
}
