import { beforeAll, describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, signUpReader, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { currentItem, ensureConsoleBuilt, logInToConsole, openSite, queued } from './support/console.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';

// One app per file: the API's token verifier is set up once per process, for one user pool.
describe.skipIf(!hasBrowser)('console: moderating a queue', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  it("approves a reader's held comment, which readers then see in the widget", async () => {
    const site = await createTestSite({ moderation: 'pre' });
    const reader = await signUpReader(e2e.app, 'Lectrice');
    const body = `Un avis qui attend un modérateur ${Date.now()}`;
    const posted = await api(
      e2e.app,
      'POST',
      '/v1/comments',
      { site, page: 'article-1', body },
      bearer(reader.idToken),
    );
    expect(posted.body.comment.status).toBe('pending');
    const moderator = await staff(e2e.app, ['moderators']);

    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    const item = queued(e2e.page, body);
    await item.getByText('Sur ce site, tous les commentaires sont relus avant publication').waitFor();
    await item.getByRole('button', { name: 'Approuver' }).click();

    await e2e.page.getByRole('status').getByText('1 commentaire approuvé.').waitFor();
    await item.waitFor({ state: 'detached' });
    // Another reader, in a browser context of their own, opens the article.
    const readerContext = await e2e.browser.newContext({ locale: 'fr-FR' });
    const readerPage = await readerContext.newPage();
    await openHost(readerPage, e2e.app, hostHtml({ site }));
    await readerPage.getByText(body).waitFor();
    await readerContext.close();
  });

  it('moves with j and k, selects two with x, approves both with a, and opens the help with ?', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    for (const name of ['Alice', 'Bruno', 'Chloé'])
      await seedComment(e2e.app, site, 'article-1', `Avis de ${name}`, { name });
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    await queued(e2e.page, 'Avis de Chloé').waitFor();
    const { keyboard } = e2e.page;

    await keyboard.press('j');
    await currentItem(e2e.page).getByText('Avis de Bruno').waitFor();
    await keyboard.press('k');
    await currentItem(e2e.page).getByText('Avis de Alice').waitFor();
    await keyboard.press('x');
    await keyboard.press('j');
    await keyboard.press('x');
    await keyboard.press('a');

    await e2e.page.getByRole('status').getByText('2 commentaires approuvés.').waitFor();
    await queued(e2e.page, 'Avis de Alice').waitFor({ state: 'detached' });
    expect(
      await e2e.page.getByRole('list', { name: /^File/ }).getByRole('article').allTextContents(),
    ).toEqual([expect.stringContaining('Avis de Chloé')]);
    const published = await api(e2e.app, 'GET', `/v1/comments?site=${site}&page=article-1&sort=oldest`);
    expect(published.body.comments.map((c: { body: string }) => c.body)).toEqual([
      'Avis de Alice',
      'Avis de Bruno',
    ]);
    await keyboard.press('?');
    await e2e.page.getByRole('dialog', { name: 'Raccourcis clavier' }).waitFor();
    await keyboard.press('Escape');
    await e2e.page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('refuses an account that is neither moderator nor admin', async () => {
    const reader = await signUpReader(e2e.app, 'Lecteur curieux');

    await logInToConsole(e2e.page, e2e.app, reader.email, reader.password);

    await e2e.page
      .getByRole('alert')
      .getByText(
        "Ce compte n'a pas accès à la console : elle est réservée aux modérateurs et administrateurs.",
      )
      .waitFor();
    expect(await e2e.page.getByRole('navigation').count()).toBe(0);
    expect(
      await e2e.page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('session'))),
    ).toEqual([]);
  });

  it('says on the item who decided it first, shows it as it is now, and applies the rest of the bulk', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    await seedComment(e2e.app, site, 'article-1', 'Premier avis', { name: 'Alice' });
    const taken = await seedComment(e2e.app, site, 'article-1', 'Second avis', { name: 'Bruno' });
    const moderator = await staff(e2e.app, ['moderators']);
    const claire = await staff(e2e.app, ['moderators'], 'Claire');
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    await queued(e2e.page, 'Second avis').waitFor();
    // Claire, another moderator, rejects one of them while this page shows it pending.
    const byClaire = await api(
      e2e.app,
      'POST',
      '/v1/moderation/decisions',
      { commentIds: [taken.id], seen: { [taken.id]: 'pending' }, action: 'reject' },
      bearer(claire.idToken),
    );
    expect(byClaire.body.results[0].ok).toBe(true);

    await e2e.page.getByRole('checkbox', { name: 'Tout sélectionner' }).check();
    await e2e.page
      .getByRole('group', { name: '2 sélectionnés' })
      .getByRole('button', { name: 'Spam' })
      .click();

    await e2e.page
      .getByRole('status')
      .getByText('1 commentaire marqué comme spam. 1 échec : voir les messages.')
      .waitFor();
    const item = queued(e2e.page, 'Second avis');
    await item
      .getByRole('alert')
      .getByText(/^Déjà refusé par Claire il y a \d+ secondes?\.$/)
      .waitFor();
    // Shown as it is now: rejected, so "Reject" is no longer offered and "Approve" is.
    await item.locator('.badge', { hasText: 'refusé' }).waitFor();
    expect(await item.getByRole('button', { name: 'Refuser…' }).count()).toBe(0);
    await item.getByRole('button', { name: 'Approuver' }).waitFor();
    await queued(e2e.page, 'Premier avis').waitFor({ state: 'detached' });
    await e2e.page.evaluate(() => {
      location.hash = '#/log';
    });
    await e2e.page
      .getByRole('row')
      .filter({ hasText: 'Modératrice' })
      .getByText('conflit : spam sans effet (vu en attente, déjà refusé)')
      .waitFor();
    await e2e.page
      .getByRole('row')
      .filter({ hasText: 'Claire' })
      .filter({ hasText: 'en attente → refusé' })
      .waitFor();
  });

  it('shows the conflict in English, and a decision taken then on the state shown applies', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    const taken = await seedComment(e2e.app, site, 'article-1', 'Un avis disputé', { name: 'Bruno' });
    const moderator = await staff(e2e.app, ['moderators']);
    const claire = await staff(e2e.app, ['moderators'], 'Claire');
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    await e2e.page.getByRole('button', { name: 'English' }).click();
    const item = e2e.page
      .getByRole('list', { name: /^Queue/ })
      .getByRole('article')
      .filter({ hasText: 'Un avis disputé' });
    await item.waitFor();
    await api(
      e2e.app,
      'POST',
      '/v1/moderation/decisions',
      { commentIds: [taken.id], seen: { [taken.id]: 'pending' }, action: 'spam' },
      bearer(claire.idToken),
    );

    await item.getByRole('button', { name: 'Approve' }).click();

    await item
      .getByRole('alert')
      .getByText(/^Already marked as spam by Claire \d+ seconds? ago\.$/)
      .waitFor();
    await item.locator('.badge', { hasText: 'spam' }).waitFor();
    await item.getByRole('button', { name: 'Approve' }).click();
    await item.waitFor({ state: 'detached' });
    const published = await api(e2e.app, 'GET', `/v1/comments?site=${site}&page=article-1&sort=oldest`);
    expect(published.body.comments.map((c: { body: string }) => c.body)).toEqual(['Un avis disputé']);
  });

  it("bans a comment's author from the author panel, with a reason, and lifts the ban", async () => {
    const site = await createTestSite({ moderation: 'pre' });
    const reader = await signUpReader(e2e.app, 'Troll');
    await api(
      e2e.app,
      'POST',
      '/v1/comments',
      { site, page: 'article-1', body: 'Provocation' },
      bearer(reader.idToken),
    );
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);

    await queued(e2e.page, 'Provocation').getByRole('button', { name: "Bannir l'auteur…" }).click();
    const panel = e2e.page.getByRole('complementary', { name: 'Auteur : Troll' });
    await panel.getByRole('radio', { name: 'Définitif' }).check();
    await panel.getByLabel('Motif (facultatif)').fill('insultes répétées');
    await panel.getByRole('button', { name: 'Bannir' }).click();

    await panel.getByText('Banni sans limite de durée — insultes répétées').waitFor();
    const posted = await api(
      e2e.app,
      'POST',
      '/v1/comments',
      { site, page: 'article-1', body: 'Encore' },
      bearer(reader.idToken),
    );
    expect(posted.body.error.code).toBe('banned');
    await panel.getByRole('button', { name: 'Lever le bannissement' }).click();
    await e2e.page.getByRole('status').getByText('Bannissement levé.').waitFor();
  });
});
