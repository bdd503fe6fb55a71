/** Security test support: valid requests for the account routes, per role. */
import { expect } from 'vitest';
import { api, bearer } from '../test-app.js';
import { actorOf, type Build, next, query, simple } from './request-kit.js';
import { type Account, account, ban, PASSWORD, type Role, uniqueEmail, type World } from './world.js';

/** A fresh account of the role, for a cell that ends it. */
export async function disposable(w: World, role: Role): Promise<Account | undefined> {
  if (role === 'anonymous') return undefined;
  const groups = role === 'moderator' ? ['moderators'] : role === 'admin' ? ['admins'] : [];
  const fresh = await account(w.app, groups, w.emails);
  if (role === 'banned') await ban(w, fresh.userId);
  return fresh;
}

/** A new, unconfirmed sign-up; its email and the code mailed to it. */
async function signedUp(w: World): Promise<{ email: string; code: string | undefined }> {
  const email = uniqueEmail('confirm');
  w.emails.add(email);
  await api(w.app, 'POST', '/v1/auth/signup', { email, password: PASSWORD, name: 'À confirmer' });
  return { email, code: w.app.mailbox.latestCode(email) };
}

export const accountRequests: Record<string, Build> = {
  'POST /v1/auth/signup': async (w, role) => {
    const email = uniqueEmail('signup');
    w.emails.add(email);
    return {
      path: '/v1/auth/signup',
      body: { email, password: PASSWORD, name: 'Nouvelle' },
      actor: actorOf(w, role),
    };
  },
  'POST /v1/auth/confirm': async (w, role) => ({
    path: '/v1/auth/confirm',
    body: await signedUp(w),
    actor: actorOf(w, role),
  }),
  'POST /v1/auth/resend': async (w, role) => ({
    path: '/v1/auth/resend',
    body: { email: (await signedUp(w)).email },
    actor: actorOf(w, role),
  }),
  'POST /v1/auth/login': async (w, role) => ({
    path: '/v1/auth/login',
    body: { email: w.loginAccount.email, password: PASSWORD },
    actor: actorOf(w, role),
    ownEmail: w.loginAccount.email,
  }),
  'POST /v1/auth/refresh': async (w, role) => ({
    path: '/v1/auth/refresh',
    body: { refreshToken: w.loginAccount.refreshToken },
    actor: actorOf(w, role),
    ownEmail: w.loginAccount.email,
  }),
  // A logout refuses every ID token of the account issued so far: never a shared account's.
  'POST /v1/auth/logout': async (w, role) => {
    const actor = await disposable(w, role);
    // The caller's own session (a fresh reader's for an anonymous call, which must not end it).
    const session = actor ?? (await account(w.app, [], w.emails));
    return { path: '/v1/auth/logout', body: { refreshToken: session.refreshToken }, actor };
  },
  'POST /v1/auth/logout-everywhere': async (w, role) => {
    const actor = await disposable(w, role);
    return {
      path: '/v1/auth/logout-everywhere',
      actor,
      async after(res) {
        if (res.status !== 204 || !actor) return;
        const refreshed = await api(w.app, 'POST', '/v1/auth/refresh', { refreshToken: actor.refreshToken });
        expect(refreshed.status).toBe(401);
      },
    };
  },
  'POST /v1/auth/forgot': simple(
    () => '/v1/auth/forgot',
    (w) => ({ email: w.loginAccount.email }),
  ),
  'POST /v1/auth/reset': async (w, role) => {
    const target = await account(w.app, [], w.emails);
    await api(w.app, 'POST', '/v1/auth/forgot', { email: target.email });
    const code = w.app.mailbox.latestCode(target.email);
    return {
      path: '/v1/auth/reset',
      body: { email: target.email, code, password: `${PASSWORD} bis` },
      actor: actorOf(w, role),
    };
  },
  'GET /v1/me': simple(() => '/v1/me'),
  'PATCH /v1/me': simple(
    () => '/v1/me',
    () => ({ alerts: { replies: false } }),
  ),
  'DELETE /v1/me': async (w, role) => {
    const actor = await disposable(w, role);
    return {
      path: '/v1/me',
      actor,
      async after(res) {
        if (res.status !== 204 || !actor) return;
        const login = await api(w.app, 'POST', '/v1/auth/login', { email: actor.email, password: PASSWORD });
        expect(login.body.error.code).toBe('invalid_credentials');
      },
    };
  },
  'GET /v1/me/export': simple(() => '/v1/me/export'),
  'GET /v1/me/follows': simple((w) => `/v1/me/follows${query({ site: w.site })}`),
  'PUT /v1/me/follows': simple((w) => `/v1/me/follows${query({ site: w.site, page: `suivi-${next()}` })}`),
  // Following first, so the cell unfollows what the caller followed.
  'DELETE /v1/me/follows': async (w, role) => {
    const actor = actorOf(w, role);
    const path = `/v1/me/follows${query({ site: w.site, page: `suivi-${next()}` })}`;
    if (actor) await api(w.app, 'PUT', path, undefined, bearer(actor.idToken));
    return { path, actor };
  },
};
