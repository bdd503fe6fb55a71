/** Security test support: a valid request builder for every route of the table, keyed by route key. */
import { type Route, routeKey } from '../../../functions/routes.js';
import type { Build } from './request-kit.js';
import { accountRequests } from './requests-accounts.js';
import { contentRequests } from './requests-content.js';
import { exportRequests } from './requests-exports.js';
import { mfaRequests } from './requests-mfa.js';
import { ssoRequests } from './requests-sso.js';
import { staffRequests } from './requests-staff.js';
import { teamRequests } from './requests-team.js';
import { webhookRequests } from './requests-webhooks.js';
import type { Role } from './world.js';

export type { ApiResponse, Build, Prepared } from './request-kit.js';
export { send } from './request-kit.js';

export const requests: Record<string, Build> = {
  ...contentRequests,
  ...accountRequests,
  ...staffRequests,
  ...webhookRequests,
  ...ssoRequests,
  ...teamRequests,
  ...mfaRequests,
  ...exportRequests,
};

/** The builder of a route's request; throws for a route nobody wrote one for. */
export function requestFor(route: Pick<Route, 'method' | 'path'>): Build {
  const build = requests[routeKey(route)];
  if (!build) throw new Error(`No request builder for ${routeKey(route)} in test/support/security`);
  return build;
}

/** The least privileged role a route admits: its genuine token is accepted. */
export const permittedRole = (route: Pick<Route, 'access'>): Role =>
  route.access === 'public' ? 'reader' : route.access;
