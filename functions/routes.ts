/**
 * The route table: the single source of truth for the HTTP API. CDK builds the API Gateway
 * routes and one Lambda per group from it; the local server mounts the same handlers from it;
 * a test checks every row. Data only: nothing here imports a handler.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route. `public`: anyone, and a token if sent is read (a reader sees their own
 * pending comments in `GET /v1/comments/mine`), except on a route the CDN shares (`cache`); `reader`: a signed-in reader; `moderator` and `admin`: that role on the site
 * the request acts on (a site's team, or on every site: the Cognito groups `moderators` and
 * `admins`, the operator), checked when the handler declares the site (`useSite`).
 */
export type Access = 'public' | 'reader' | 'moderator' | 'admin';

/** A route group is one Lambda function: `functions/<group>/handler.ts`. */
export type RouteGroup =
  | 'health'
  | 'comments'
  | 'accounts'
  | 'reactions'
  | 'moderation'
  | 'sites'
  | 'archive';

export interface Route {
  method: HttpMethod;
  /** API Gateway path syntax: `{name}` for a path parameter. */
  path: string;
  group: RouteGroup;
  /** Name of the function exported by the group's `operations`. */
  operation: string;
  access: Access;
  /**
   * `shared`: the answer is the same for every caller, so the CDN keeps it a few seconds for all
   * (functions/shared/http/shared-cache.ts); the wrapper never reads a token on such a route.
   * @default none: `no-store`
   */
  cache?: 'shared';
}

/**
 * Every route, one row each. `as const` keeps each row's group and operation as literals, so a
 * handler's `operations` is typed against the table ({@link OperationsOf}).
 */
// biome-ignore format: one row per route, read as a table
export const routes = [
  { method: 'GET',    path: '/v1/health',                         group: 'health',     operation: 'health',           access: 'public' },
  { method: 'GET',    path: '/v1/comments',                       group: 'comments',   operation: 'listComments',     access: 'public', cache: 'shared' },
  { method: 'GET',    path: '/v1/comments/mine',                  group: 'comments',   operation: 'readerThread',     access: 'public' },
  { method: 'POST',   path: '/v1/comments',                       group: 'comments',   operation: 'createComment',    access: 'public' },
  { method: 'PATCH',  path: '/v1/comments/{id}',                  group: 'comments',   operation: 'editComment',      access: 'reader' },
  { method: 'DELETE', path: '/v1/comments/{id}',                  group: 'comments',   operation: 'deleteComment',    access: 'reader' },
  { method: 'GET',    path: '/v1/counts',                         group: 'comments',   operation: 'countComments',    access: 'public', cache: 'shared' },
  { method: 'GET',    path: '/v1/guests/confirm',                 group: 'comments',   operation: 'showGuestConfirmation', access: 'public' },
  { method: 'POST',   path: '/v1/guests/confirm',                 group: 'comments',   operation: 'confirmGuest',     access: 'public' },
  { method: 'DELETE', path: '/v1/warnings/{id}',                  group: 'comments',   operation: 'dismissWarning',   access: 'reader' },
  { method: 'PUT',    path: '/v1/comments/{id}/reactions/{type}', group: 'reactions',  operation: 'reactToComment',   access: 'reader' },
  { method: 'DELETE', path: '/v1/comments/{id}/reactions/{type}', group: 'reactions',  operation: 'unreactToComment', access: 'reader' },
  { method: 'PUT',    path: '/v1/pages/reactions/{type}',         group: 'reactions',  operation: 'reactToPage',      access: 'reader' },
  { method: 'DELETE', path: '/v1/pages/reactions/{type}',         group: 'reactions',  operation: 'unreactToPage',    access: 'reader' },
  { method: 'POST',   path: '/v1/auth/signup',                    group: 'accounts',   operation: 'signUp',           access: 'public' },
  { method: 'POST',   path: '/v1/auth/confirm',                   group: 'accounts',   operation: 'confirm',          access: 'public' },
  { method: 'POST',   path: '/v1/auth/resend',                    group: 'accounts',   operation: 'resend',           access: 'public' },
  { method: 'POST',   path: '/v1/auth/login',                     group: 'accounts',   operation: 'logIn',            access: 'public' },
  { method: 'POST',   path: '/v1/auth/refresh',                   group: 'accounts',   operation: 'refresh',          access: 'public' },
  { method: 'POST',   path: '/v1/auth/logout',                    group: 'accounts',   operation: 'logOut',           access: 'reader' },
  { method: 'POST',   path: '/v1/auth/logout-everywhere',         group: 'accounts',   operation: 'logOutEverywhere', access: 'reader' },
  { method: 'POST',   path: '/v1/auth/mfa',                     group: 'accounts',   operation: 'completeMfaLogin', access: 'public' },
  { method: 'POST',   path: '/v1/auth/sso',                       group: 'accounts',   operation: 'ssoLogIn',         access: 'public' },
  { method: 'POST',   path: '/v1/auth/sso/logout',                group: 'accounts',   operation: 'ssoLogOut',        access: 'reader' },
  { method: 'POST',   path: '/v1/auth/forgot',                    group: 'accounts',   operation: 'forgot',           access: 'public' },
  { method: 'POST',   path: '/v1/auth/reset',                     group: 'accounts',   operation: 'reset',            access: 'public' },
  { method: 'GET',    path: '/v1/me',                             group: 'accounts',   operation: 'getMe',            access: 'reader' },
  { method: 'PATCH',  path: '/v1/me',                             group: 'accounts',   operation: 'updateMe',         access: 'reader' },
  { method: 'DELETE', path: '/v1/me',                             group: 'accounts',   operation: 'deleteMe',         access: 'reader' },
  { method: 'GET',    path: '/v1/me/export',                      group: 'accounts',   operation: 'exportMe',         access: 'reader' },
  { method: 'POST',   path: '/v1/me/mfa/setup',                 group: 'accounts',   operation: 'setUpMfa',         access: 'reader' },
  { method: 'POST',   path: '/v1/me/mfa/verify',                group: 'accounts',   operation: 'enableMfa',        access: 'reader' },
  { method: 'POST',   path: '/v1/me/mfa/disable',               group: 'accounts',   operation: 'disableMfa',       access: 'reader' },
  { method: 'GET',    path: '/v1/me/follows',                     group: 'accounts',   operation: 'listFollows',      access: 'reader' },
  { method: 'PUT',    path: '/v1/me/follows',                     group: 'accounts',   operation: 'follow',           access: 'reader' },
  { method: 'DELETE', path: '/v1/me/follows',                     group: 'accounts',   operation: 'unfollow',         access: 'reader' },
  { method: 'POST',   path: '/v1/comments/{id}/reports',          group: 'moderation', operation: 'report',           access: 'public' },
  { method: 'GET',    path: '/v1/moderation/queue',               group: 'moderation', operation: 'queue',            access: 'moderator' },
  { method: 'GET',    path: '/v1/moderation/search',              group: 'moderation', operation: 'search',           access: 'moderator' },
  { method: 'POST',   path: '/v1/moderation/decisions',           group: 'moderation', operation: 'decide',           access: 'moderator' },
  { method: 'POST',   path: '/v1/moderation/notices/{id}',        group: 'moderation', operation: 'decideNotice',     access: 'moderator' },
  { method: 'POST',   path: '/v1/moderation/bans/{userId}',       group: 'moderation', operation: 'ban',              access: 'moderator' },
  { method: 'DELETE', path: '/v1/moderation/bans/{userId}',       group: 'moderation', operation: 'liftBan',          access: 'moderator' },
  { method: 'PUT',    path: '/v1/moderation/users/{userId}/note', group: 'moderation', operation: 'note',             access: 'moderator' },
  { method: 'GET',    path: '/v1/moderation/users/{userId}',      group: 'moderation', operation: 'history',          access: 'moderator' },
  { method: 'POST',   path: '/v1/moderation/users/{userId}/warnings', group: 'moderation', operation: 'warn',         access: 'moderator' },
  { method: 'PUT',    path: '/v1/moderation/pages',               group: 'moderation', operation: 'closePage',        access: 'moderator' },
  { method: 'PATCH',  path: '/v1/moderation/pages',               group: 'moderation', operation: 'editPage',         access: 'moderator' },
  { method: 'GET',    path: '/v1/moderation/log',                 group: 'moderation', operation: 'log',              access: 'moderator' },
  { method: 'GET',    path: '/v1/moderation/stats',               group: 'moderation', operation: 'stats',            access: 'moderator' },
  { method: 'GET',    path: '/v1/moderation/alerts',              group: 'moderation', operation: 'getAlerts',        access: 'moderator' },
  { method: 'PUT',    path: '/v1/moderation/alerts',              group: 'moderation', operation: 'saveAlerts',       access: 'moderator' },
  { method: 'GET',    path: '/v1/alerts/unsubscribe',             group: 'sites',      operation: 'showUnsubscribe',  access: 'public' },
  { method: 'POST',   path: '/v1/alerts/unsubscribe',             group: 'sites',      operation: 'unsubscribe',      access: 'public' },
  { method: 'GET',    path: '/v1/sites/{site}',                   group: 'sites',      operation: 'getSite',          access: 'admin' },
  { method: 'PUT',    path: '/v1/sites/{site}',                   group: 'sites',      operation: 'updateSite',       access: 'admin' },
  { method: 'GET',    path: '/v1/sites/{site}/sso/keys',          group: 'sites',      operation: 'listSsoKeys',      access: 'admin' },
  { method: 'POST',   path: '/v1/sites/{site}/sso/keys',          group: 'sites',      operation: 'addSsoKey',        access: 'admin' },
  { method: 'DELETE', path: '/v1/sites/{site}/sso/keys/{kid}',    group: 'sites',      operation: 'revokeSsoKey',     access: 'admin' },
  { method: 'GET',    path: '/v1/sites/{site}/team',              group: 'sites',      operation: 'listTeam',         access: 'admin' },
  { method: 'POST',   path: '/v1/sites/{site}/team',              group: 'sites',      operation: 'addTeamMember',    access: 'admin' },
  { method: 'DELETE', path: '/v1/sites/{site}/team/{userId}',     group: 'sites',      operation: 'removeTeamMember', access: 'admin' },
  { method: 'DELETE', path: '/v1/sites/{site}/team/invitations/{email}', group: 'sites', operation: 'withdrawInvitation', access: 'admin' },
  { method: 'POST',   path: '/v1/invitations/lookup',             group: 'sites',      operation: 'lookUpInvitation', access: 'public' },
  { method: 'POST',   path: '/v1/invitations/accept',             group: 'sites',      operation: 'acceptInvitation', access: 'public' },
  { method: 'POST',   path: '/v1/sites/{site}/exports',           group: 'archive',    operation: 'startExport',      access: 'admin' },
  { method: 'GET',    path: '/v1/sites/{site}/exports',           group: 'archive',    operation: 'listExports',      access: 'admin' },
  { method: 'GET',    path: '/v1/sites/{site}/exports/{id}',      group: 'archive',    operation: 'getExport',        access: 'admin' },
  { method: 'GET',    path: '/v1/webhooks',                       group: 'sites',      operation: 'listWebhooks',     access: 'admin' },
  { method: 'POST',   path: '/v1/webhooks',                       group: 'sites',      operation: 'createWebhook',    access: 'admin' },
  { method: 'DELETE', path: '/v1/webhooks/{id}',                  group: 'sites',      operation: 'deleteWebhook',    access: 'admin' },
  { method: 'POST',   path: '/v1/webhooks/{id}/test',             group: 'sites',      operation: 'testWebhook',      access: 'admin' },
  { method: 'GET',    path: '/v1/webhooks/{id}/deliveries',       group: 'sites',      operation: 'webhookDeliveries', access: 'admin' },
  { method: 'POST',   path: '/v1/webhooks/{id}/redeliveries',     group: 'sites',      operation: 'resendWebhook',    access: 'admin' },
] as const satisfies readonly Route[];

/** The operations the table names for `group`: its handler exports exactly these, no other. */
export type OperationsOf<G extends RouteGroup> = Extract<(typeof routes)[number], { group: G }>['operation'];

/** The route key API Gateway puts in `event.routeKey`. */
export const routeKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${route.path}`;

/** The routes whose answers the CDN shares between callers (their paths get a cache behaviour). */
export const sharedRoutes = (): Route[] => routes.filter((r: Route) => r.cache === 'shared');

/** Path of a group's handler module, relative to the repository root. */
export const handlerModule = (group: RouteGroup) => `functions/${group}/handler.ts`;

/** Every group named by the table, each once. */
export const routeGroups = (): RouteGroup[] => [...new Set(routes.map((r) => r.group))];
