/**
 * Accounts: host-site single sign-on (docs/sso.md). The publisher's back end signs a short token
 * for its logged-in reader; the widget hands it over once, and gets a Réagir session scoped to
 * that site, which every route accepts as it accepts an account's.
 */
import { markSignedOut } from '../shared/auth/session-cutoff.js';
import { issueSsoSession } from '../shared/auth/sso-session.js';
import { AppError } from '../shared/errors.js';
import { consume, hashed } from '../shared/rate-limit/rate-limit.js';
import { requireSite } from '../sites/service.js';
import { ssoKeysOf } from '../sites/sso-keys.js';
import { assertNameNotReserved } from './reserved-names.js';
import { ssoUserId } from './sso-id.js';
import { upsertSsoProfile } from './sso-profile-repository.js';
import { verifySsoToken } from './sso-token.js';
import type { SsoSession } from './types.js';

const perMinute = () => Number(process.env.AUTH_ATTEMPTS_PER_IP_PER_MINUTE ?? 20);

/** Exchanges the publisher's token for a Réagir session on `siteId`. */
export async function exchangeSsoToken(siteId: string, token: string, ip: string): Promise<SsoSession> {
  // As many exchanges per address as logins: a widget exchanges once an hour per reader.
  await consume([{ name: `sso-ip:${hashed(ip)}`, max: perMinute() * 3, windowSeconds: 60 }]);
  const site = await requireSite(siteId);
  if (!site.sso)
    throw new AppError(
      'sso_disabled',
      `Site ${site.id} does not accept its publisher's sign-in (SSO is off).`,
    );
  const claims = await verifySsoToken(token, await ssoKeysOf(site.id), {
    allowRoleClaims: site.ssoRoleClaims,
  });
  const userId = ssoUserId(site.id, claims.user.id);
  await assertNameNotReserved(claims.user.username, 'token.user.username', userId, site.id);
  const profile = await upsertSsoProfile(
    {
      userId,
      site: site.id,
      externalId: claims.user.id,
      name: claims.user.username,
      badges: claims.user.badges,
      ...(claims.user.role ? { role: claims.user.role } : {}),
      ...(claims.user.email ? { email: claims.user.email } : {}),
      issuedAt: claims.iat,
    },
    new Date().toISOString(),
  );
  // A role stored from an earlier token no longer counts once the site stops allowing them.
  const role = site.ssoRoleClaims ? profile.role : undefined;
  const session = await issueSsoSession(
    { userId, site: site.id, name: profile.name, badges: profile.badges, ...(role ? { role } : {}) },
    claims.exp,
  );
  const sites = role ? { [site.id]: role } : {};
  return { ...session, user: { id: userId, name: profile.name, badges: profile.badges, roles: [], sites } };
}

/** Ends the reader's SSO sessions: every one issued up to now is refused (session-cutoff.ts). */
export async function logOutSso(userId: string): Promise<void> {
  await markSignedOut(userId);
}
