/**
 * Issue 14, point 3 in the console: a filter by article holds that article's comments on its
 * first page though the queue is longer, an unknown article says "nothing here" (fr, en), and
 * the search box lists the comments it finds as queue items.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, createTestSite, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite, queued } from './support/console.js';
import { useE2E } from './support/e2e.js';

describe.skipIf(!hasBrowser)('console: queue filters and the search', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();
  let site = '';
  const rare = `Un avis sur le kiosque ${Date.now()}`;

  /** 22 comments on `article-a` first, then one on `article-z`: the queue's first page misses it. */
  async function longQueue() {
    site = await createTestSite({ moderation: 'pre', postsPerMinutePerIp: 1000 });
    for (let n = 0; n < 22; n++) {
      const author = { name: `Anne ${n}`, email: `anne${n}@lecteurs.example` };
      await api(e2e.app, 'POST', '/v1/comments', { site, page: 'article-a', body: `avis ${n}`, author });
    }
    const author = { name: 'Zoé Martin', email: 'zoe@lecteurs.example' };
    await api(e2e.app, 'POST', '/v1/comments', { site, page: 'article-z', body: rare, author });
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    await e2e.page.getByText('avis 0', { exact: true }).waitFor();
  }

  /** Types `value` in the filter named `label` and applies the filters. */
  async function filterBy(label: string, value: string) {
    const form = e2e.page.getByRole('form', { name: 'Filtres' });
    await form.getByLabel(label).fill(value);
    await form.getByRole('button', { name: 'Filtrer' }).click();
  }

  it('shows an article’s comment on the first page of its filter, though the queue is longer', async () => {
    await longQueue();
    expect(await queued(e2e.page, rare).count()).toBe(0);

    await filterBy('Article (identifiant)', 'article-z');

    await queued(e2e.page, rare).waitFor();
    expect(await e2e.page.locator('article.queue-item').count()).toBe(1);
  });

  it('says there is nothing here for an article the site does not have, in French and English', async () => {
    await longQueue();

    await filterBy('Article (identifiant)', 'nulle-part');

    await e2e.page
      .getByText('Rien ici : aucun commentaire de cet article ou de cet auteur dans cette file.')
      .waitFor();
    await e2e.page.getByRole('button', { name: 'English' }).click();
    await e2e.page.getByText('Nothing here: no comment of this article or author in this queue.').waitFor();
  });

  it('lists what the search finds, by a word or by the author’s name, as queue items', async () => {
    await longQueue();
    const search = e2e.page.getByRole('search', { name: 'Recherche' });

    await search.getByLabel('Rechercher dans les commentaires récents').fill('KIOSQUE');
    await search.getByRole('button', { name: 'Rechercher' }).click();

    const results = e2e.page.getByRole('list', { name: 'Résultats pour « KIOSQUE »' });
    await results.getByText(rare).waitFor();
    expect(await results.locator('article.queue-item').count()).toBe(1);
    await search.getByLabel('Rechercher dans les commentaires récents').fill('zoe martin');
    await search.getByRole('button', { name: 'Rechercher' }).click();
    await e2e.page.getByRole('list', { name: 'Résultats pour « zoe martin »' }).getByText(rare).waitFor();
  });

  it('goes back to the queue when the search is closed', async () => {
    await longQueue();
    const search = e2e.page.getByRole('search', { name: 'Recherche' });
    await search.getByLabel('Rechercher dans les commentaires récents').fill('kiosque');
    await search.getByRole('button', { name: 'Rechercher' }).click();
    await e2e.page.getByRole('heading', { name: 'Résultats pour « kiosque »' }).waitFor();

    await search.getByRole('button', { name: 'Fermer la recherche' }).click();

    await e2e.page.getByText('avis 0', { exact: true }).waitFor();
    expect(await e2e.page.getByRole('heading', { name: /^Résultats pour/ }).count()).toBe(0);
  });
});
