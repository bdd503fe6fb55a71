/** Security test support: valid requests for the TOTP MFA routes, per role, on fresh accounts. */
import { api, bearer } from '../test-app.js';
import { totp } from '../totp.js';
import type { Build } from './request-kit.js';
import { disposable } from './requests-accounts.js';
import { type Account, account, PASSWORD } from './world.js';

/** Sets TOTP up on the account; its secret. */
async function setUp(w: Parameters<Build>[0], actor: Account): Promise<string> {
  const res = await api(
    w.app,
    'POST',
    '/v1/me/mfa/setup',
    { accessToken: actor.accessToken },
    bearer(actor.idToken),
  );
  if (res.status !== 200) throw new Error(`MFA set-up answered ${res.status}`);
  return String(res.body.secret);
}

/** Turns TOTP on for the account; its secret. */
async function turnOn(w: Parameters<Build>[0], actor: Account): Promise<string> {
  const secret = await setUp(w, actor);
  const body = { accessToken: actor.accessToken, code: totp(secret) };
  const res = await api(w.app, 'POST', '/v1/me/mfa/verify', body, bearer(actor.idToken));
  if (res.status !== 200) throw new Error(`MFA verify answered ${res.status}`);
  return secret;
}

// Fresh accounts each time: a shared actor with TOTP on would be asked for a code at its logins.
export const mfaRequests: Record<string, Build> = {
  'POST /v1/auth/mfa': async (w, role) => {
    const target = await account(w.app, [], w.emails);
    const secret = await turnOn(w, target);
    const login = await api(w.app, 'POST', '/v1/auth/login', { email: target.email, password: PASSWORD });
    const actor = await disposable(w, role);
    return {
      path: '/v1/auth/mfa',
      body: { email: target.email, session: login.body.session, code: totp(secret) },
      actor,
      ownEmail: target.email,
    };
  },
  'POST /v1/me/mfa/setup': async (w, role) => {
    const actor = await disposable(w, role);
    return { path: '/v1/me/mfa/setup', body: { accessToken: actor?.accessToken ?? 'none' }, actor };
  },
  'POST /v1/me/mfa/verify': async (w, role) => {
    const actor = await disposable(w, role);
    const code = actor ? totp(await setUp(w, actor)) : '000000';
    return { path: '/v1/me/mfa/verify', body: { accessToken: actor?.accessToken ?? 'none', code }, actor };
  },
  'POST /v1/me/mfa/disable': async (w, role) => {
    const actor = await disposable(w, role);
    if (actor) await turnOn(w, actor);
    return {
      path: '/v1/me/mfa/disable',
      body: { accessToken: actor?.accessToken ?? 'none', password: PASSWORD },
      actor,
    };
  },
};
