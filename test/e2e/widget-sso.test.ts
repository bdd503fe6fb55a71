/**
 * Browser: the widget on a publisher's page of another origin that signs its reader's tokens
 * with a small server of its own (issue 16, point 2). The reader is signed in through
 * `getSsoToken()`, posts with their badge, stays signed in past the session's expiry (the widget
 * asks the page again), is told when the page has no token any more, and logs out; no token is
 * ever in the browser's storage, and a site taking its own readers only offers no Réagir account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSite } from '../../functions/sites/service.js';
import { addSsoSecret } from '../../functions/sites/sso-keys.js';
import { createTestSite } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { type SsoHost, startSsoHost } from './support/sso-host.js';
import { commentWith } from './support/widget.js';

describe.skipIf(!hasBrowser)('widget: signed in with the publisher’s own accounts', () => {
  const e2e = useE2E();
  let host: SsoHost;
  beforeAll(async () => {
    host = await startSsoHost();
  });
  afterAll(() => host?.stop());

  /** A site taking its own readers only, on the host's origin, and the host page for it. */
  async function open() {
    const site = await createTestSite({ allowedOrigins: [], guests: false, accounts: false });
    await saveSite(site, { allowedOrigins: [host.origin] });
    const { kid, secret } = await addSsoSecret(site);
    host.loggedIn = true;
    host.issued = 0;
    host.options = {
      site,
      kid,
      secret,
      widgetUrl: `${e2e.app.url}/widget.js`,
      reader: { id: 'abonne-7', username: 'Camille Abonnée', badges: ['Abonné'] },
    };
    await e2e.page.clock.install();
    await e2e.page.goto(`${host.origin}/article`);
    return site;
  }
  const post = async (text: string) => {
    await e2e.page.getByLabel('Réagir à cet article').fill(text);
    await e2e.page.getByRole('button', { name: 'Publier' }).click();
  };

  it('signs in through getSsoToken, posts with the badge, and keeps nothing in storage', async () => {
    await open();

    await e2e.page.getByText('Connecté(e) : Camille Abonnée').waitFor();
    expect(await e2e.page.getByRole('button', { name: 'Créer un compte' }).count()).toBe(0);
    await post('Un avis d’abonnée.');
    const comment = commentWith(e2e.page, 'Un avis d’abonnée.');
    await comment.waitFor();
    await comment.getByText('Abonné', { exact: true }).waitFor();

    const stored = await e2e.page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain('eyJ');
    expect(host.issued).toBe(1);
  });

  it('shows an SSO reader their name as the site’s, with no field to change it', async () => {
    await open();
    await e2e.page.getByText('Connecté(e) : Camille Abonnée').waitFor();

    await e2e.page.getByRole('button', { name: 'Mon compte' }).click();

    await e2e.page.getByText('votre compte chez ce site, « Camille Abonnée »').waitFor();
    expect(await e2e.page.getByLabel('Nom affiché').count()).toBe(0);
  });

  it('asks the page again when its session expires, and says so when the page has no token', async () => {
    await open();
    await e2e.page.getByText('Connecté(e) : Camille Abonnée').waitFor();

    // An hour and more later: the session has expired; the next post asks the page for a token.
    await e2e.page.clock.fastForward('01:05:00');
    await post('Toujours là après une heure.');
    await commentWith(e2e.page, 'Toujours là après une heure.').waitFor();
    expect(host.issued).toBe(2);

    // Logged out of the publisher's site meanwhile: the widget says it, no silent stop.
    host.loggedIn = false;
    await e2e.page.clock.fastForward('01:05:00');
    await post('Et maintenant ?');
    await e2e.page.getByText('Votre session a expiré').waitFor();
    await e2e.page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await expect.poll(() => e2e.page.getByLabel('Réagir à cet article').inputValue()).toBe('Et maintenant ?');

    // Back on the publisher's site: "Se connecter" asks the page, and the draft is still there.
    host.loggedIn = true;
    await e2e.page.getByRole('button', { name: 'Se connecter' }).click();
    await e2e.page.getByText('Connecté(e) : Camille Abonnée').waitFor();
  });

  it('logs out with "Se déconnecter" and with Reagir.logout(), and back in with Reagir.login()', async () => {
    await open();
    await e2e.page.getByText('Connecté(e) : Camille Abonnée').waitFor();

    await e2e.page.getByRole('button', { name: 'Se déconnecter' }).click();
    await e2e.page.getByRole('button', { name: 'Se connecter' }).waitFor();

    const token = await e2e.page.evaluate(() => fetch('/reagir-token').then((r) => r.text()));
    await e2e.page.evaluate((t) => window.Reagir?.login(t), token);
    await e2e.page.getByText('Connecté(e) : Camille Abonnée').waitFor();
    await e2e.page.evaluate(() => window.Reagir?.logout());
    await e2e.page.getByRole('button', { name: 'Se connecter' }).waitFor();
  });
});
