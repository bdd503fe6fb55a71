import { describe, expect, it } from 'vitest';
import type { Comment } from '../../functions/comments/types.js';
import { createTestSite } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';
import { commentWith, parentIdOf } from './support/widget.js';

describe.skipIf(!hasBrowser)('widget: reading the thread', () => {
  const e2e = useE2E();

  /** `n` top-level comments "Commentaire 1".."Commentaire n", oldest first. */
  async function seedMany(site: string, n: number): Promise<Comment[]> {
    const comments: Comment[] = [];
    for (let i = 1; i <= n; i++)
      comments.push(await seedComment(e2e.app, site, 'article-1', `Commentaire ${i}`));
    return comments;
  }

  it('shows the heading with the published count and the comments, newest first', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'Le premier');
    await seedComment(e2e.app, site, 'article-1', 'Le second', { name: 'Léa' });

    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await e2e.page.getByRole('heading', { name: 'Commentaires (2)' }).waitFor();
    const texts = await e2e.page.locator('article p.tx').allTextContents();
    expect(texts).toEqual(['Le second', 'Le premier']);
    await commentWith(e2e.page, 'Le second').getByText('Léa').waitFor();
    await commentWith(e2e.page, 'Le second').getByText('maintenant').waitFor();
  });

  it('keeps line breaks and makes only http(s) URLs links, opening in a new tab without passing authority', async () => {
    const site = await createTestSite();
    await seedComment(
      e2e.app,
      site,
      'article-1',
      'Ligne un\nLigne deux https://exemple.fr/a. et javascript:alert(1)',
    );

    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    const text = e2e.page.locator('p.tx').first();
    // biome-ignore lint/performance/useDomNodeTextContent: innerText shows the break is rendered (pre-wrap)
    expect(await text.innerText()).toBe('Ligne un\nLigne deux https://exemple.fr/a. et javascript:alert(1)');
    const links = text.locator('a');
    // The first paint (the preview) is replaced by the interactive thread: under load, counting at
    // that moment finds no link at all, so wait for one first.
    await links.first().waitFor();
    expect(await links.count()).toBe(1);
    expect(await links.getAttribute('href')).toBe('https://exemple.fr/a');
    expect(await links.getAttribute('rel')).toBe('nofollow ugc noopener');
    expect(await links.getAttribute('target')).toBe('_blank');
  });

  it('nests a reply posted in the widget under the comment it answers', async () => {
    const site = await createTestSite();
    const parent = await seedComment(e2e.app, site, 'article-1', 'Une question ?');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await commentWith(e2e.page, 'Une question ?').getByRole('button', { name: 'Répondre' }).click();
    await e2e.page.getByLabel('Répondre à Camille').fill('Une réponse.');
    await e2e.page.getByLabel('Nom', { exact: true }).fill('Zoé');
    await e2e.page.getByLabel('E-mail', { exact: true }).fill('zoe@example.org');
    await e2e.page.getByRole('button', { name: 'Publier' }).click();

    const reply = commentWith(e2e.page, 'Une réponse.');
    await reply.waitFor();
    expect(await parentIdOf(reply)).toBe(parent.id);
    await e2e.page.getByRole('heading', { name: 'Commentaires (2)' }).waitFor();
  });

  it('collapses and expands the replies of a comment', async () => {
    const site = await createTestSite();
    const parent = await seedComment(e2e.app, site, 'article-1', 'Le parent');
    await seedComment(e2e.app, site, 'article-1', 'La réponse', { parentId: parent.id });
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await e2e.page.getByRole('button', { name: 'Masquer les réponses (1)' }).click();
    await commentWith(e2e.page, 'La réponse').waitFor({ state: 'detached' });
    const show = e2e.page.getByRole('button', { name: 'Afficher les réponses (1)' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await show.click();
    await commentWith(e2e.page, 'La réponse').waitFor();
  });

  it('loads more comments with the cursor and attaches a reply that comes on the next page under its parent', async () => {
    const site = await createTestSite();
    // Newest first and 20 per page: the 19 later comments and the parent fill the first page,
    // so the reply (listed after its parent) is cut off to the second one.
    const parent = await seedComment(e2e.app, site, 'article-1', 'Le tout premier');
    for (let i = 1; i <= 19; i++) await seedComment(e2e.app, site, 'article-1', `Commentaire ${i}`);
    await seedComment(e2e.app, site, 'article-1', 'Réponse tardive', { parentId: parent.id });
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await e2e.page.getByRole('heading', { name: 'Commentaires (21)' }).waitFor();
    // Polled: the preview hands over to the App, which draws the same comments again.
    await expect.poll(() => e2e.page.locator('article').count()).toBe(20);

    await e2e.page.getByRole('button', { name: 'Voir plus de commentaires' }).click();

    const reply = commentWith(e2e.page, 'Réponse tardive');
    await reply.waitFor();
    expect(await parentIdOf(reply)).toBe(parent.id);
    expect(await e2e.page.locator('article').count()).toBe(21);
    await e2e.page.getByRole('button', { name: 'Voir plus de commentaires' }).waitFor({ state: 'detached' });
  });

  it('sorts oldest first on request', async () => {
    const site = await createTestSite();
    await seedMany(site, 3);
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await commentWith(e2e.page, 'Commentaire 3').waitFor();

    await e2e.page.getByLabel('Trier').selectOption('oldest');

    await expect
      .poll(() => e2e.page.locator('article p.tx').allTextContents())
      .toEqual(['Commentaire 1', 'Commentaire 2', 'Commentaire 3']);
  });

  it('scrolls to and highlights the comment of a #reagir-<id> permalink, loading further pages to find it', async () => {
    const site = await createTestSite();
    const [oldest] = await seedMany(site, 22);

    await openHost(e2e.page, e2e.app, hostHtml({ site }), `#reagir-${oldest?.id}`);

    const target = commentWith(e2e.page, 'Commentaire 1');
    await expect.poll(() => target.getAttribute('class')).toContain('hl');
    const box = await target.boundingBox();
    const viewport = e2e.page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y < viewport.height).toBe(true);
  });
});
