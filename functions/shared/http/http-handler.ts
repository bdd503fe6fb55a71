/**
 * Shared HTTP layer: the one wrapper around every operation. It dispatches on the route key,
 * turns thrown errors into JSON error bodies with their status, adds CORS headers for origins
 * the site allows, and logs one line per request (never a body, an email or an address).
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  type Access,
  type OperationsOf,
  type Route,
  type RouteGroup,
  routeKey,
  routes,
} from '../../routes.js';
import { type Caller, hasRoleSomewhere, readCaller, rolesOn } from '../auth/caller.js';
import { AppError } from '../errors.js';
import { logger } from '../logger.js';
import { recordRequest } from '../metrics.js';
import { corsHeaders, isOriginAllowed } from './cors.js';
import { type ErrorBody, errorStatuses } from './errors.js';
import { ownOrigin } from './own-origin.js';
import { header } from './request.js';
import { baseHeaders, logRequest, startRequestLog } from './request-line.js';
import { sharedAnswer } from './shared-cache.js';

/** What an operation learns about the request beyond the event itself. */
export interface RequestContext {
  event: APIGatewayProxyEventV2;
  /** The signed-in caller, verified from the Bearer token; undefined for an anonymous request. */
  caller: Caller | undefined;
  /** The browser origin, when the request came from one. */
  origin: string | undefined;
  /**
   * Declares the site the request acts on: a browser origin the site does not allow gets 403 on a
   * write and no CORS headers on any response; an SSO session of another site gets 403.
   */
  useSite(site: DeclaredSite): void;
}

/** What the wrapper reads of a declared site (a `Site` is one). */
export interface DeclaredSite {
  id: string;
  allowedOrigins: readonly string[];
  /** The operator requires TOTP MFA of the site's staff (functions/sites/schemas.ts). */
  staffMfaRequired?: boolean;
}

export interface Reply {
  status: number;
  body?: unknown;
  /** A body sent as it is, not as JSON (a CSV export): its `content-type` goes in `headers`. */
  text?: string;
  headers?: Record<string, string>;
}

export type Operation = (context: RequestContext) => Promise<Reply>;

/**
 * A group's `operations`: exactly the ones its rows of the route table name, so a row without
 * its operation, or an operation no row serves, fails the type check.
 */
export type Operations<G extends RouteGroup> = Record<OperationsOf<G>, Operation>;

/** The caller of a route that requires one (its access level already refused anonymous calls). */
export function requireCaller(context: RequestContext): Caller {
  if (!context.caller) throw new AppError('unauthorized', 'Log in to do this.');
  return context.caller;
}

const notModerator = () => new AppError('forbidden', 'Only moderators of this site can do this.');
const notAdmin = () => new AppError('forbidden', 'Only administrators of this site can do this.');

/**
 * Refuses a caller the route's access level does not admit: staff routes need the role on some
 * site here, and on the very site the request acts on when it declares it (`useSite`).
 */
function checkAccess(access: Access, caller: Caller | undefined): void {
  if (access === 'public') return;
  if (!caller) throw new AppError('unauthorized', 'Log in to do this.');
  if (access === 'moderator' && !hasRoleSomewhere(caller, 'moderator')) throw notModerator();
  if (access === 'admin' && !hasRoleSomewhere(caller, 'admin')) throw notAdmin();
}

const isStaffRoute = (access: Access) => access === 'moderator' || access === 'admin';

/**
 * Refuses a staff route on a site where the caller does not have the route's role, or has no TOTP
 * MFA where the site requires it (an SSO reader's role claim neither: Réagir cannot see their
 * second factor).
 */
function checkAccessOn(access: Access, caller: Caller | undefined, site: DeclaredSite): void {
  if (!isStaffRoute(access)) return;
  const roles = caller ? rolesOn(caller, site.id) : [];
  if (!roles.includes(access)) throw access === 'admin' ? notAdmin() : notModerator();
  if (site.staffMfaRequired && !caller?.mfa)
    throw new AppError(
      'mfa_required',
      "This site requires two-step sign-in of its staff: turn it on in the console's Security page, then try again.",
    );
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

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
    if (error.params) body.error.params = error.params;
    return { status: errorStatuses[error.code], body, headers: error.headers };
  }
  const name = error instanceof Error ? error.name : 'unknown';
  if (transientAwsErrors.has(name)) {
    logger.warn('transient backend failure', { errorName: name });
    const body: ErrorBody = {
      error: {
        code: 'service_unavailable',
        message: 'The service is busy; try again in a moment. Nothing was saved.',
      },
    };
    return { status: 503, body, headers: { 'retry-after': '1' } };
  }
  logger.error('unhandled error', {
    errorName: name,
    stack: error instanceof Error ? error.stack : undefined,
  });
  const body: ErrorBody = {
    error: { code: 'internal_error', message: 'Something went wrong on our side; try again.' },
  };
  return { status: 500, body };
}

/** Options of a group's handler. */
export interface HandlerOptions {
  /**
   * Declares the request's site before its token is read, for routes that name their site only
   * in the query (the account routes' `?site=`): a refused token's 401 then carries the site's
   * CORS headers, so the widget reads it instead of the browser hiding it.
   */
  declareSite?(context: RequestContext): Promise<void>;
}

/** Builds the Lambda handler of one route group from its operations. */
export function createHandler<G extends RouteGroup>(
  group: G,
  operations: Operations<G>,
  options: HandlerOptions = {},
) {
  const byName: Partial<Record<string, Operation>> = operations;
  const byRouteKey = new Map<string, { operation: Operation; access: Access; shared: boolean }>();
  for (const route of routes.filter((r: Route) => r.group === group) as Route[]) {
    const operation = byName[route.operation];
    if (!operation) throw new Error(`Group ${group} has no operation ${route.operation}`);
    byRouteKey.set(routeKey(route), { operation, access: route.access, shared: route.cache === 'shared' });
  }

  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const started = Date.now();
    startRequestLog(event);
    const origin = header(event, 'origin');
    const own = ownOrigin(event);
    let allowedOrigin: string | undefined;
    let declared: DeclaredSite | undefined;
    const route = byRouteKey.get(event.routeKey);
    const checkCallerOn = (site: DeclaredSite) => {
      // A publisher's reader is signed in on that publisher's site only.
      if (context.caller?.kind === 'sso' && context.caller.site !== site.id)
        throw new AppError('sso_wrong_site', 'This session was opened on another site; log in on this one.');
      // A moderator of one site is not one of another: every staff route names its site here.
      if (route) checkAccessOn(route.access, context.caller, site);
    };
    const context: RequestContext = {
      event,
      caller: undefined,
      origin,
      useSite(site) {
        declared = site;
        checkCallerOn(site);
        if (!origin) return;
        if (isOriginAllowed(origin, site.allowedOrigins, own)) {
          allowedOrigin = origin;
        } else if (!SAFE_METHODS.has(event.requestContext.http.method)) {
          throw new AppError('origin_not_allowed', `This site does not accept comments from ${origin}.`);
        }
      },
    };

    let reply: Reply;
    try {
      if (!route) throw new AppError('not_found', `No route ${event.routeKey}.`);
      // A still-valid token of a deleted or logged-out account is refused everywhere but on public reads.
      const refuseEnded = route.access !== 'public' || !SAFE_METHODS.has(event.requestContext.http.method);
      await options.declareSite?.(context);
      // A shared answer never depends on who asks: its token, if any, is not even read.
      context.caller = route.shared
        ? undefined
        : await readCaller(event, { refuseEnded, withMfa: isStaffRoute(route.access) });
      // A site declared before the caller was known: the caller's checks on it come now.
      if (declared) checkCallerOn(declared);
      checkAccess(route.access, context.caller);
      reply = await route.operation(context);
    } catch (error) {
      reply = errorReply(error);
    }

    const errorCode = (reply.body as Partial<ErrorBody> | undefined)?.error?.code;
    recordRequest(event.routeKey, reply.status, errorCode, reply.body);
    const body = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    const shared = route?.shared
      ? sharedAnswer(reply.status, body, header(event, 'if-none-match'))
      : undefined;
    logRequest(event, shared?.status ?? reply.status, started, errorCode);
    return {
      statusCode: shared?.status ?? reply.status,
      headers: {
        ...baseHeaders,
        ...(allowedOrigin ? corsHeaders(allowedOrigin) : {}),
        ...reply.headers,
        ...shared?.headers,
      },
      body: shared?.body ?? body,
    };
  };
}
