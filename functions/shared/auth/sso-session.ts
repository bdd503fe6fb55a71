/**
 * Réagir's own session for a publisher's reader (host-site SSO, docs/sso.md): a short HS256 JWT
 * that `POST /v1/auth/sso` signs once the publisher's token verified. HS256 because only Réagir
 * signs and verifies it, with the stage's key (session-secret.ts). It names one site: the HTTP
 * layer refuses it on any other (`sso_wrong_site`).
 */
import { randomBytes } from 'node:crypto';
import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import { sessionSecret } from './session-secret.js';

/** The `iss` of an SSO session: how the API tells it from a Cognito ID token. */
export const SSO_SESSION_ISSUER = 'reagir:sso';
const AUDIENCE = 'reagir';

/** The longest an SSO session lives, in seconds; the widget asks the page for a new token after. */
export const SSO_SESSION_SECONDS = 3600;

export interface SsoSessionClaims {
  userId: string;
  site: string;
  name: string;
  badges: string[];
  role?: 'moderator' | 'admin';
}

export interface VerifiedSsoSession extends SsoSessionClaims {
  issuedAt: number;
}

/** Signs a session that ends at `expiresAt` (epoch seconds) at the latest, an hour from now at most. */
export async function issueSsoSession(
  claims: SsoSessionClaims,
  expiresAt: number,
  now = Math.floor(Date.now() / 1000),
): Promise<{ token: string; expiresIn: number }> {
  // A publisher's token accepted within the clock leeway may be past its exp: give it a minute.
  const exp = Math.max(Math.min(expiresAt, now + SSO_SESSION_SECONDS), now + 60);
  const token = await new SignJWT({
    site: claims.site,
    name: claims.name,
    badges: claims.badges,
    ...(claims.role ? { role: claims.role } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(SSO_SESSION_ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(claims.userId)
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .setJti(randomBytes(12).toString('base64url'))
    .sign(await sessionSecret());
  return { token, expiresIn: exp - now };
}

/** Whether a bearer token claims to be an SSO session (unverified: only to pick the verifier). */
export function looksLikeSsoSession(token: string): boolean {
  try {
    return decodeJwt(token).iss === SSO_SESSION_ISSUER;
  } catch {
    return false;
  }
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The session's claims once its signature, issuer, audience and expiry check; throws otherwise. */
export async function verifySsoSession(token: string): Promise<VerifiedSsoSession> {
  const { payload } = await jwtVerify(token, await sessionSecret(), {
    algorithms: ['HS256'],
    issuer: SSO_SESSION_ISSUER,
    audience: AUDIENCE,
    requiredClaims: ['sub', 'exp', 'iat'],
  });
  if (typeof payload.site !== 'string' || typeof payload.name !== 'string' || !payload.sub)
    throw new Error('SSO session without site or name');
  const role = payload.role === 'moderator' || payload.role === 'admin' ? payload.role : undefined;
  return {
    userId: payload.sub,
    site: payload.site,
    name: payload.name,
    badges: strings(payload.badges),
    ...(role ? { role } : {}),
    issuedAt: payload.iat ?? 0,
  };
}
