/**
 * Issue 14, point 9 in the console: the "À relire" tab lists what a post-moderated site published
 * without a human look, and approving there takes it out; closing an article asks first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, signUpReader, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite, queued } from './support/console.js';
import { useE2E } from './support/e2e.js';

describe.skipIf(!hasBrowser)('console: the unreviewed queue and closing an article', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  /** A post-moderated site with a reader's published comment; the moderator on its "À relire" tab. */
  async function unreviewedComment(body: string) {
    const site = await createTestSite({ moderation: 'post' });
    const reader = await signUpReader(e2e.app, 'Lectrice');
    await api(e2e.app, 'POST', '/v1/comments', { site, page: 'article-1', body }, bearer(reader.idToken));
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    await e2e.page
      .getByRole('navigation', { name: 'Files de modération' })
      .getByRole('link', { name: 'À relire' })
      .click();
    return { site, item: queued(e2e.page, body) };
  }

  it('lists a comment published without a look, and approving it there takes it out', async () => {
    const body = `Un avis publié sans relecture ${Date.now()}`;
    const { site, item } = await unreviewedComment(body);

    await item.getByRole('button', { name: 'Approuver' }).click();

    await e2e.page.getByRole('status').getByText('1 commentaire approuvé.').waitFor();
    await item.waitFor({ state: 'detached' });
    const thread = await api(e2e.app, 'GET', `/v1/comments?site=${site}&page=article-1&sort=newest`);
    expect(thread.body.comments.map((c: { body: string }) => c.body)).toEqual([body]);
  });

  it('asks before closing an article, and cancelling leaves it open', async () => {
    const body = `Un avis sur un article ouvert ${Date.now()}`;
    const { site, item } = await unreviewedComment(body);

    await item.getByRole('button', { name: "Fermer l'article" }).click();
    const dialog = e2e.page.getByRole('dialog', { name: /^Fermer « article-1 » aux commentaires/ });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();

    await dialog.waitFor({ state: 'detached' });
    const thread = await api(e2e.app, 'GET', `/v1/comments?site=${site}&page=article-1&sort=newest`);
    expect(thread.body.page.closed).toBe(false);
    expect(await item.getByText('fermé aux commentaires').count()).toBe(0);
  });

  it('closes the article once the moderator confirms', async () => {
    const body = `Un avis sur un article à fermer ${Date.now()}`;
    const { site, item } = await unreviewedComment(body);

    await item.getByRole('button', { name: "Fermer l'article" }).click();
    await e2e.page.getByRole('dialog').getByRole('button', { name: "Fermer l'article" }).click();

    await item.getByText('fermé aux commentaires').waitFor();
    const thread = await api(e2e.app, 'GET', `/v1/comments?site=${site}&page=article-1&sort=newest`);
    expect(thread.body.page.closed).toBe(true);
  });
});
