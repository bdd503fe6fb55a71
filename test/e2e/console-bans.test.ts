/**
 * Issue 14, point 7, in Chromium: the console's ban form with its presets and "refuser aussi ses
 * commentaires en attente" (the banned reader's side: widget-banned-reader.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, signUpReader, staff } from '../support/test-app.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite, queued } from './support/console.js';
import { useE2E } from './support/e2e.js';

const longDate = (iso: string, lang: string) => new Date(iso).toLocaleDateString(lang, { dateStyle: 'long' });

describe.skipIf(!hasBrowser)('console: the ban form', () => {
  const e2e = useE2E();

  it('bans for 7 days and rejects the pending comments at once, saying how many', async () => {
    await ensureConsoleBuilt();
    const site = await createTestSite({ moderation: 'pre' });
    const reader = await signUpReader(e2e.app, 'Récidiviste');
    for (const body of ['Premier message', 'Second message'])
      await api(e2e.app, 'POST', '/v1/comments', { site, page: 'article-1', body }, bearer(reader.idToken));
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);

    await queued(e2e.page, 'Premier message').getByRole('button', { name: "Bannir l'auteur…" }).click();
    const panel = e2e.page.getByRole('complementary', { name: 'Auteur : Récidiviste' });
    const lengths = panel.getByRole('group', { name: 'Durée' });
    // The panel renders its form once the author's record has loaded: wait for it before reading.
    await lengths.getByRole('radio', { name: "Jusqu'au…" }).waitFor();
    expect(
      await lengths
        .getByRole('radio')
        .evaluateAll((radios) => radios.map((r) => r.parentElement?.textContent?.trim())),
    ).toEqual(['24 h', '7 jours', '30 jours', 'Définitif', "Jusqu'au…"]);
    await lengths.getByRole('radio', { name: '7 jours' }).check();
    await panel.getByRole('checkbox', { name: 'Refuser aussi ses commentaires en attente' }).check();
    await panel.getByRole('button', { name: 'Bannir' }).click();

    await e2e.page
      .getByRole('status')
      .getByText('Auteur banni. 2 commentaires en attente refusés.')
      .waitFor();
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await panel
      .getByText(new RegExp(`^Banni jusqu'au ${longDate(inAWeek, 'fr').split(' ').slice(0, 3).join(' ')}`))
      .waitFor();
    const pending = await api(
      e2e.app,
      'GET',
      `/v1/moderation/queue?site=${site}`,
      undefined,
      bearer(moderator.idToken),
    );
    expect(pending.body.comments).toEqual([]);
  });

  it('offers the same lengths in English', async () => {
    await ensureConsoleBuilt();
    const site = await createTestSite({ moderation: 'pre' });
    const reader = await signUpReader(e2e.app, 'Reader');
    await api(
      e2e.app,
      'POST',
      '/v1/comments',
      { site, page: 'article-1', body: 'Held one' },
      bearer(reader.idToken),
    );
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await e2e.page.getByRole('button', { name: 'English' }).click();
    await e2e.page.getByLabel('Site', { exact: true }).fill(site);
    await e2e.page.getByRole('button', { name: 'Open' }).click();

    await e2e.page
      .getByRole('article')
      .filter({ hasText: 'Held one' })
      .getByRole('button', { name: 'Ban the author…' })
      .click();

    const lengths = e2e.page.getByRole('group', { name: 'Length' });
    for (const name of ['24 h', '7 days', '30 days', 'Permanent', 'Until…'])
      await lengths.getByRole('radio', { name }).waitFor();
    await e2e.page.getByRole('checkbox', { name: 'Also reject their pending comments' }).waitFor();
  });
});
