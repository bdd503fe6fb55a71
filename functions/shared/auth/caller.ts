/**
 * Who is calling: read from a verified bearer token, a Cognito ID token (a Réagir account) or a
 * Réagir SSO session (a publisher's reader, sso-session.ts). An account's roles come only from
 * `cognito:groups`, which only an administrator can change, never from attributes a user can
 * write; an SSO reader's only from a role claim its site allows, and only on that site.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { AppError } from '../errors.js';
import { header } from '../http/request.js';
import { hasMfa } from './mfa-status.js';
import { isTokenCutOff } from './session-cutoff.js';
import { siteGrantsOf } from './site-grants.js';
import { looksLikeSsoSession, verifySsoSession } from './sso-session.js';
import { verifyIdToken } from './token-verifier.js';

export type Role = 'moderator' | 'admin';

export interface Caller {
  /** `account`: a Réagir account (Cognito); `sso`: a reader the site's publisher signed in. */
  kind: 'account' | 'sso';
  userId: string;
  name: string;
  /** An account's email; '' for an SSO reader (theirs stays in the profile, for alerts only). */
  email: string;
  /**
   * Roles on every site: the operator (Cognito group `admins`) and the stage's moderators
   * (`moderators`). An SSO reader has none here.
   */
  roles: Role[];
  /** Roles on one site each: the site teams the account is in, an SSO reader's allowed claim. */
  siteRoles: Record<string, Role>;
  /** An SSO reader's site: their session is refused on any other (`sso_wrong_site`). */
  site?: string;
  /** An SSO reader's badges, from the publisher's newest token ("Abonné", "Journaliste"). */
  badges?: string[];
  /** Whether the account has TOTP MFA on; read on staff routes only (mfa-status.ts). */
  mfa?: boolean;
}

const ROLE_BY_GROUP: Record<string, Role> = { moderators: 'moderator', admins: 'admin' };

const refused = () => new AppError('unauthorized', 'Your session has expired or is not valid; log in again.');

/**
 * The caller of a request, undefined without a token, 401 `unauthorized` with a bad one. With
 * `refuseEnded`, also 401 when the token's session has ended since: its account logged out or was
 * deleted after it was issued (see session-cutoff.ts); and then with the site teams it is in (a
 * public read has the roles every site gives, and an SSO reader's, not the site teams'). With
 * `withMfa` (the staff routes), also whether the account has TOTP MFA on.
 */
export async function readCaller(
  event: APIGatewayProxyEventV2,
  options: { refuseEnded?: boolean; withMfa?: boolean } = {},
): Promise<Caller | undefined> {
  const authorization = header(event, 'authorization');
  if (!authorization) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match?.[1])
    throw new AppError('unauthorized', 'Send your session as "Authorization: Bearer <token>".');
  const { caller, issuedAt } = await verified(match[1]);
  // A public read checks neither (a token only adds the reader's own pending comments there):
  // a signed-in first page costs the requests of an anonymous one and the reader's own.
  if (!options.refuseEnded) return caller;
  const [cutOff] = await Promise.all([
    isTokenCutOff(caller.userId, issuedAt),
    withGrants(caller),
    options.withMfa && caller.kind === 'account' ? withMfa(caller) : undefined,
  ]);
  if (cutOff) throw refused();
  return caller;
}

/** Adds the site teams an account is in (an SSO reader's one site role came with the session). */
async function withGrants(caller: Caller): Promise<void> {
  if (caller.kind === 'account') caller.siteRoles = await siteGrantsOf(caller.userId);
}

async function withMfa(caller: Caller): Promise<void> {
  caller.mfa = await hasMfa(caller.userId);
}

/** The caller an ID token names, once verified, with their site roles; 401 when it does not verify. */
export async function readClaims(idToken: string): Promise<Caller> {
  const { caller } = await verified(idToken);
  await withGrants(caller);
  return caller;
}

/** The caller's roles on `site`: their roles everywhere, and the one they have there. */
export function rolesOn(caller: Caller, site: string): Role[] {
  const here = caller.siteRoles[site];
  const roles = new Set<Role>(caller.roles);
  if (here) roles.add(here);
  if (roles.has('admin')) roles.add('moderator');
  return [...roles];
}

/** Whether the caller has `role` on some site (the route-level check; the site's comes after). */
export const hasRoleSomewhere = (caller: Caller, role: Role): boolean =>
  caller.roles.includes(role) ||
  caller.roles.includes('admin') ||
  Object.values(caller.siteRoles).some((r) => r === role || r === 'admin');

/** The caller of a verified SSO session, and when it was issued. */
async function verifiedSso(token: string): Promise<{ caller: Caller; issuedAt: number }> {
  let session: Awaited<ReturnType<typeof verifySsoSession>>;
  try {
    session = await verifySsoSession(token);
  } catch {
    throw refused();
  }
  const { userId, name, site, badges, role, issuedAt } = session;
  const siteRoles: Record<string, Role> = role ? { [site]: role } : {};
  return { caller: { kind: 'sso', userId, name, email: '', roles: [], siteRoles, site, badges }, issuedAt };
}

/** The caller of a verified token and when it was issued (`iat`, epoch seconds). */
async function verified(idToken: string): Promise<{ caller: Caller; issuedAt: number }> {
  if (looksLikeSsoSession(idToken)) return verifiedSso(idToken);
  let claims: Awaited<ReturnType<typeof verifyIdToken>>;
  try {
    claims = await verifyIdToken(idToken);
  } catch {
    throw refused();
  }
  const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as string[]) : [];
  const roles = [...new Set(groups.map((g) => ROLE_BY_GROUP[g]).filter((r): r is Role => r !== undefined))];
  if (roles.includes('admin') && !roles.includes('moderator')) roles.push('moderator');
  const caller: Caller = {
    kind: 'account',
    userId: String(claims.sub),
    name: typeof claims.name === 'string' && claims.name ? claims.name : 'Lecteur',
    email: typeof claims.email === 'string' ? claims.email : '',
    roles,
    siteRoles: {},
  };
  // aws-jwt-verify has checked `exp`, not `iat`: a token without one counts as the oldest.
  return { caller, issuedAt: typeof claims.iat === 'number' ? claims.iat : 0 };
}
