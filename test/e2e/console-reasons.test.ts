/**
 * Browser: the console in French shows every reason a comment was held, and what is wrong with a
 * setting, in French from the server's codes, never the server's English sentences; in English
 * once switched. A held edit shows the text it replaced.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, signUpReader, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite, queued } from './support/console.js';
import { useE2E } from './support/e2e.js';

const ENGLISH = /Contains|links;|allows|must be|at most|Same text|New commenter/;

describe.skipIf(!hasBrowser)('console: reasons in the moderator’s language', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  it('shows each hold reason in French, with the words a rule found', async () => {
    const site = await createTestSite({ maxLinks: 1, suspectWords: ['arnaque'] });
    const reader = await signUpReader(e2e.app, 'Lectrice');
    for (const body of ['Lisez https://a.example et https://b.example', 'Une belle arnaque']) {
      await api(e2e.app, 'POST', '/v1/comments', { site, page: 'article-1', body }, bearer(reader.idToken));
    }
    const moderator = await staff(e2e.app, ['moderators']);

    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);

    await queued(e2e.page, 'https://a.example').getByText('Trop de liens (2 ; 1 autorisé)').waitFor();
    const suspect = queued(e2e.page, 'Une belle arnaque');
    await suspect
      .getByText('Contient un mot que la modération vérifie avant publication (relevé : arnaque)')
      .waitFor();
    const text = await e2e.page.getByRole('list', { name: /^File/ }).textContent();
    expect(text).not.toMatch(ENGLISH);
  });

  /** A site holding for links, a suspect word and first comments, and one comment matching all three. */
  async function heldForThree() {
    const site = await createTestSite({ maxLinks: 0, suspectWords: ['arnaque'], holdFirstComments: 1 });
    const reader = await signUpReader(e2e.app, 'Lectrice');
    const body = { site, page: 'article-1', body: 'Une arnaque, voyez https://a.example' };
    await api(e2e.app, 'POST', '/v1/comments', body, bearer(reader.idToken));
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    return queued(e2e.page, 'Une arnaque');
  }

  it('lists every rule that held a comment, in French', async () => {
    const item = await heldForThree();

    const reasons = item.getByRole('listitem');
    await reasons.first().waitFor();

    expect(await reasons.allTextContents()).toEqual([
      'Contient un mot que la modération vérifie avant publication (relevé : arnaque)',
      'Trop de liens (1 ; aucun autorisé)',
      'Premiers commentaires relus par la modération (0 validé sur 1)',
    ]);
    expect(await item.textContent()).not.toMatch(ENGLISH);
  });

  it('lists every rule that held a comment in English when the console is in English', async () => {
    const item = await heldForThree();
    await item.getByRole('listitem').first().waitFor();

    await e2e.page.getByRole('button', { name: 'English' }).click();

    // The queue's list is named in English now: find the comment in the page.
    const english = e2e.page.getByRole('article').filter({ hasText: 'Une arnaque' });
    await english.getByText('Held by:').waitFor();
    expect(await english.getByRole('listitem').allTextContents()).toEqual([
      'Contains a word the moderators check before publishing (found: arnaque)',
      'Too many links (1; none allowed)',
      'First comments are reviewed by the moderators (0 of 1 approved)',
    ]);
  });

  it('shows the previous text beside the new one when an edit sent the comment back', async () => {
    const site = await createTestSite({ maxLinks: 0 });
    const reader = await signUpReader(e2e.app, 'Lectrice');
    const body = { site, page: 'article-1', body: 'Un avis mesuré' };
    const posted = await api(e2e.app, 'POST', '/v1/comments', body, bearer(reader.idToken));
    const edit = { body: 'Un avis corrigé, voyez https://a.example' };
    await api(e2e.app, 'PATCH', `/v1/comments/${posted.body.comment.id}`, edit, bearer(reader.idToken));
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    const item = queued(e2e.page, 'Un avis corrigé');
    await item.getByText("Nouveau texte, modifié par l'auteur :").waitFor();

    await item.getByText('Texte précédent (avant la modification)').click();

    await item.getByText('Un avis mesuré').waitFor();
    expect(await item.getByText('Un avis mesuré').isVisible()).toBe(true);
  });

  it('shows in the log why the system held a comment, in French', async () => {
    const site = await createTestSite({ reportThreshold: 1, hideReported: true });
    const author = await signUpReader(e2e.app, 'Autrice');
    const body = { site, page: 'article-1', body: 'Un avis tranché' };
    const posted = await api(e2e.app, 'POST', '/v1/comments', body, bearer(author.idToken));
    const reporter = await signUpReader(e2e.app, 'Signaleur');
    const report = { reason: 'abuse' };
    await api(
      e2e.app,
      'POST',
      `/v1/comments/${posted.body.comment.id}/reports`,
      report,
      bearer(reporter.idToken),
    );
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);

    await e2e.page.evaluate(() => {
      location.hash = '#/log';
    });

    await e2e.page.getByRole('cell', { name: 'Signalé par des lecteurs (1 signalement)' }).waitFor();
    expect(await e2e.page.locator('table').textContent()).not.toMatch(/\d reports/);
  });

  it('shows a refused setting’s problem in French beside its field', async () => {
    const site = await createTestSite();
    const admin = await staff(e2e.app, ['admins'], 'Admin');
    await logInToConsole(e2e.page, e2e.app, admin.email, admin.password);
    await openSite(e2e.page, site);
    await e2e.page.evaluate(() => {
      location.hash = '#/settings';
    });

    await e2e.page.getByLabel('Liens par commentaire avant relecture').fill('500');
    await e2e.page.getByRole('button', { name: 'Enregistrer' }).click();

    await e2e.page.getByText('Au plus 100.').waitFor();
    expect(await e2e.page.locator('main').textContent()).not.toMatch(ENGLISH);
  });
});
