/** Test support: a publisher's side of host-site SSO (docs/sso.md), for the SSO suites. */
import { SignJWT } from 'jose';
import type { SsoSession } from '../../functions/accounts/types.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import type { NewSsoKey } from '../../functions/sites/types.js';
import { bearer } from './test-app.js';
import type { UsedTestApp } from './use-test-app.js';

export type Claims = Record<string, unknown>;

const now = () => Math.floor(Date.now() / 1000);

/** The claims of a publisher's reader, valid for ten minutes; `more` is merged into `user`. */
export const readerClaims = (id = 'reader-1', more: Claims = {}): Claims => ({
  user: { id, username: 'Camille Abonnée', badges: ['Abonné'], email: 'camille@journal.example', ...more },
  iat: now(),
  exp: now() + 600,
});

/** Signs `claims` with an HS256 secret, as a publisher's back end does. */
export const hs256 = (secret: string, claims: Claims, header: Record<string, string> = {}) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256', ...header }).sign(new TextEncoder().encode(secret));

/** The publisher's side of SSO against one test app, its keys added by `adminToken`. */
export function ssoPublisher(t: UsedTestApp, adminToken: () => string) {
  const addKey = (site: string, body: object) =>
    t.raw<NewSsoKey & ErrorBody>('POST', `/v1/sites/${site}/sso/keys`, body, bearer(adminToken()));
  const exchange = (site: string, token: string) =>
    t.raw<SsoSession & ErrorBody>('POST', '/v1/auth/sso', { site, token });
  return {
    addKey,
    exchange,
    /** A site with SSO on and its first secret. */
    async site(settings = {}) {
      const site = await t.site(settings);
      const added = await addKey(site, { kind: 'secret' });
      if (added.status !== 201) throw new Error(`SSO key not added: ${added.status}`);
      return { site, kid: added.body.kid, secret: String(added.body.secret) };
    },
    /** A signed-in SSO reader of `site`: their session token and user. */
    async signIn(site: { site: string; secret: string }, id = 'reader-1', more: Claims = {}) {
      const answer = await exchange(site.site, await hs256(site.secret, readerClaims(id, more)));
      if (answer.status !== 200) throw new Error(`SSO exchange refused: ${answer.body.error?.code}`);
      return answer.body;
    },
  };
}
