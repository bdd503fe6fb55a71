/**
 * Issue 14, point 7, in Chromium: a banned reader reads the ban and its end where the form would
 * be, before typing (one app per file: the API's token verifier serves one user pool).
 */
import { describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, signUpReader, staff } from '../support/test-app.js';
import { logInWithWidget } from './support/accounts.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';

const longDate = (iso: string, lang: string) => new Date(iso).toLocaleDateString(lang, { dateStyle: 'long' });

describe.skipIf(!hasBrowser)('widget: a banned reader', () => {
  const e2e = useE2E();

  it('reads the ban and its end where the form would be, before typing anything', async () => {
    const site = await createTestSite();
    const reader = await signUpReader(e2e.app, 'Lecteur banni');
    const moderator = await staff(e2e.app, ['moderators']);
    const ban = await api(
      e2e.app,
      'POST',
      `/v1/moderation/bans/${reader.user.id}?site=${site}`,
      { preset: '30d' },
      bearer(moderator.idToken),
    );
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await logInWithWidget(e2e.page, reader.email, reader.password);

    const until = longDate(ban.body.bannedUntil, 'fr');
    await e2e.page
      .getByText(`Votre compte ne peut plus publier de commentaires jusqu'au ${until}.`)
      .waitFor();
    expect(await e2e.page.getByRole('textbox', { name: /commentaire/i }).count()).toBe(0);
  });

  it('shows a reader who is not banned the form', async () => {
    const site = await createTestSite();
    const reader = await signUpReader(e2e.app, 'Lectrice libre');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await logInWithWidget(e2e.page, reader.email, reader.password);

    await e2e.page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await e2e.page.getByRole('textbox').first().waitFor();
    expect(await e2e.page.getByText('Votre compte ne peut plus publier').count()).toBe(0);
  });
});
