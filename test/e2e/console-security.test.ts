/**
 * Browser: the console's Security page (issue 16, point 5). A moderator turns on two-step sign-in
 * (the key shown grouped in fours, confirmed with a code computed here as the app would), signs
 * out, and signs in again with the password and then the code, as the second step of the form.
 */
import { beforeAll, describe, it } from 'vitest';
import { grantRole } from '../../functions/sites/team.js';
import { createTestSite, signUpReader } from '../support/test-app.js';
import { totp } from '../support/totp.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole } from './support/console.js';
import { useE2E } from './support/e2e.js';

describe.skipIf(!hasBrowser)('console: the Security page', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  it('turns on two-step sign-in, then asks for the code at the next login', async () => {
    const site = await createTestSite();
    const moderator = await signUpReader(e2e.app, 'Modératrice prudente');
    await grantRole(site, moderator.email, 'moderator', 'test');
    const page = e2e.page;
    await logInToConsole(page, e2e.app, moderator.email, moderator.password);
    await page.getByRole('link', { name: 'Sécurité' }).click();
    await page.getByRole('heading', { name: 'Sécurité de mon compte' }).waitFor();
    await page.getByText('La validation en deux étapes n’est pas activée.').waitFor();

    await page.getByRole('button', { name: 'Mettre en place' }).click();
    const key = page.locator('.mfa-key code').first();
    await key.waitFor();
    const secret = (await key.textContent())?.replace(/\s/g, '') ?? '';
    await page.getByText(/^otpauth:\/\/totp\/R%C3%A9agir:/).waitFor();
    await page.getByLabel('2. Code affiché par l’application').fill(totp(secret));
    await page.getByRole('button', { name: 'Confirmer le code' }).click();
    await page.getByText('La validation en deux étapes est activée.').waitFor();

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByLabel('E-mail', { exact: true }).fill(moderator.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(moderator.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const code = page.getByLabel("Code de l'application d'authentification");
    await code.fill(totp(secret));
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('link', { name: 'Sécurité' }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  });
});
