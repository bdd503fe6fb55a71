/**
 * Issue 13, point 3: on a closed article the widget offers no action the server refuses: its
 * reaction buttons show the counts but cannot be pressed, unless the site accepts reactions there.
 */
import { describe, expect, it } from 'vitest';
import type { SiteSettings } from '../../functions/sites/schemas.js';
import { api, bearer, createTestSite, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';
import { commentWith } from './support/widget.js';

describe.skipIf(!hasBrowser)('widget: a closed article', () => {
  const e2e = useE2E();

  /** A site with one comment on article-1, closed by a moderator, open in the widget. */
  async function closedArticle(settings: Partial<SiteSettings> = {}) {
    const site = await createTestSite(settings);
    await seedComment(e2e.app, site, 'article-1', 'Un avis');
    const moderator = await staff(e2e.app, ['moderators']);
    const closed = await api(
      e2e.app,
      'PUT',
      `/v1/moderation/pages?site=${site}&page=article-1`,
      { closed: true },
      bearer(moderator.idToken),
    );
    expect(closed.status).toBe(200);
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await e2e.page.getByText('Les commentaires sont fermés', { exact: false }).first().waitFor();
  }
  const commentLike = () => commentWith(e2e.page, 'Un avis').getByRole('button', { name: /^J'aime/ });
  const pageLike = () =>
    e2e.page.getByRole('group', { name: "Réactions à l'article" }).getByRole('button', { name: /^J'aime/ });

  it('shows the reaction buttons of a closed article as not pressable', async () => {
    await closedArticle();

    await expect.poll(() => commentLike().isDisabled()).toBe(true);
    expect(await pageLike().isDisabled()).toBe(true);
  });

  it('keeps them pressable on a site that accepts reactions on closed articles', async () => {
    await closedArticle({ reactionsWhenClosed: true });

    await expect.poll(() => commentLike().isEnabled()).toBe(true);
    expect(await pageLike().isEnabled()).toBe(true);
  });
});
