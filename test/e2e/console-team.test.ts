/**
 * Browser: the console's team page (issue 16, point 5). A site's administrator adds an account
 * by email as a moderator of the site, makes them an administrator, then removes them (a second
 * press confirms). An email without an account is invited: the link of the mail opens the
 * invitation's page, where a name and a password make the account, signed in to the console.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole } from '../../functions/sites/team.js';
import { createTestSite, signUpReader } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite } from './support/console.js';
import { useE2E } from './support/e2e.js';

describe.skipIf(!hasBrowser)('console: the site’s team', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  it('adds a moderator by email, changes the role, removes them', async () => {
    const site = await createTestSite();
    const chief = await signUpReader(e2e.app, 'Rédactrice en chef');
    const newcomer = await signUpReader(e2e.app, 'Nouvelle modératrice');
    await grantRole(site, chief.email, 'admin', 'test');
    const page = e2e.page;
    await logInToConsole(page, e2e.app, chief.email, chief.password);
    await openSite(page, site);
    await page.getByRole('link', { name: 'Équipe' }).click();
    await page.getByRole('heading', { name: `Équipe du site ${site}` }).waitFor();
    await page.getByText(chief.email).waitFor();

    await page.getByLabel('Adresse e-mail').fill(newcomer.email);
    await page.getByRole('button', { name: 'Ajouter à l’équipe' }).click();
    const line = page.locator('li', { hasText: newcomer.email });
    await line.getByText('Modération').waitFor();
    await line.getByRole('button', { name: 'Passer en administration' }).click();
    await line.getByText('Administration').waitFor();

    await line.getByRole('button', { name: 'Retirer' }).click();
    await line.getByRole('button', { name: /^Confirmer : retirer/ }).click();
    await line.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText(`${newcomer.email} retiré(e) de l’équipe.`).waitFor();
    expect(await page.locator('li', { hasText: chief.email }).count()).toBe(1);
  });

  it('invites an email without an account: its link makes the account, in the team', async () => {
    const site = await createTestSite();
    const chief = await signUpReader(e2e.app, 'Cheffe qui invite');
    await grantRole(site, chief.email, 'admin', 'test');
    const invitee = `invitee-${Date.now()}@example.org`;
    const page = e2e.page;
    await logInToConsole(page, e2e.app, chief.email, chief.password);
    await openSite(page, site);
    await page.getByRole('link', { name: 'Équipe' }).click();

    await page.getByLabel('Adresse e-mail').fill(invitee);
    await page.getByLabel('Rôle').selectOption('moderator');
    await page.getByRole('button', { name: 'Ajouter à l’équipe' }).click();
    await page.getByRole('status').getByText(`Invitation envoyée à ${invitee} : Modération.`).waitFor();
    const pending = page.locator('li', { hasText: invitee });
    await pending.getByRole('button', { name: 'Renvoyer l’invitation' }).waitFor();
    const mail = e2e.app.mailbox.list().findLast((m) => m.to === invitee && m.kind === 'TeamInvitation');
    const link = mail?.text.match(/https?:\/\/\S+#\/invitation\/[\w-]{43}/)?.[0] ?? '';
    expect(link).toContain('/console/#/invitation/');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.goto(link);
    await page.getByRole('heading', { name: /^Rejoindre l’équipe de/ }).waitFor();
    await page.getByText('Cheffe qui invite vous invite').waitFor();
    await page.getByLabel('Nom affiché').fill('Modératrice invitée');
    await page.getByLabel('Mot de passe').fill('un mot de passe sûr');
    await page.getByRole('button', { name: 'Rejoindre l’équipe' }).click();

    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/queue/pending');
    expect(new URL(page.url()).searchParams.get('site')).toBe(site);
    await page.getByText('Modératrice invitée').first().waitFor();
  });
});
