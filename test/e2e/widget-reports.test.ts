/**
 * Browser tests of "Signaler": a report by an account and by a guest reaching the moderators'
 * reported queue, "Signalé" after a reload, no report of one's own comment, the keyboard, and a
 * site closed to guests (an invitation to log in, but a notice of illegal content goes through).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clearSiteCache, saveSite } from '../../functions/sites/service.js';
import { api, bearer, createTestSite, signUpReader, staff } from '../support/test-app.js';
import { logInWithWidget } from './support/accounts.js';
import { axeWidget } from './support/axe.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';
import { commentWith, postAsGuest } from './support/widget.js';

describe.skipIf(!hasBrowser)('widget: reporting a comment', () => {
  const e2e = useE2E();

  /** The reported queue of `site`, read by a moderator through the API. */
  async function reportedQueue(site: string, status: 'reported' | 'notices' = 'reported') {
    const moderator = await staff(e2e.app, ['moderators']);
    const res = await api(
      e2e.app,
      'GET',
      `/v1/moderation/queue?site=${site}&status=${status}`,
      undefined,
      bearer(moderator.idToken),
    );
    return res.body.comments as {
      comment: { id: string };
      reports: { reasons: Record<string, number> };
      notices: { count: number };
    }[];
  }

  /** Opens the report panel of the comment `text`; the panel's form. */
  async function openReport(page: Page, text: string) {
    await commentWith(page, text).getByRole('button', { name: 'Signaler' }).click();
    return page.getByRole('form', { name: 'Signaler ce commentaire' });
  }

  it('sends an account’s report to the reported queue and says it was received', async () => {
    const site = await createTestSite({ reportThreshold: 1 });
    const target = await seedComment(e2e.app, site, 'article-1', 'Des insultes');
    const reader = await signUpReader(e2e.app);
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await logInWithWidget(e2e.page, reader.email, reader.password);
    await e2e.page.getByText('Vous êtes connecté(e).').waitFor();
    const form = await openReport(e2e.page, 'Des insultes');

    await form.getByRole('radio', { name: 'Propos injurieux ou haineux' }).check();
    await form.getByRole('button', { name: 'Envoyer le signalement' }).click();

    await e2e.page.getByRole('status').getByText('Merci, votre signalement a été reçu.').waitFor();
    const queue = await reportedQueue(site);
    expect(queue.map((q) => [q.comment.id, q.reports.reasons])).toEqual([[target.id, { abuse: 1 }]]);
  });

  it('sends a guest’s report with their email, and shows "Signalé" after a reload', async () => {
    const site = await createTestSite({ reportThreshold: 1 });
    const target = await seedComment(e2e.app, site, 'article-1', 'Achetez ici');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    const form = await openReport(e2e.page, 'Achetez ici');
    await form.getByRole('radio', { name: 'Spam ou publicité' }).check();
    await form.getByLabel('E-mail', { exact: true }).fill('lecteur.vigilant@example.org');

    await form.getByRole('button', { name: 'Envoyer le signalement' }).click();

    await e2e.page.getByText('Merci, votre signalement a été reçu.').waitFor();
    const queue = await reportedQueue(site);
    expect(queue.map((q) => [q.comment.id, q.reports.reasons])).toEqual([[target.id, { spam: 1 }]]);
    await e2e.page.reload();
    const button = commentWith(e2e.page, 'Achetez ici').getByRole('button', { name: 'Signalé' });
    await expect.poll(() => button.isDisabled()).toBe(true);
  });

  it('shows the same state when the server already has this guest’s report', async () => {
    const site = await createTestSite();
    const target = await seedComment(e2e.app, site, 'article-1', 'Déjà vu');
    const reporter = { email: 'deja@example.org' };
    await api(e2e.app, 'POST', `/v1/comments/${target.id}/reports`, { reason: 'spam', reporter });
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    const form = await openReport(e2e.page, 'Déjà vu');
    await form.getByRole('radio', { name: 'Hors sujet' }).check();
    await form.getByLabel('E-mail', { exact: true }).fill(reporter.email);

    await form.getByRole('button', { name: 'Envoyer le signalement' }).click();

    await e2e.page.getByText('Vous avez déjà signalé ce commentaire.').waitFor();
    const button = commentWith(e2e.page, 'Déjà vu').getByRole('button', { name: 'Signalé' });
    expect(await button.isDisabled()).toBe(true);
  });

  it('offers no "Signaler" on the reader’s own comment', async () => {
    const site = await createTestSite();
    const reader = await signUpReader(e2e.app);
    const own = { site, page: 'article-1', body: 'Mon propre avis' };
    await api(e2e.app, 'POST', '/v1/comments', own, bearer(reader.idToken));
    await seedComment(e2e.app, site, 'article-1', 'Un autre avis');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await logInWithWidget(e2e.page, reader.email, reader.password);

    await e2e.page.getByText('Vous êtes connecté(e).').waitFor();
    await commentWith(e2e.page, 'Un autre avis').getByRole('button', { name: 'Signaler' }).waitFor();
    expect(
      await commentWith(e2e.page, 'Mon propre avis').getByRole('button', { name: 'Signaler' }).count(),
    ).toBe(0);
  });

  it('offers no "Signaler" on a guest’s own comment, even after a reload', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'Un avis d’ailleurs');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await postAsGuest(e2e.page, 'Mon avis d’invitée');
    await commentWith(e2e.page, 'Mon avis d’invitée').waitFor();
    await e2e.page.reload();

    await commentWith(e2e.page, 'Un avis d’ailleurs').getByRole('button', { name: 'Signaler' }).waitFor();
    const own = commentWith(e2e.page, 'Mon avis d’invitée');
    await own.waitFor();
    expect(await own.getByRole('button', { name: 'Signaler' }).count()).toBe(0);
  });

  it('closes with Escape and gives the focus back to "Signaler"', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'À fermer');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    const form = await openReport(e2e.page, 'À fermer');
    await form.getByRole('group', { name: 'Pourquoi signalez-vous ce commentaire ?' }).waitFor();

    await e2e.page.keyboard.press('Escape');

    await expect.poll(() => form.count()).toBe(0);
    const focused = await e2e.page.evaluate(
      () => document.querySelector('#reagir, .reagir')?.shadowRoot?.activeElement?.textContent,
    );
    expect(focused).toBe('Signaler');
  });

  it('invites a signed-out reader to log in on a site closed to guests, but takes a notice of illegal content', async () => {
    const site = await createTestSite({ reportThreshold: 1 });
    const target = await seedComment(e2e.app, site, 'article-1', 'Propos diffamatoires');
    await saveSite(site, { guests: false });
    clearSiteCache();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    const form = await openReport(e2e.page, 'Propos diffamatoires');
    await form.getByRole('radio', { name: 'Spam ou publicité' }).check();
    await form.getByRole('button', { name: 'Se connecter pour signaler' }).click();
    await e2e.page.getByRole('heading', { name: 'Déjà inscrit(e) ?' }).waitFor();

    await form.getByRole('radio', { name: 'Contenu illicite' }).check();
    await form
      .getByLabel('Quelle loi ce commentaire enfreint-il, et pourquoi ?')
      .fill('Diffamation, loi du 29 juillet 1881 : il accuse une personne nommée d’un délit.');
    await form.getByLabel('Nom et prénom').fill('Claire Martin');
    await form.getByLabel('E-mail', { exact: true }).fill('claire.martin@example.org');
    await form.getByRole('checkbox', { name: /de bonne foi/ }).check();
    await form.getByRole('button', { name: 'Envoyer le signalement' }).click();

    await e2e.page.getByText('Merci, votre signalement a été reçu.').waitFor();
    // A notice waits in its own queue (issue 14, point 5), apart from readers' reports.
    const notices = await reportedQueue(site, 'notices');
    expect(notices.map((q) => [q.comment.id, q.notices.count])).toEqual([[target.id, 1]]);
  });

  it('announces a notice sent without the statement of good faith as an error', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'Sans bonne foi');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    const form = await openReport(e2e.page, 'Sans bonne foi');
    await form.getByRole('radio', { name: 'Contenu illicite' }).check();
    await form.getByLabel('Quelle loi ce commentaire enfreint-il, et pourquoi ?').fill('Injure publique.');
    await form.getByLabel('Nom et prénom').fill('Claire Martin');
    await form.getByLabel('E-mail', { exact: true }).fill('claire.martin@example.org');

    await form.getByRole('button', { name: 'Envoyer le signalement' }).click();

    await form.getByRole('alert').getByText('Cochez la déclaration de bonne foi', { exact: false }).waitFor();
  });

  it('has no serious or critical axe-core violation with the notice of illegal content open', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'À examiner');
    await openHost(e2e.page, e2e.app, hostHtml({ site, body: '<div id="reagir"></div>' }));
    const form = await openReport(e2e.page, 'À examiner');
    await form.getByRole('radio', { name: 'Contenu illicite' }).check();
    await form.getByRole('checkbox', { name: /de bonne foi/ }).waitFor();

    const { serious, namedButtons } = await axeWidget(e2e.page);

    expect(namedButtons, 'buttons axe checked inside the shadow root').toBeGreaterThan(3);
    expect(serious).toEqual([]);
  });
});
