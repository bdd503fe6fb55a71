/**
 * Browser: the site's own sign-in in the console's settings (issue 16, point 1). An admin turns
 * SSO on with a secret shown once, which signs tokens the API accepts; rotates with a second
 * secret; revokes the first, whose tokens are then refused; the form's `sso` switch follows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../support/raw-request.js';
import { hs256, readerClaims } from '../support/sso.js';
import { createTestSite, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite } from './support/console.js';
import { useE2E } from './support/e2e.js';

describe.skipIf(!hasBrowser)('console: SSO keys', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  it('creates a secret shown once, rotates it and revokes the old one', async () => {
    const site = await createTestSite();
    const admin = await staff(e2e.app, ['admins'], `Admin SSO ${Date.now()}`);
    await logInToConsole(e2e.page, e2e.app, admin.email, admin.password);
    await openSite(e2e.page, site);
    await e2e.page.evaluate(() => {
      location.hash = '#/settings';
    });
    const page = e2e.page;
    const exchange = async (secret: string) =>
      (
        await rawRequest<{ error?: { code: string } }>(e2e.app.url, 'POST', '/v1/auth/sso', {
          site,
          token: await hs256(secret, readerClaims()),
        })
      ).status;
    const secretOf = async () => {
      const box = page.getByRole('alert').filter({ hasText: 'il ne sera plus jamais affiché' });
      const value = (await box.locator('code').textContent()) ?? '';
      await page.getByRole('button', { name: 'J’ai copié le secret' }).click();
      await box.waitFor({ state: 'detached' });
      return value;
    };

    await page.getByText('Aucune clé : la connexion du site est désactivée.').waitFor();
    expect(await page.getByLabel('Accepter la connexion du site (SSO)').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Activer et créer un secret' }).click();
    const first = await secretOf();
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(await page.content()).not.toContain(first);
    await expect.poll(() => page.getByLabel('Accepter la connexion du site (SSO)').isChecked()).toBe(true);
    expect(await exchange(first)).toBe(200);

    await page.getByRole('button', { name: 'Nouveau secret (rotation)' }).click();
    const second = await secretOf();
    expect(await exchange(second)).toBe(200);
    expect(await exchange(first)).toBe(200);

    await page.getByRole('button', { name: 'Révoquer', exact: true }).first().click();
    await page.getByRole('button', { name: /^Confirmer : révoquer/ }).click();
    await page.getByText('Clé révoquée.').waitFor();
    expect(await exchange(first)).toBe(401);
    expect(await exchange(second)).toBe(200);
  });
});
