/**
 * Sites: the settings only the operator (the Cognito group `admins`) may change, not a site's own
 * administrators: a site's team must not lift a requirement the operator put on it. Sending one
 * back unchanged is allowed (the console's form sends what GET returned).
 */
import type { Caller } from '../shared/auth/caller.js';
import { AppError } from '../shared/errors.js';
import type { Site, SiteSettings } from './schemas.js';

/** The settings of the operator alone. */
export const OPERATOR_SETTINGS = ['staffMfaRequired'] as const satisfies readonly (keyof SiteSettings)[];

/** Whether the caller is the operator: an administrator of every site. */
export const isOperator = (caller: Caller): boolean => caller.roles.includes('admin');

/** 403 `forbidden` when someone other than the operator changes an operator's setting. */
export function assertMayChange(caller: Caller, site: Site, changes: Partial<SiteSettings>): void {
  if (isOperator(caller)) return;
  const changed = OPERATOR_SETTINGS.filter((key) => changes[key] !== undefined && changes[key] !== site[key]);
  if (changed.length)
    throw new AppError('forbidden', `Only the operator can change ${changed.join(', ')}: ask them.`);
}
