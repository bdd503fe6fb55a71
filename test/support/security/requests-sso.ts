/** Security test support: valid requests for the SSO routes (the exchange, its logout, the keys). */
import { SignJWT } from 'jose';
import { addSsoSecret } from '../../../functions/sites/sso-keys.js';
import { actorOf, type Build, simple } from './request-kit.js';
import { disposable } from './requests-accounts.js';
import type { World } from './world.js';

// The admin site's first secret, made once: each exchange cell signs a token with it.
const secrets = new WeakMap<World, Promise<{ kid: string; secret: string }>>();
const ssoSecret = (w: World) =>
  secrets.get(w) ?? secrets.set(w, addSsoSecret(w.adminSite)).get(w) ?? addSsoSecret(w.adminSite);

const now = () => Math.floor(Date.now() / 1000);

export const ssoRequests: Record<string, Build> = {
  'POST /v1/auth/sso': async (w, role) => {
    const { kid, secret } = await ssoSecret(w);
    const token = await new SignJWT({
      user: { id: 'matrix-reader', username: 'Lectrice du site' },
      iat: now(),
      exp: now() + 300,
    })
      .setProtectedHeader({ alg: 'HS256', kid })
      .sign(new TextEncoder().encode(secret));
    return { path: '/v1/auth/sso', body: { site: w.adminSite, token }, actor: actorOf(w, role) };
  },
  // Ends the caller's sessions so far: never a shared account's.
  'POST /v1/auth/sso/logout': async (w, role) => ({
    path: '/v1/auth/sso/logout',
    actor: await disposable(w, role),
  }),
  'GET /v1/sites/{site}/sso/keys': simple((w) => `/v1/sites/${w.adminSite}/sso/keys`),
  'POST /v1/sites/{site}/sso/keys': simple(
    (w) => `/v1/sites/${w.adminSite}/sso/keys`,
    () => ({ kind: 'secret' }),
  ),
  'DELETE /v1/sites/{site}/sso/keys/{kid}': async (w, role) => {
    await ssoSecret(w);
    const { kid } = await addSsoSecret(w.adminSite);
    return { path: `/v1/sites/${w.adminSite}/sso/keys/${kid}`, actor: actorOf(w, role) };
  },
};
