/**
 * Browser: the widget's alert settings (issue 15, point 1). A signed-in reader follows the article
 * from the thread ("Suivre cet article", a toggle), finds it in "Mon compte" under "Articles
 * suivis", unfollows it there, and saves the reply alerts with the widget's language; in French
 * and in English. The follow state of a reload comes in the thread's own answer.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, bearer, createTestSite } from '../support/test-app.js';
import { createAccount, newEmail } from './support/accounts.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { commentWith } from './support/widget.js';

const PASSWORD = 'correct-horse-42';

const TEXTS = {
  fr: {
    login: 'Se connecter',
    email: 'E-mail',
    password: 'Mot de passe',
    signedIn: (name: string) => `Connecté(e) : ${name}`,
    box: 'Réagir à cet article',
    publish: 'Publier',
    follow: 'Suivre cet article',
    followed: 'Vous suivez cet article',
    account: 'Mon compte',
    follows: 'Articles suivis',
    unfollow: 'Ne plus suivre',
    unfollowed: 'Vous ne suivez plus cet article.',
    none: 'Vous ne suivez aucun article.',
    close: 'Fermer',
    replies: "M'avertir par e-mail des réponses à mes commentaires",
    saved: 'Vos alertes sont enregistrées.',
  },
  en: {
    login: 'Log in',
    email: 'Email',
    password: 'Password',
    signedIn: (name: string) => `Logged in as ${name}`,
    box: 'Comment on this article',
    publish: 'Post',
    follow: 'Follow this article',
    followed: 'You follow this article',
    account: 'My account',
    follows: 'Followed articles',
    unfollow: 'Unfollow',
    unfollowed: 'You no longer follow this article.',
    none: 'You follow no article.',
    close: 'Close',
    replies: 'Email me when someone replies to my comments',
    saved: 'Your alerts have been saved.',
  },
} as const;

describe.skipIf(!hasBrowser)('widget: following an article, and the alert settings', () => {
  const e2e = useE2E();

  async function logIn(page: Page, lang: 'fr' | 'en', email: string, name: string) {
    const t = TEXTS[lang];
    await page.getByRole('button', { name: t.login }).click();
    await page.getByLabel(t.email, { exact: true }).fill(email);
    await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: t.login }).click();
    await page.getByText(t.signedIn(name)).waitFor();
  }

  it.each(['fr', 'en'] as const)(
    'follows from the thread, sees it in the account screen, unfollows there, saves replies (%s)',
    async (lang) => {
      const t = TEXTS[lang];
      const site = await createTestSite();
      const email = newEmail(`suivi-${lang}`);
      const name = lang === 'fr' ? 'Lectrice Fidèle' : 'Loyal Reader';
      await createAccount(e2e.app, email, PASSWORD, name);
      const html = hostHtml({ site, lang });
      await openHost(e2e.page, e2e.app, html);
      await logIn(e2e.page, lang, email, name);
      // A comment names the article (its title and URL, from the host page).
      await e2e.page.getByLabel(t.box).fill(lang === 'fr' ? 'Un avis' : 'A view');
      await e2e.page.getByRole('button', { name: t.publish }).click();
      await commentWith(e2e.page, lang === 'fr' ? 'Un avis' : 'A view').waitFor();
      const button = e2e.page.getByRole('button', { name: t.follow });
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');

      await button.click();

      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      await e2e.page.getByText(t.followed).waitFor();
      const token = String(
        (await api(e2e.app, 'POST', '/v1/auth/login', { email, password: PASSWORD })).body.idToken,
      );
      const listed = await api(e2e.app, 'GET', `/v1/me/follows?site=${site}`, undefined, bearer(token));
      expect(listed.body.follows.map((f: { page: string }) => f.page)).toEqual(['article-1']);

      // Reloaded, the thread's answer says it is followed: no request to /v1/me/follows for it.
      const followRequests: Request[] = [];
      e2e.page.on('request', (r) => new URL(r.url()).pathname === '/v1/me/follows' && followRequests.push(r));
      await openHost(e2e.page, e2e.app, html);
      const again = e2e.page.getByRole('button', { name: t.follow });
      await expect.poll(() => again.getAttribute('aria-pressed')).toBe('true');
      expect(followRequests).toEqual([]);

      await e2e.page.getByRole('button', { name: t.account }).click();
      await e2e.page.getByRole('heading', { name: t.follows }).waitFor();
      const link = e2e.page.getByRole('link', { name: 'Un article de test' });
      expect(await link.getAttribute('href')).toMatch(/^http.*\/host\//);
      await e2e.page.getByRole('button', { name: `${t.unfollow} : Un article de test` }).click();
      await e2e.page.getByText(t.unfollowed).waitFor();
      await e2e.page.getByText(t.none).waitFor();
      const after = await api(e2e.app, 'GET', `/v1/me/follows?site=${site}`, undefined, bearer(token));
      expect(after.body.follows).toEqual([]);

      const patches: Request[] = [];
      e2e.page.on('request', (r) => r.method() === 'PATCH' && patches.push(r));
      const replies = e2e.page.getByRole('checkbox', { name: t.replies });
      await expect.poll(() => replies.isChecked()).toBe(true);
      await replies.uncheck();
      await e2e.page.getByText(t.saved).waitFor();
      expect(patches.map((r) => r.postDataJSON())).toEqual([{ alerts: { replies: false }, language: lang }]);
      const me = await api(e2e.app, 'GET', '/v1/me', undefined, bearer(token));
      expect(me.body.user.alerts).toEqual({ replies: false });

      await e2e.page.getByRole('button', { name: t.close }).click();
      await expect
        .poll(() => e2e.page.getByRole('button', { name: t.follow }).getAttribute('aria-pressed'))
        .toBe('false');
    },
  );

  it('shows no follow button to a reader who is not signed in', async () => {
    const site = await createTestSite();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await e2e.page.getByRole('button', { name: 'Se connecter' }).waitFor();
    expect(await e2e.page.getByRole('button', { name: 'Suivre cet article' }).count()).toBe(0);
  });
});
