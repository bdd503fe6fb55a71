/**
 * Browser: "Mon compte" end to end (rename, alerts, export, logging out everywhere, deletion,
 * closing) and the sign-up form's field-level errors.
 */
import { readFile } from 'node:fs/promises';
import type { Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, staff } from '../support/test-app.js';
import { createAccount, focusedLabel, logInWithWidget, newEmail } from './support/accounts.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { commentWith } from './support/widget.js';

const PASSWORD = 'correct-horse-42';

describe.skipIf(!hasBrowser)('widget: Mon compte, and the sign-up form', () => {
  const e2e = useE2E();
  // Before any sign-up of this file: the reserved names are read once, then cached for minutes.
  beforeAll(() => staff(e2e.app, ['moderators'], 'Modératrice Réservée'));

  /** A signed-in reader on a fresh site, optionally with a comment posted. */
  async function signedIn(name: string, comment?: string) {
    const site = await createTestSite();
    const email = newEmail('compte');
    await createAccount(e2e.app, email, PASSWORD, name);
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await logInWithWidget(e2e.page, email, PASSWORD);
    await e2e.page.getByText(`Connecté(e) : ${name}`).waitFor();
    if (comment) {
      await e2e.page.getByLabel('Réagir à cet article').fill(comment);
      await e2e.page.getByRole('button', { name: 'Publier' }).click();
      await commentWith(e2e.page, comment).waitFor();
    }
    await e2e.page.getByRole('button', { name: 'Mon compte' }).click();
    await e2e.page.getByRole('heading', { name: 'Mon compte' }).waitFor();
    return { site, email };
  }

  const idToken = async (email: string) =>
    String((await api(e2e.app, 'POST', '/v1/auth/login', { email, password: PASSWORD })).body.idToken);

  it('renames the reader: the account line and the next comment carry the new name, the old one keeps its', async () => {
    await signedIn('Ancien Nom', 'Écrit sous l’ancien nom');
    expect(await focusedLabel(e2e.page)).toBe('Nom affiché');
    await e2e.page.getByText('ceux déjà publiés gardent le nom sous lequel ils ont été écrits').waitFor();

    await e2e.page.getByLabel('Nom affiché').fill('Nouveau Nom');
    await e2e.page.getByRole('button', { name: 'Enregistrer le nom' }).click();

    await e2e.page.getByText('Votre nom est changé.').waitFor();
    await e2e.page.getByText('Connecté(e) : Nouveau Nom').waitFor();
    await e2e.page.getByRole('button', { name: 'Fermer' }).click();
    await e2e.page.getByLabel('Réagir à cet article').fill('Écrit sous le nouveau nom');
    await e2e.page.getByRole('button', { name: 'Publier' }).click();
    await commentWith(e2e.page, 'Écrit sous le nouveau nom')
      .getByText('Nouveau Nom', { exact: true })
      .waitFor();
    await commentWith(e2e.page, 'Écrit sous l’ancien nom').getByText('Ancien Nom', { exact: true }).waitFor();
  });

  it('saves the "Alertes" toggle, as GET /v1/me then says', async () => {
    const { email } = await signedIn('Alertée');
    const toggle = e2e.page.getByRole('checkbox', {
      name: "M'avertir par e-mail des réponses à mes commentaires",
    });
    await expect.poll(() => toggle.isChecked()).toBe(true);

    await toggle.uncheck();

    await e2e.page.getByText('Vos alertes sont enregistrées.').waitFor();
    const me = await api(e2e.app, 'GET', '/v1/me', undefined, bearer(await idToken(email)));
    expect(me.body.user.alerts).toEqual({ replies: false });
  });

  it('downloads the reader’s data as JSON holding their comment, without opening a window', async () => {
    await signedIn('Exportée', 'Un commentaire à exporter');
    const pages = e2e.context.pages().length;
    const download = e2e.page.waitForEvent('download');

    await e2e.page.getByRole('button', { name: 'Télécharger mes données' }).click();

    const file = await download;
    expect(file.suggestedFilename()).toBe('reagir-export.json');
    const data = JSON.parse(await readFile(String(await file.path()), 'utf8'));
    expect(data.user.name).toBe('Exportée');
    expect(data.comments.map((c: { body: string }) => c.body)).toEqual(['Un commentaire à exporter']);
    expect(e2e.context.pages()).toHaveLength(pages);
  });

  it('deletes the account after a confirmation that says what happens, then shows the comment as the server does', async () => {
    await signedIn('Partante', 'Bientôt anonyme');
    await e2e.page.getByRole('button', { name: 'Supprimer mon compte' }).click();
    await e2e.page.getByText('Vos commentaires perdront votre nom et leur texte').waitFor();
    await e2e.page.getByRole('button', { name: 'Annuler' }).click();
    await e2e.page.getByRole('button', { name: 'Supprimer mon compte' }).click();
    const deletions: Request[] = [];
    e2e.page.on('request', (request) => request.method() === 'DELETE' && deletions.push(request));

    await e2e.page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();

    await e2e.page.getByText('Votre compte est supprimé.').waitFor();
    await e2e.page.getByRole('button', { name: 'Se connecter' }).waitFor();
    // A deleted comment that no reply hangs from leaves the thread: no placeholder, no text.
    await e2e.page.getByText('Bientôt anonyme').waitFor({ state: 'detached' });
    expect(await e2e.page.getByText('Commentaire supprimé').count()).toBe(0);
    expect(deletions).toHaveLength(1);
  });

  it('logs out everywhere: the widget shows the logged-out state, another device’s tokens are refused', async () => {
    const { site, email } = await signedIn('Nomade');
    const otherDevice = (await api(e2e.app, 'POST', '/v1/auth/login', { email, password: PASSWORD })).body;

    await e2e.page.getByRole('button', { name: 'Se déconnecter partout' }).click();

    await e2e.page.getByText('Vous êtes déconnecté(e) sur tous vos appareils.').waitFor();
    await e2e.page.getByRole('button', { name: 'Se connecter' }).waitFor();
    expect(await e2e.page.getByRole('heading', { name: 'Mon compte' }).count()).toBe(0);
    const stored = await e2e.page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('reagir:session:')),
    );
    expect(stored, 'the session is gone').toEqual([]);
    const post = { site, page: 'p', body: 'Depuis l’autre appareil' };
    expect((await api(e2e.app, 'POST', '/v1/comments', post, bearer(otherDevice.idToken))).status).toBe(401);
    const refresh = await api(e2e.app, 'POST', '/v1/auth/refresh', {
      refreshToken: otherDevice.refreshToken,
    });
    expect(refresh.status).toBe(401);
  });

  it('closes with Escape, the focus back on "Mon compte"', async () => {
    await signedIn('Pressée');
    // The panel takes the focus once rendered (an effect): Escape goes to where the focus is.
    await expect
      .poll(() =>
        e2e.page.evaluate(() => document.querySelector('.reagir')?.shadowRoot?.activeElement?.tagName),
      )
      .toBe('INPUT');

    await e2e.page.keyboard.press('Escape');

    expect(await e2e.page.getByRole('heading', { name: 'Mon compte' }).count()).toBe(0);
    await expect
      .poll(() =>
        e2e.page.evaluate(() => document.querySelector('.reagir')?.shadowRoot?.activeElement?.textContent),
      )
      .toBe('Mon compte');
  });

  it('signs up with a taken address: the answer of a new sign-up, and the holder mailed "déjà un compte", again on "Renvoyer le code"', async () => {
    const taken = newEmail('deja');
    await createAccount(e2e.app, taken, PASSWORD, 'Déjà là');
    await openHost(e2e.page, e2e.app, hostHtml({ site: await createTestSite() }));
    const answers: string[] = [];
    e2e.page.on('response', async (response) => {
      if (new URL(response.url()).pathname === '/v1/auth/signup')
        answers.push(`${response.status()} ${await response.text()}`);
    });
    const signUp = async (email: string) => {
      await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).click();
      await e2e.page.getByLabel('Nom', { exact: true }).fill('Curieuse');
      await e2e.page.getByLabel('E-mail', { exact: true }).fill(email);
      await e2e.page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
      await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).click();
      await e2e.page.getByText("Un message avec vos codes d'accès vous a été envoyé par mail").waitFor();
    };
    const existingMails = async () => {
      const mails = (await (await fetch(`${e2e.app.url}/_dev/mail`)).json()) as {
        to: string;
        kind: string;
        text: string;
      }[];
      return mails.filter((m) => m.to === taken && m.kind === 'ExistingAccount');
    };

    await signUp(newEmail('nouvelle'));
    await e2e.page.getByRole('button', { name: 'Se connecter' }).click();
    await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).waitFor();
    await e2e.page.getByLabel('E-mail', { exact: true }).fill('');
    await signUp(taken);

    await expect.poll(() => answers.length).toBe(2);
    expect(answers[0]).toBe(answers[1]);
    const [mail] = await existingMails();
    expect(mail?.text).toContain(
      'Vous avez déjà un compte Réagir : connectez-vous ou réinitialisez votre mot de passe',
    );
    const page = await (await fetch(`${e2e.app.url}/_dev/mail.html`)).text();
    expect(page).toContain('Vous avez déjà un compte Réagir');
    await e2e.page.getByRole('button', { name: 'Renvoyer le code' }).click();
    await expect.poll(async () => (await existingMails()).length).toBe(2);
  });

  it('says on sign-up an empty name, a bad e-mail and a short password next to their fields, before any request', async () => {
    await openHost(e2e.page, e2e.app, hostHtml({ site: await createTestSite() }));
    const requests: Request[] = [];
    e2e.page.on('request', (r) => new URL(r.url()).pathname.startsWith('/v1/auth/') && requests.push(r));
    await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).click();
    await e2e.page.getByLabel('E-mail', { exact: true }).fill('pas-une-adresse');
    await e2e.page.getByLabel('Mot de passe', { exact: true }).fill('court');

    await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).click();

    const name = e2e.page.getByLabel('Nom', { exact: true });
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent)).toBe('Nom');
    await expect.poll(() => focusedLabel(e2e.page)).toBe('Nom');
    const described = async (label: string) =>
      e2e.page.getByLabel(label, { exact: true }).evaluate((input) => {
        const root = input.getRootNode() as ShadowRoot;
        return (input.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => root.getElementById(id)?.textContent)
          .join(' | ');
      });
    expect(await described('Nom')).toBe('Indiquez votre nom.');
    expect(await described('E-mail')).toBe('Indiquez une adresse e-mail valide.');
    expect(await described('Mot de passe')).toBe('Le mot de passe doit faire 8 caractères minimum.');
    expect(requests).toEqual([]);
    await name.fill('Camille');
    expect(await name.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the server’s refusal of a field under that field, in French', async () => {
    await openHost(e2e.page, e2e.app, hostHtml({ site: await createTestSite() }));
    await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).click();
    await e2e.page.getByLabel('Nom', { exact: true }).fill('Modératrice Réservée');
    await e2e.page.getByLabel('E-mail', { exact: true }).fill(newEmail('reserve'));
    await e2e.page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);

    await e2e.page.getByRole('button', { name: "M'inscrire gratuitement" }).click();

    const name = e2e.page.getByLabel('Nom', { exact: true });
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await e2e.page.getByText('Ce nom ne peut pas être utilisé : choisissez-en un autre.').waitFor();
    expect(await e2e.page.getByText('too close').count()).toBe(0);
    expect(await e2e.page.getByLabel('E-mail', { exact: true }).getAttribute('aria-invalid')).toBeNull();
  });
});
