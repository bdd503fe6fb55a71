/**
 * Browser: a session that tells the truth. A refused refresh (an expired or a revoked session),
 * a 401 on a post, blocked storage and another tab's logout or login each end in what the reader
 * sees: the logged-out state with "Votre session a expiré : reconnectez-vous" and the login form,
 * the draft intact, and no comment ever posted without the reader's token.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, bearer, createTestSite } from '../support/test-app.js';
import { createAccount, logInWithWidget, newEmail } from './support/accounts.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { commentWith } from './support/widget.js';

const PASSWORD = 'correct-horse-42';
const EXPIRED = 'Votre session a expiré : reconnectez-vous';

/** Every POST /v1/comments the page sends, to check each carried a token. */
function watchPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/comments')
      posts.push(request);
  });
  return posts;
}

/** Changes the stored session of the page's origin (the widget reads it at the next load). */
const editStoredSession = (page: Page, change: { expiresAt?: number; refreshToken?: string }) =>
  page.evaluate((next) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('reagir:session:')) ?? '';
    const session = JSON.parse(localStorage.getItem(key) ?? '{}');
    localStorage.setItem(key, JSON.stringify({ ...session, ...next }));
    return { idToken: session.idToken as string, refreshToken: session.refreshToken as string };
  }, change);

/** The logged-out state the issue asks for: the message, the login form, the draft kept. */
async function expectLoggedOut(page: Page, draft: string) {
  await page.getByText(EXPIRED).waitFor();
  await page.getByRole('heading', { name: 'Déjà inscrit(e) ?' }).waitFor();
  expect(await page.getByText(/Connecté\(e\)/).count()).toBe(0);
  expect(await page.evaluate(() => JSON.stringify(localStorage)), 'the draft is kept').toContain(draft);
}

describe.skipIf(!hasBrowser)('widget: the session', () => {
  const e2e = useE2E();

  async function signedIn(name: string, settings = {}) {
    const site = await createTestSite(settings);
    const email = newEmail('session');
    await createAccount(e2e.app, email, PASSWORD, name);
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await logInWithWidget(e2e.page, email, PASSWORD);
    await e2e.page.getByText(`Connecté(e) : ${name}`).waitFor();
    return { site, email };
  }

  it('ends an expired session whose refresh is refused: message, login form, draft kept, then posts', async () => {
    const { email } = await signedIn('Expirée');
    await e2e.page.getByLabel('Réagir à cet article').fill('Écrit avant l’expiration');
    await editStoredSession(e2e.page, { expiresAt: Date.now() - 60_000, refreshToken: 'refused-token' });
    const posts = watchPosts(e2e.page);

    await e2e.page.reload();

    await expectLoggedOut(e2e.page, 'Écrit avant l’expiration');
    await e2e.page.getByLabel('E-mail', { exact: true }).fill(email);
    await e2e.page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await e2e.page.getByRole('button', { name: 'Se connecter' }).click();
    expect(await e2e.page.getByLabel('Réagir à cet article').inputValue()).toBe('Écrit avant l’expiration');
    await e2e.page.getByRole('button', { name: 'Publier' }).click();
    await commentWith(e2e.page, 'Écrit avant l’expiration').getByText('Expirée').waitFor();
    expect(posts.map((post) => post.headers().authorization ?? 'none')).toEqual([
      expect.stringMatching(/^Bearer /),
    ]);
  });

  it('ends a revoked session (logged out through the API) once its ID token expires', async () => {
    await signedIn('Révoquée');
    await e2e.page.getByLabel('Réagir à cet article').fill('Brouillon révoqué');
    const { idToken, refreshToken } = await editStoredSession(e2e.page, { expiresAt: Date.now() - 60_000 });
    const logout = await api(e2e.app, 'POST', '/v1/auth/logout', { refreshToken }, bearer(idToken));
    expect(logout.status).toBe(204);
    const posts = watchPosts(e2e.page);

    await e2e.page.reload();

    await expectLoggedOut(e2e.page, 'Brouillon révoqué');
    expect(posts).toEqual([]);
  });

  it('keeps the draft and opens the login form when a post is answered 401', async () => {
    const { email } = await signedIn('Refusée');
    // A deleted account's unexpired tokens get 401 everywhere, and its refresh is refused.
    const login = await api(e2e.app, 'POST', '/v1/auth/login', { email, password: PASSWORD });
    expect((await api(e2e.app, 'DELETE', '/v1/me', undefined, bearer(login.body.idToken))).status).toBe(204);
    const posts = watchPosts(e2e.page);
    await e2e.page.getByLabel('Réagir à cet article').fill('Refusé par le serveur');

    await e2e.page.getByRole('button', { name: 'Publier' }).click();

    await expectLoggedOut(e2e.page, 'Refusé par le serveur');
    const stored = await e2e.page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('reagir:session:')),
    );
    expect(stored, 'the refused session is gone').toEqual([]);
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) expect(post.headers().authorization).toMatch(/^Bearer /);
  });

  it('follows a logout in another tab at once, keeping this tab’s draft', async () => {
    await signedIn('Deux onglets');
    await e2e.page.getByLabel('Réagir à cet article').fill('Brouillon du premier onglet');
    const other = await e2e.context.newPage();
    await openHost(other, e2e.app, hostHtml({ site: await createTestSite() }));
    await other.getByText('Connecté(e) : Deux onglets').waitFor();
    const posts = watchPosts(e2e.page);

    await other.getByRole('button', { name: 'Se déconnecter' }).click();

    await expectLoggedOut(e2e.page, 'Brouillon du premier onglet');
    expect(posts).toEqual([]);
  });

  it('follows a login in another tab', async () => {
    const site = await createTestSite();
    const email = newEmail('onglet');
    await createAccount(e2e.app, email, PASSWORD, 'Suivie');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await e2e.page.getByRole('button', { name: 'Se connecter' }).waitFor();
    const other = await e2e.context.newPage();
    await openHost(other, e2e.app, hostHtml({ site }));

    await logInWithWidget(other, email, PASSWORD);

    await e2e.page.getByText('Connecté(e) : Suivie').waitFor();
  });

  it('signs in and posts in memory, says a reload logs out, and a reload does', async () => {
    await e2e.context.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { configurable: true, get: blocked });
    });
    const site = await createTestSite();
    const email = newEmail('bloque');
    await createAccount(e2e.app, email, PASSWORD, 'Sans stockage');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await logInWithWidget(e2e.page, email, PASSWORD);

    await e2e.page.getByText('Connecté(e) : Sans stockage').waitFor();
    await e2e.page.getByText('vous serez déconnecté(e) en la rechargeant').waitFor();
    await e2e.page.getByLabel('Réagir à cet article').fill('Posté sans stockage');
    await e2e.page.getByRole('button', { name: 'Publier' }).click();
    await commentWith(e2e.page, 'Posté sans stockage').getByText('Sans stockage', { exact: true }).waitFor();
    await e2e.page.reload();
    await e2e.page.getByRole('button', { name: 'Se connecter' }).waitFor();
    expect(await e2e.page.getByText(/Connecté\(e\)/).count()).toBe(0);
  });
});
