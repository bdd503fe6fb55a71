import { describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, signUpReader, staff } from '../support/test-app.js';
import { logInWithWidget } from './support/accounts.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';
import { commentWith } from './support/widget.js';

describe.skipIf(!hasBrowser)('widget: reactions, top order, pinned and moderated comments', () => {
  const e2e = useE2E();

  /** Opens the demo article at / and logs a new reader in through the widget. */
  async function demoAsReader() {
    const reader = await signUpReader(e2e.app);
    await e2e.page.goto(e2e.app.url);
    await logInWithWidget(e2e.page, reader.email, reader.password);
    await e2e.page.getByText('Vous êtes connecté(e).').waitFor();
    return reader;
  }

  it('toggles a reaction on a comment of the demo page: count up, pressed, kept on reload, then off', async () => {
    const text = `Réaction ${Date.now()}`;
    await seedComment(e2e.app, 'demo', 'article-42', text);
    await demoAsReader();
    const like = commentWith(e2e.page, text).getByRole('button', { name: /^J'aime/ });
    expect(await like.getAttribute('aria-pressed')).toBe('false');

    const stored = e2e.page.waitForResponse(
      (response) => response.url().includes('/reactions/like') && response.request().method() === 'PUT',
    );
    await like.click();

    await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => like.textContent()).toContain('1');
    // The thread shows the stored counts, exact once the fold has read the reaction (its delay):
    // the reaction is written when its answer comes, and folded once the stream is drained.
    await stored;
    await e2e.app.counts.drain();
    await e2e.page.reload();
    await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');
    expect(await like.textContent()).toContain('1');
    await like.press('Enter');
    await expect.poll(() => like.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => like.textContent()).not.toContain('1');
  });

  it("counts the reader's reaction to the article in the bar above the thread", async () => {
    await demoAsReader();
    const bar = e2e.page.getByRole('group', { name: "Réactions à l'article" });
    const like = bar.getByRole('button', { name: /^J'aime/ });
    const count = async () => Number((await like.textContent())?.match(/\d+/)?.[0] ?? 0);
    const before = await count();

    await like.click();

    await expect.poll(count).toBe(before + 1);
    expect(await like.getAttribute('aria-pressed')).toBe('true');
    await like.click();
    await expect.poll(count).toBe(before);
  });

  it('invites a guest who reacts to log in', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'Un avis');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await commentWith(e2e.page, 'Un avis')
      .getByRole('button', { name: /^J'aime/ })
      .click();

    await e2e.page.getByText('Connectez-vous pour donner votre avis.').waitFor();
    await e2e.page.getByRole('heading', { name: 'Déjà inscrit(e) ?' }).waitFor();
  });

  it('puts the count back and says why when the server refuses the reaction', async () => {
    const text = `Refusée ${Date.now()}`;
    await seedComment(e2e.app, 'demo', 'article-42', text);
    await demoAsReader();
    await e2e.page.route('**/reactions/**', (route) =>
      route.fulfill({ status: 503, json: { error: { code: 'service_unavailable', message: 'down' } } }),
    );
    const like = commentWith(e2e.page, text).getByRole('button', { name: /^J'aime/ });

    await like.click();

    await e2e.page
      .getByRole('alert')
      .getByText('Service momentanément indisponible', { exact: false })
      .waitFor();
    expect(await like.getAttribute('aria-pressed')).toBe('false');
    expect(await like.textContent()).not.toMatch(/\d/);
  });

  it('orders the thread by score in the top order and fetches replies on demand', async () => {
    const site = await createTestSite();
    const low = await seedComment(e2e.app, site, 'article-1', 'Un peu apprécié');
    const high = await seedComment(e2e.app, site, 'article-1', 'Très apprécié');
    await seedComment(e2e.app, site, 'article-1', 'Pas apprécié');
    await seedComment(e2e.app, site, 'article-1', 'Une réponse', { parentId: high.id });
    const readers = [await signUpReader(e2e.app), await signUpReader(e2e.app)];
    const like = (id: string, token: string) =>
      api(e2e.app, 'PUT', `/v1/comments/${id}/reactions/like?site=${site}`, undefined, bearer(token));
    for (const reader of readers) await like(high.id, reader.idToken);
    await like(low.id, readers[0]?.idToken ?? '');
    // The top order follows the counts once folded.
    await e2e.app.counts.drain();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await commentWith(e2e.page, 'Une réponse').waitFor();

    await e2e.page.getByLabel('Trier').selectOption('top');

    await expect
      .poll(() => e2e.page.locator('article p.tx').allTextContents())
      .toEqual(['Très apprécié', 'Un peu apprécié', 'Pas apprécié']);
    await e2e.page.getByRole('button', { name: 'Voir la réponse' }).click();
    await commentWith(e2e.page, 'Une réponse').waitFor();
  });

  it('shows pinned comments first, once, marked "Épinglé"', async () => {
    const site = await createTestSite();
    const pinned = await seedComment(e2e.app, site, 'article-1', 'À lire en premier');
    await seedComment(e2e.app, site, 'article-1', 'Plus récent');
    const moderator = await staff(e2e.app, ['moderators']);
    const decided = await api(
      e2e.app,
      'POST',
      '/v1/moderation/decisions',
      { commentIds: [pinned.id], seen: { [pinned.id]: pinned.status }, action: 'pin' },
      bearer(moderator.idToken),
    );
    expect(decided.status).toBe(200);

    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await expect
      .poll(() => e2e.page.locator('article p.tx').allTextContents())
      .toEqual(['À lire en premier', 'Plus récent']);
    await commentWith(e2e.page, 'À lire en premier').getByText('Épinglé').waitFor();
  });

  it("shows its author a refused comment with the moderator's reason", async () => {
    const site = await createTestSite();
    const reader = await signUpReader(e2e.app);
    const posted = await api(
      e2e.app,
      'POST',
      '/v1/comments',
      { site, page: 'article-1', body: 'Hors sujet ?' },
      bearer(reader.idToken),
    );
    const moderator = await staff(e2e.app, ['moderators']);
    await api(
      e2e.app,
      'POST',
      '/v1/moderation/decisions',
      {
        commentIds: [posted.body.comment.id],
        seen: { [posted.body.comment.id]: posted.body.comment.status },
        action: 'reject',
        reason: 'hors sujet',
      },
      bearer(moderator.idToken),
    );
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await logInWithWidget(e2e.page, reader.email, reader.password);

    await commentWith(e2e.page, 'Hors sujet ?')
      .getByText('Refusé par la modération : « hors sujet »')
      .waitFor();
  });
});
