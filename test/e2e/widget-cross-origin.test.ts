/**
 * Browser: the widget embedded in a page of another origin (another port) than the API and the
 * widget's files. With the page's origin in the site's allowedOrigins the whole widget works
 * (the thread, the chunks imported with CORS, posting, logging in); without it, or with the API
 * out of reach, the reader reads "indisponibles" with "Réessayer", and the site owner finds the
 * origin and the command in the console.
 */
import type { ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite } from '../support/test-app.js';
import { createAccount, logInWithWidget, newEmail } from './support/accounts.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml } from './support/host-page.js';
import { type OtherOrigin, startOtherOrigin } from './support/other-origin.js';
import { commentWith, postAsGuest } from './support/widget.js';

const UNAVAILABLE = 'Les commentaires sont indisponibles pour le moment.';

describe.skipIf(!hasBrowser)('widget: embedded in a page of another origin', () => {
  const e2e = useE2E();
  let host: OtherOrigin;
  beforeAll(async () => {
    host = await startOtherOrigin();
  });
  afterAll(() => host?.stop());

  /** Opens the host page on the other origin, the script tag pointing at the app. */
  const openElsewhere = async (site: string) => {
    host.serve(hostHtml({ site, widgetUrl: `${e2e.app.url}/widget.js` }));
    await e2e.page.goto(`${host.origin}/article`);
  };
  /** The browser's own CORS error is expected when the origin is refused: it is not the widget's. */
  const forgetCorsErrors = () => {
    e2e.problems.errors = e2e.problems.errors.filter((error) => !error.includes('CORS policy'));
  };

  it('loads the whole widget when the page’s origin is allowed: thread, chunks, posting, login', async () => {
    const site = await createTestSite({ allowedOrigins: [host.origin] });
    const email = newEmail('ailleurs');
    await createAccount(e2e.app, email, 'correct horse battery', 'Lectrice d’ailleurs');
    await openElsewhere(site);

    await e2e.page.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();
    await postAsGuest(e2e.page, 'Publié depuis un autre domaine.');
    await commentWith(e2e.page, 'Publié depuis un autre domaine.').waitFor();
    await logInWithWidget(e2e.page, email, 'correct horse battery');

    await e2e.page.getByText('Connecté(e) : Lectrice d’ailleurs').waitFor();
  });

  it('tells the reader the comments are unavailable, and the site owner which origin to add and how', async () => {
    const site = await createTestSite({ allowedOrigins: ['https://www.example.fr'] });
    const warnings: string[] = [];
    e2e.page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });

    await openElsewhere(site);

    await e2e.page.getByRole('alert').getByText(UNAVAILABLE).waitFor();
    await e2e.page.getByRole('button', { name: 'Réessayer' }).waitFor();
    await expect.poll(() => warnings.join('\n')).toContain(host.origin);
    expect(warnings.join('\n')).toContain(`npm run site -- update ${site} --add-origin ${host.origin}`);
    forgetCorsErrors();
  });

  it('says the same when the API cannot be reached, and "Réessayer" loads the thread once it is back', async () => {
    const site = await createTestSite({ allowedOrigins: [host.origin] });
    const api = `${e2e.app.url}/v1/**`;
    await e2e.page.route(api, (route) => route.abort('connectionrefused'));
    await openElsewhere(site);
    await e2e.page.getByText(UNAVAILABLE).waitFor();

    await e2e.page.unroute(api);
    await e2e.page.getByRole('button', { name: 'Réessayer' }).click();

    await e2e.page.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();
    expect(await e2e.page.getByText(UNAVAILABLE).count()).toBe(0);
    await e2e.page.getByLabel('Réagir à cet article').waitFor();
  });

  it('retries the interactive chunk too when it failed with the API', async () => {
    const site = await createTestSite({ allowedOrigins: [host.origin] });
    const down = [`${e2e.app.url}/v1/**`, `${e2e.app.url}/chunks/**`];
    for (const url of down) await e2e.page.route(url, (route) => route.abort('connectionrefused'));
    await openElsewhere(site);
    await e2e.page.getByText(UNAVAILABLE).waitFor();

    for (const url of down) await e2e.page.unroute(url);
    await e2e.page.getByRole('button', { name: 'Réessayer' }).click();

    await e2e.page.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();
    // The sort selector is the interactive chunk's: it arrived.
    await e2e.page.getByRole('combobox', { name: 'Trier' }).waitFor();
  });

  it('shows "Commentaires" without a count while the first page is on its way', async () => {
    const site = await createTestSite({ allowedOrigins: [host.origin] });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await e2e.page.route(`${e2e.app.url}/v1/comments?*`, async (route) => {
      await held;
      await route.continue();
    });
    await openElsewhere(site);

    await e2e.page.getByRole('heading', { name: 'Commentaires', exact: true }).waitFor();
    await e2e.page.getByText('Chargement des commentaires…').waitFor();
    expect(await e2e.page.getByRole('heading', { name: /\(0\)/ }).count()).toBe(0);
    release();

    await e2e.page.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();
  });
});
