/**
 * Browser: who wrote a comment, as a reader sees it: a "Modération" badge on a moderator's
 * comments only, and a guest refused, with the reason, the name of a registered reader.
 */
import { describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, signUpReader, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';
import { commentWith, postAsGuest } from './support/widget.js';

describe.skipIf(!hasBrowser)('widget: authors', () => {
  const e2e = useE2E();

  it('shows "Modération" on a moderator’s comment and on no other', async () => {
    const site = await createTestSite();
    const moderator = await staff(e2e.app, ['moderators'], `Équipe ${Date.now()}`);
    await api(
      e2e.app,
      'POST',
      '/v1/comments',
      { site, page: 'article-1', body: 'Restons courtois.' },
      bearer(moderator.idToken),
    );
    await seedComment(e2e.app, site, 'article-1', 'Un avis de lecteur.');

    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await commentWith(e2e.page, 'Restons courtois.').getByText('Modération', { exact: true }).waitFor();
    await commentWith(e2e.page, 'Un avis de lecteur.').waitFor();
    expect(await commentWith(e2e.page, 'Un avis de lecteur.').getByText('Modération').count()).toBe(0);
  });

  it('refuses a guest the name of a registered reader of the site, and says why', async () => {
    const site = await createTestSite();
    const reader = await signUpReader(e2e.app, 'Apolline Brun');
    await api(
      e2e.app,
      'POST',
      '/v1/comments',
      { site, page: 'article-1', body: 'Inscrite.' },
      bearer(reader.idToken),
    );
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await postAsGuest(e2e.page, 'Je me fais passer pour elle.', 'apolline BRUN');

    await e2e.page
      .getByRole('alert')
      .getByText("Ce nom est celui d'un lecteur inscrit : choisissez-en un autre ou connectez-vous.")
      .waitFor();
    expect(await e2e.page.getByLabel('Réagir à cet article').inputValue()).toBe(
      'Je me fais passer pour elle.',
    );
  });
});
