import { describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, signUpReader } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';
import { commentWith, parentIdOf } from './support/widget.js';

describe.skipIf(!hasBrowser)('widget: replies, deleted comments and long texts', () => {
  const e2e = useE2E();

  /** A comment written and then deleted by a reader with an account. */
  async function deletedComment(site: string, parentId?: string) {
    const reader = await signUpReader(e2e.app, 'Partie');
    const posted = await api(
      e2e.app,
      'POST',
      '/v1/comments',
      { site, page: 'article-1', body: 'bientôt supprimé', parentId },
      bearer(reader.idToken),
    );
    const id = posted.body.comment.id as string;
    return {
      id,
      remove: () => api(e2e.app, 'DELETE', `/v1/comments/${id}`, undefined, bearer(reader.idToken)),
    };
  }

  it('offers, in top order, the replies that hang from a deleted reply, counting what loads', async () => {
    const site = await createTestSite();
    const root = await seedComment(e2e.app, site, 'article-1', 'La racine');
    const middle = await deletedComment(site, root.id);
    await seedComment(e2e.app, site, 'article-1', 'Sous la supprimée', { parentId: middle.id });
    await seedComment(e2e.app, site, 'article-1', 'Directe', { parentId: root.id });
    await middle.remove();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await commentWith(e2e.page, 'La racine').waitFor();

    await e2e.page.getByLabel('Trier').selectOption('top');
    await e2e.page.getByRole('button', { name: 'Voir les 2 réponses' }).click();

    await commentWith(e2e.page, 'Sous la supprimée').waitFor();
    await commentWith(e2e.page, 'Directe').waitFor();
    expect(await e2e.page.getByText('Commentaire supprimé').count()).toBe(1);
  });

  it('leaves no placeholder for a deleted comment without replies', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'Reste');
    await (await deletedComment(site)).remove();

    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await e2e.page.getByRole('heading', { name: 'Commentaires (1)' }).waitFor();
    // The heading can show before the thread's rows (drawn with the kit, a chunk): wait for the row.
    await commentWith(e2e.page, 'Reste').waitFor();
    expect(await e2e.page.locator('article').count()).toBe(1);
    expect(await e2e.page.getByText('Commentaire supprimé').count()).toBe(0);
  });

  it('answers a comment at the deepest level beside it, "en réponse à" its author', async () => {
    const site = await createTestSite({ maxDepth: 1 });
    const root = await seedComment(e2e.app, site, 'article-1', 'La racine');
    const deepest = await seedComment(e2e.app, site, 'article-1', 'Tout au fond', {
      parentId: root.id,
      name: 'Léa',
    });
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await commentWith(e2e.page, 'Tout au fond').getByRole('button', { name: 'Répondre' }).click();
    await e2e.page.getByLabel('Répondre à Léa').fill('Je vous réponds');
    await e2e.page.getByLabel('Nom', { exact: true }).fill('Zoé');
    await e2e.page.getByLabel('E-mail', { exact: true }).fill('zoe@example.org');
    await e2e.page.getByRole('button', { name: 'Publier' }).click();

    const answer = commentWith(e2e.page, 'Je vous réponds');
    await answer.waitFor();
    expect(await parentIdOf(answer)).toBe(root.id);
    const link = answer.getByRole('link', { name: 'en réponse à Léa' });
    expect(await link.getAttribute('href')).toBe(`#reagir-${deepest.id}`);
  });

  it('does not offer "Répondre" on the reader\'s own comment awaiting moderation', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await e2e.page.getByLabel('Réagir à cet article').fill('En attente');
    await e2e.page.getByLabel('Nom', { exact: true }).fill('Zoé');
    await e2e.page.getByLabel('E-mail', { exact: true }).fill('zoe@example.org');
    await e2e.page.getByRole('button', { name: 'Publier' }).click();

    const held = commentWith(e2e.page, 'En attente');
    await held.getByText('en attente de modération').waitFor();

    expect(await held.getByRole('button', { name: 'Répondre' }).count()).toBe(0);
  });

  it('folds a long comment after about twelve lines, with "Lire la suite" to unfold it', async () => {
    const site = await createTestSite();
    const lines = Array.from({ length: 30 }, (_, i) => `Ligne ${i + 1}`).join('\n');
    await seedComment(e2e.app, site, 'article-1', lines);
    await seedComment(e2e.app, site, 'article-1', 'Court');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    const more = e2e.page.getByRole('button', { name: 'Lire la suite' });
    await more.waitFor();
    const text = e2e.page.locator('p.tx', { hasText: 'Ligne 30' });
    const folded = (await text.boundingBox())?.height ?? 0;

    await more.click();

    const less = e2e.page.getByRole('button', { name: 'Réduire' });
    expect(await less.getAttribute('aria-expanded')).toBe('true');
    expect((await text.boundingBox())?.height ?? 0).toBeGreaterThan(folded * 2);
    expect(await commentWith(e2e.page, 'Court').getByRole('button', { name: 'Lire la suite' }).count()).toBe(
      0,
    );
  });

  it('moves the focus to the first newly loaded comment after "Voir plus"', async () => {
    const site = await createTestSite();
    for (let i = 1; i <= 21; i++) await seedComment(e2e.app, site, 'article-1', `Commentaire ${i}`);
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await e2e.page.getByRole('heading', { name: 'Commentaires (21)' }).waitFor();

    await e2e.page.getByRole('button', { name: 'Voir plus de commentaires' }).click();

    const oldest = commentWith(e2e.page, 'Commentaire 1');
    await expect
      .poll(() =>
        oldest.evaluate((article) => article === (article.getRootNode() as ShadowRoot).activeElement),
      )
      .toBe(true);
  });

  it('gives every button of a comment at least 24 × 24 CSS pixels', async () => {
    const site = await createTestSite({ reactionTypes: ['like', 'love'] });
    await seedComment(e2e.app, site, 'article-1', 'Un avis');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    const comment = commentWith(e2e.page, 'Un avis');
    await comment.getByRole('button', { name: 'Répondre' }).waitFor();

    const boxes = await Promise.all((await comment.getByRole('button').all()).map((b) => b.boundingBox()));

    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(24);
  });

  it('gives the main actions 44 × 44 CSS pixels on a touch screen', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'Un avis');
    const touch = await e2e.browser.newContext({
      locale: 'fr-FR',
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 844 },
    });
    try {
      const page = await touch.newPage();
      await openHost(page, e2e.app, hostHtml({ site }));

      const box = await commentWith(page, 'Un avis').getByRole('button', { name: 'Répondre' }).boundingBox();

      expect(box?.width).toBeGreaterThanOrEqual(44);
      expect(box?.height).toBeGreaterThanOrEqual(44);
    } finally {
      await touch.close();
    }
  });
});
