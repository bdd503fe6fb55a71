/**
 * Shared HTTP layer: the wrapper of a group whose routes read no caller and no site (health). It
 * dispatches on the route key and logs the request line as http-handler.ts does, without the token
 * verifier, SSO sessions, MFA and metrics, and therefore without any AWS SDK client in its bundle.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type OperationsOf, type RouteGroup, routeKey, routes } from '../../routes.js';
import { baseHeaders, logRequest, startRequestLog } from './request-line.js';

/** What an anonymous operation answers: a status and a JSON body. */
export interface AnonymousReply {
  status: number;
  body: unknown;
}

/** A group's operations, one per row of the route table; each sees the event only. */
export type AnonymousOperations<G extends RouteGroup> = Record<
  OperationsOf<G>,
  (event: APIGatewayProxyEventV2) => Promise<AnonymousReply>
>;

/** Builds the Lambda handler of a group whose routes are all public and read no caller. */
export function createAnonymousHandler<G extends RouteGroup>(group: G, operations: AnonymousOperations<G>) {
  const byName: Partial<Record<string, (event: APIGatewayProxyEventV2) => Promise<AnonymousReply>>> =
    operations;
  const byRouteKey = new Map(
    routes.filter((r) => r.group === group).map((route) => [routeKey(route), byName[route.operation]]),
  );
  for (const route of routes.filter((r) => r.group === group)) {
    if (route.access !== 'public')
      throw new Error(`Route ${routeKey(route)} needs a caller: use createHandler`);
  }

  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const started = Date.now();
    startRequestLog(event);
    const operation = byRouteKey.get(event.routeKey);
    const reply: AnonymousReply = operation
      ? await operation(event)
      : { status: 404, body: { error: { code: 'not_found', message: `No route ${event.routeKey}.` } } };
    const errorCode = operation ? undefined : 'not_found';
    logRequest(event, reply.status, started, errorCode);
    return { statusCode: reply.status, headers: baseHeaders, body: JSON.stringify(reply.body) };
  };
}
