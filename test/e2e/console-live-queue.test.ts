/**
 * Issue 14, point 2 in the console: the open queue polls what is new and says "1 nouveau
 * commentaire" without moving the list; the tabs show their counts; deciding the last comment
 * shown loads the next page, and `j` goes on into it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, signUpReader, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { currentItem, ensureConsoleBuilt, logInToConsole, openSite, queued } from './support/console.js';
import { useE2E } from './support/e2e.js';
import { seedComment } from './support/seed.js';

describe.skipIf(!hasBrowser)('console: a live queue', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  const listed = () => e2e.page.getByRole('list', { name: /^File/ }).getByRole('article').allTextContents();
  const tab = (name: string) =>
    e2e.page.getByRole('navigation', { name: 'Files de modération' }).getByRole('link', { name });

  it('shows "1 nouveau commentaire" when a reader posts, and brings it in only when asked', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    await seedComment(e2e.app, site, 'article-1', 'Avis déjà là', { name: 'Alice' });
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    await queued(e2e.page, 'Avis déjà là').waitFor();
    await tab('En attente, 1 commentaire').waitFor();

    // Another reader posts while the moderator looks at the queue.
    const reader = await signUpReader(e2e.app, 'Bruno');
    const body = { site, page: 'article-2', body: 'Avis arrivé pendant la modération' };
    await api(e2e.app, 'POST', '/v1/comments', body, bearer(reader.idToken));
    const news = e2e.page.getByRole('button', { name: '1 nouveau commentaire' });
    await news.waitFor({ timeout: 20_000 });

    expect(await listed()).toEqual([expect.stringContaining('Avis déjà là')]);
    await tab('En attente, 2 commentaires').waitFor();
    await news.click();
    await queued(e2e.page, 'Avis arrivé pendant la modération').waitFor();
    expect(await listed()).toEqual([
      expect.stringContaining('Avis déjà là'),
      expect.stringContaining('Avis arrivé pendant la modération'),
    ]);
    expect(await news.count()).toBe(0);
  }, 60_000);

  it('loads the next page when the last comment shown is decided, and j goes on into it', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    const label = (n: number) => `Avis numéro ${String(n).padStart(2, '0')}`;
    for (let n = 1; n <= 22; n++) await seedComment(e2e.app, site, 'article-1', label(n));
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    const last = queued(e2e.page, label(20));
    await last.waitFor();
    expect(await queued(e2e.page, label(21)).count()).toBe(0);

    await last.focus();
    await e2e.page.keyboard.press('a');

    await queued(e2e.page, label(21)).waitFor();
    await currentItem(e2e.page).getByText(label(21)).waitFor();
    await e2e.page.keyboard.press('j');
    await currentItem(e2e.page).getByText(label(22)).waitFor();
    expect(await listed()).toHaveLength(21);
  }, 90_000);

  it('loads the next page when j is pressed on the last comment shown, and goes on into it', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    const label = (n: number) => `Avis suivant ${String(n).padStart(2, '0')}`;
    for (let n = 1; n <= 21; n++) await seedComment(e2e.app, site, 'article-1', label(n));
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    const last = queued(e2e.page, label(20));
    await last.waitFor();

    await last.focus();
    await e2e.page.keyboard.press('j');

    await currentItem(e2e.page).getByText(label(21)).waitFor();
    expect(await listed()).toHaveLength(21);
  }, 90_000);
});
