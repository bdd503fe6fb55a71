import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createTestSite } from '../support/test-app.js';
import { createAccount, focusedLabel, logInWithWidget, mailedCode, newEmail } from './support/accounts.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { commentWith } from './support/widget.js';

const PASSWORD = 'correct-horse-42';
const isAuth = (request: Request) => new URL(request.url()).pathname.startsWith('/v1/auth/');

describe.skipIf(!hasBrowser)('widget: accounts', () => {
  const e2e = useE2E();

  it('registers, confirms with the mailed code, is signed in and posts as the account, draft intact', async () => {
    const site = await createTestSite({ guests: false });
    const email = newEmail('inscription');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await e2e.page.getByLabel('Réagir à cet article').fill('Écrit avant de m’inscrire');

    await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).click();
    await e2e.page.getByRole('heading', { name: 'Pas encore inscrit(e) ?' }).waitFor();
    await expect.poll(() => focusedLabel(e2e.page)).toBe('Nom');
    await e2e.page.getByLabel('Nom', { exact: true }).fill('Zoé Martin');
    await e2e.page.getByLabel('E-mail', { exact: true }).fill(email);
    await e2e.page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).click();
    await e2e.page.getByText("Un message avec vos codes d'accès vous a été envoyé par mail").waitFor();
    await expect.poll(() => focusedLabel(e2e.page)).toBe('Code reçu par mail');
    await e2e.page.getByLabel('Code reçu par mail').fill(await mailedCode(e2e.app, email));
    await e2e.page.getByRole('button', { name: 'Valider' }).click();

    await e2e.page.getByText('Connecté(e) : Zoé Martin').waitFor();
    expect(await e2e.page.getByLabel('Réagir à cet article').inputValue()).toBe('Écrit avant de m’inscrire');
    expect(await e2e.page.getByLabel('E-mail', { exact: true }).count()).toBe(0);
    await e2e.page.getByRole('button', { name: 'Publier' }).click();
    const posted = commentWith(e2e.page, 'Écrit avant de m’inscrire');
    await posted.getByText('Zoé Martin').waitFor();
    expect(await posted.getByText('(invité·e)').count()).toBe(0);
  });

  it('keeps a comment posted while the signed-in reader’s first page is still on its way', async () => {
    const site = await createTestSite();
    const email = newEmail('course');
    await createAccount(e2e.app, email, PASSWORD, 'Rapide');
    // The signed-in reader's first page is read at once but answered after the post (as under load).
    let postAnswered = () => {};
    const answered = new Promise<void>((done) => {
      postAnswered = done;
    });
    e2e.page.on('requestfinished', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/comments')
        setTimeout(postAnswered, 300);
    });
    const held: Promise<void>[] = [];
    await e2e.page.route(/\/v1\/comments\?/, async (route) => {
      const response = await route.fetch();
      if (!route.request().headers().authorization) return route.fulfill({ response });
      const late = answered.then(() => route.fulfill({ response }));
      held.push(late);
      return late;
    });
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await logInWithWidget(e2e.page, email, PASSWORD);
    await e2e.page.getByText('Connecté(e) : Rapide').waitFor();
    await e2e.page.getByLabel('Réagir à cet article').fill('Posté avant la fin du chargement');

    await e2e.page.getByRole('button', { name: 'Publier' }).click();
    await commentWith(e2e.page, 'Posté avant la fin du chargement').waitFor();
    await answered;
    await Promise.all(held);

    await e2e.page.getByRole('heading', { name: 'Commentaires (1)' }).waitFor();
    expect(await commentWith(e2e.page, 'Posté avant la fin du chargement').count()).toBe(1);
  });

  it('closes the login form with Escape, back to the comment box with the draft', async () => {
    const site = await createTestSite();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await e2e.page.getByLabel('Réagir à cet article').fill('Je me connecterai plus tard');
    await e2e.page.getByRole('button', { name: 'Se connecter' }).click();
    await e2e.page.getByRole('heading', { name: 'Déjà inscrit(e) ?' }).waitFor();

    await e2e.page.getByLabel('E-mail', { exact: true }).press('Escape');

    await e2e.page.getByRole('heading', { name: 'Déjà inscrit(e) ?' }).waitFor({ state: 'detached' });
    await expect.poll(() => focusedLabel(e2e.page)).toBe('Réagir à cet article');
    expect(await e2e.page.getByLabel('Réagir à cet article').inputValue()).toBe(
      'Je me connecterai plus tard',
    );
  });

  it('answers the same "code sent" for an address that already has an account', async () => {
    const site = await createTestSite();
    const email = newEmail('deja');
    await createAccount(e2e.app, email, PASSWORD, 'Déjà là');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).click();
    await e2e.page.getByLabel('Nom', { exact: true }).fill('Autre');
    await e2e.page.getByLabel('E-mail', { exact: true }).fill(email);
    await e2e.page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).click();

    await e2e.page.getByText("Un message avec vos codes d'accès vous a été envoyé par mail").waitFor();
    expect(await e2e.page.getByRole('alert').count()).toBe(0);
  });

  it('says "Identifiant et/ou mot de passe non valides" for a wrong password', async () => {
    const site = await createTestSite();
    const email = newEmail('mauvais');
    await createAccount(e2e.app, email, PASSWORD, 'Camille');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await logInWithWidget(e2e.page, email, 'pas-le-bon-mot');

    await e2e.page.getByRole('alert').getByText('Identifiant et/ou mot de passe non valides').waitFor();
  });

  it('refuses a malformed e-mail at login before any request', async () => {
    const site = await createTestSite();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    const requests: Request[] = [];
    e2e.page.on('request', (request) => isAuth(request) && requests.push(request));

    await logInWithWidget(e2e.page, 'camille.example.org', PASSWORD);

    await e2e.page
      .getByRole('alert')
      .getByText("Nous n'avons pas reconnu votre email, veuillez indiquer un email valide")
      .waitFor();
    expect(requests).toHaveLength(0);
  });

  it('resets a forgotten password with the mailed code and signs in with the new one', async () => {
    const site = await createTestSite();
    const email = newEmail('oubli');
    await createAccount(e2e.app, email, PASSWORD, 'Oublieuse');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    const before = new Date().toISOString();

    await e2e.page.getByRole('button', { name: 'Se connecter' }).click();
    await e2e.page.getByRole('button', { name: 'Mot de passe oublié ?' }).click();
    await e2e.page.getByLabel('E-mail', { exact: true }).fill(email);
    await e2e.page.getByRole('button', { name: 'Recevoir un code' }).click();
    await e2e.page.getByText("Un message avec vos codes d'accès vous a été envoyé par mail").waitFor();
    await e2e.page.getByLabel('Code reçu par mail').fill(await mailedCode(e2e.app, email, before));
    await e2e.page.getByLabel('Nouveau mot de passe').fill('un-nouveau-mot-77');
    await e2e.page.getByRole('button', { name: 'Changer mon mot de passe' }).click();

    await e2e.page.getByText('Connecté(e) : Oublieuse').waitFor();
    await e2e.page.getByRole('button', { name: 'Se déconnecter' }).click();
    await logInWithWidget(e2e.page, email, 'un-nouveau-mot-77');
    await e2e.page.getByText('Connecté(e) : Oublieuse').waitFor();
  });

  it('edits and deletes its own comment: "(modifié)", then gone (no reply, so no placeholder)', async () => {
    const site = await createTestSite();
    const email = newEmail('auteur');
    await createAccount(e2e.app, email, PASSWORD, 'Autrice');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await logInWithWidget(e2e.page, email, PASSWORD);
    await e2e.page.getByText('Connecté(e) : Autrice').waitFor();
    await e2e.page.getByLabel('Réagir à cet article').fill('Premier jet');
    await e2e.page.getByRole('button', { name: 'Publier' }).click();

    await commentWith(e2e.page, 'Premier jet').getByRole('button', { name: 'Modifier' }).click();
    await e2e.page.getByRole('textbox', { name: 'Modifier' }).fill('Version corrigée');
    await e2e.page.getByRole('button', { name: 'Enregistrer' }).click();
    const edited = commentWith(e2e.page, 'Version corrigée');
    await edited.getByText('(modifié)').waitFor();

    await edited.getByRole('button', { name: 'Supprimer' }).click();
    await edited.getByRole('button', { name: 'Confirmer la suppression' }).click();
    await edited.waitFor({ state: 'detached' });
    expect(await e2e.page.getByText('Commentaire supprimé').count()).toBe(0);
    await e2e.page.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();
  });

  it('stays signed in across a reload, refreshing an expired ID token', async () => {
    const site = await createTestSite();
    const email = newEmail('session');
    await createAccount(e2e.app, email, PASSWORD, 'Fidèle');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await logInWithWidget(e2e.page, email, PASSWORD);
    await e2e.page.getByText('Connecté(e) : Fidèle').waitFor();
    expect(await e2e.page.context().cookies()).toEqual([]);
    await e2e.page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('reagir:session:')) ?? '';
      const session = JSON.parse(localStorage.getItem(key) ?? '{}');
      localStorage.setItem(key, JSON.stringify({ ...session, expiresAt: Date.now() - 1000 }));
    });
    const refreshed = e2e.page.waitForRequest(
      (request) => new URL(request.url()).pathname === '/v1/auth/refresh',
    );

    await e2e.page.reload();

    await refreshed;
    await e2e.page.getByText('Connecté(e) : Fidèle').waitFor();
    await e2e.page.getByLabel('Réagir à cet article').fill('Toujours là');
    await e2e.page.getByRole('button', { name: 'Publier' }).click();
    await commentWith(e2e.page, 'Toujours là').getByText('Fidèle').waitFor();
  });

  it('logs out and in again with the draft intact', async () => {
    const site = await createTestSite();
    const email = newEmail('brouillon');
    await createAccount(e2e.app, email, PASSWORD, 'Patiente');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await logInWithWidget(e2e.page, email, PASSWORD);
    await e2e.page.getByLabel('Réagir à cet article').fill('Pas encore fini');

    await e2e.page.getByRole('button', { name: 'Se déconnecter' }).click();
    await e2e.page.getByText('Vous êtes déconnecté(e).').waitFor();
    await logInWithWidget(e2e.page, email, PASSWORD);

    await e2e.page.getByText('Connecté(e) : Patiente').waitFor();
    expect(await e2e.page.getByLabel('Réagir à cet article').inputValue()).toBe('Pas encore fini');
  });

  it('shows the reader their own pending comment after a reload on a pre-moderated site', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    const email = newEmail('attente');
    await createAccount(e2e.app, email, PASSWORD, 'Impatient');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await logInWithWidget(e2e.page, email, PASSWORD);
    await e2e.page.getByLabel('Réagir à cet article').fill('En file');
    await e2e.page.getByRole('button', { name: 'Publier' }).click();
    await commentWith(e2e.page, 'En file').getByText('en attente de modération').waitFor();

    await e2e.page.reload();

    await commentWith(e2e.page, 'En file').getByText('en attente de modération').waitFor();
    await e2e.page.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();
  });
});
