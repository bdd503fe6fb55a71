/**
 * Issue 14, points 8 and 10 in Chromium: the console's author panel (since when, reports, ban
 * history, notes, "Avertir"), a warned reader's notice in the widget, and the staff menu a
 * moderator signed in on the article page uses to reject a comment without the console.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, signUpReader, staff } from '../support/test-app.js';
import { logInWithWidget } from './support/accounts.js';
import { axeWidget } from './support/axe.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite, queued } from './support/console.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';
import { commentWith } from './support/widget.js';

const PAGE = 'article-1';

describe.skipIf(!hasBrowser)('the author panel, warnings and the staff menu', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  /** A reader's comment, posted through the API; the reader. */
  async function readerWith(site: string, name: string, body: string) {
    const reader = await signUpReader(e2e.app, name);
    const posted = await api(
      e2e.app,
      'POST',
      '/v1/comments',
      { site, page: PAGE, body },
      bearer(reader.idToken),
    );
    expect(posted.status).toBe(201);
    return { ...reader, commentId: String(posted.body.comment.id) };
  }

  it('shows the author panel with join date, reports, ban history and notes, and warns the author', async () => {
    // Prepare
    const site = await createTestSite({ moderation: 'pre' });
    const reader = await readerWith(site, 'Gaspard', 'Un avis tranché');
    const colleague = await staff(e2e.app, ['moderators'], 'Karim');
    const path = (what: string) => `/v1/moderation/${what}?site=${site}`;
    await api(
      e2e.app,
      'POST',
      path(`bans/${reader.user.id}`),
      { reason: 'insultes' },
      bearer(colleague.idToken),
    );
    await api(e2e.app, 'DELETE', path(`bans/${reader.user.id}`), undefined, bearer(colleague.idToken));
    await api(
      e2e.app,
      'PUT',
      path(`users/${reader.user.id}/note`),
      { note: 'déjà averti oralement' },
      bearer(colleague.idToken),
    );
    const moderator = await staff(e2e.app, ['moderators'], 'Claire');
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    await queued(e2e.page, 'Un avis tranché').getByRole('button', { name: 'Auteur', exact: true }).click();
    const panel = e2e.page.getByRole('complementary', { name: 'Auteur : Gaspard' });
    // Assess: what the panel says of the author
    await panel.getByText(/^Compte créé le /).waitFor();
    await panel.getByText('Aucun signalement reçu').waitFor();
    await panel
      .getByRole('listitem')
      .filter({ hasText: 'Bannissement levé' })
      .getByText(/par Karim/)
      .waitFor();
    await panel
      .getByRole('listitem')
      .filter({ hasText: 'Banni définitivement' })
      .getByText('insultes')
      .waitFor();
    await panel
      .getByRole('listitem')
      .filter({ hasText: 'déjà averti oralement' })
      .getByText(/par Karim/)
      .waitFor();
    // Act: a second note, then a warning
    await panel.getByLabel('Note des modérateurs').fill('récidive ce matin');
    await panel.getByRole('button', { name: 'Ajouter la note' }).click();
    await panel
      .getByRole('listitem')
      .filter({ hasText: 'récidive ce matin' })
      .getByText(/par Claire/)
      .waitFor();
    await panel.getByLabel('Message à l’auteur').fill('Merci de rester courtois.');
    await panel.getByRole('button', { name: 'Envoyer l’avertissement' }).click();
    // Assess
    await e2e.page.getByRole('status').getByText('Avertissement envoyé.').waitFor();
    await panel.getByText(/Dernier avertissement — par Claire, .* — pas encore lu/).waitFor();
    const notes = await panel.locator('ol.notes > li').allTextContents();
    expect(notes[0]).toContain('récidive ce matin');
    expect(notes[1]).toContain('déjà averti oralement');
  });

  it('shows a warned reader the warning until they dismiss it, and not after a reload', async () => {
    // Prepare
    const site = await createTestSite();
    const reader = await readerWith(site, 'Inès', 'Bonjour à tous');
    const moderator = await staff(e2e.app, ['moderators'], 'Claire');
    const warned = await api(
      e2e.app,
      'POST',
      `/v1/moderation/users/${reader.user.id}/warnings?site=${site}`,
      { message: 'Votre dernier message a été retiré : restez courtois.' },
      bearer(moderator.idToken),
    );
    expect(warned.status).toBe(201);
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await logInWithWidget(e2e.page, reader.email, reader.password);
    // Act
    const notice = e2e.page.getByRole('alert', { name: 'Message des modérateurs' });
    await notice.getByText('Votre dernier message a été retiré : restez courtois.').waitFor();
    await notice.getByRole('button', { name: 'J’ai compris' }).click();
    // Assess
    await notice.waitFor({ state: 'detached' });
    await e2e.page.reload();
    await e2e.page.getByText('Bonjour à tous').waitFor();
    await e2e.page.getByText('Connecté(e) : Inès').waitFor();
    expect(await e2e.page.getByRole('alert', { name: 'Message des modérateurs' }).count()).toBe(0);
  });

  it('lets a moderator on the article page reject a comment from its menu, with the keyboard', async () => {
    // Prepare
    const site = await createTestSite();
    await seedComment(e2e.app, site, PAGE, 'Un commentaire à retirer', { name: 'Bastien' });
    await seedComment(e2e.app, site, PAGE, 'Un commentaire correct', { name: 'Alice' });
    const moderator = await staff(e2e.app, ['moderators'], 'Claire');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await logInWithWidget(e2e.page, moderator.email, moderator.password);
    const target = commentWith(e2e.page, 'Un commentaire à retirer');
    const menuButton = target.getByRole('button', { name: 'Modérer le commentaire de Bastien' });
    // Act: open with the arrow, move to "Refuser", choose it with Enter
    await menuButton.focus();
    await e2e.page.keyboard.press('ArrowDown');
    const menu = e2e.page.getByRole('menu');
    await menu.getByRole('menuitem', { name: 'Approuver' }).waitFor();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    await e2e.page.keyboard.press('ArrowDown');
    expect(
      await menu
        .getByRole('menuitem', { name: 'Refuser' })
        .evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
    ).toBe(true);
    await e2e.page.keyboard.press('Enter');
    // Assess
    await e2e.page.getByRole('status').getByText('Commentaire refusé : il a quitté le fil.').waitFor();
    await target.waitFor({ state: 'detached' });
    await e2e.page.getByRole('heading', { name: 'Commentaires (1)' }).waitFor();
    const publicThread = await api(e2e.app, 'GET', `/v1/comments?site=${site}&page=${PAGE}`);
    expect(publicThread.body.comments.map((c: { body: string }) => c.body)).toEqual([
      'Un commentaire correct',
    ]);
  });

  it('says when a colleague decided first, and takes the comment out of the thread', async () => {
    // Prepare
    const site = await createTestSite();
    const comment = await seedComment(e2e.app, site, PAGE, 'Déjà traité ailleurs', { name: 'Bastien' });
    const moderator = await staff(e2e.app, ['moderators'], 'Nora');
    const colleague = await staff(e2e.app, ['moderators'], 'Claire');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await logInWithWidget(e2e.page, moderator.email, moderator.password);
    const target = commentWith(e2e.page, 'Déjà traité ailleurs');
    await target.getByRole('button', { name: /^Modérer/ }).waitFor();
    const decided = await api(
      e2e.app,
      'POST',
      '/v1/moderation/decisions',
      { commentIds: [comment.id], seen: { [comment.id]: 'approved' }, action: 'reject' },
      bearer(colleague.idToken),
    );
    expect(decided.body.results[0].ok).toBe(true);
    // Act
    await target.getByRole('button', { name: /^Modérer/ }).click();
    await e2e.page.getByRole('menuitem', { name: 'Spam' }).click();
    // Assess
    await e2e.page
      .getByRole('status')
      .getByText(/^Déjà refusé par Claire il y a \d+ secondes?\.$/)
      .waitFor();
    await target.waitFor({ state: 'detached' });
  });

  it('speaks English on an English page, and the open menu passes axe', async () => {
    // Prepare
    const site = await createTestSite();
    await seedComment(e2e.app, site, PAGE, 'An English comment', { name: 'Bastien' });
    const moderator = await staff(e2e.app, ['moderators'], 'Claire');
    await openHost(e2e.page, e2e.app, hostHtml({ site, lang: 'en', body: '<div id="reagir"></div>' }));
    await e2e.page.getByRole('button', { name: 'Log in' }).click();
    await e2e.page.getByLabel('Email', { exact: true }).fill(moderator.email);
    await e2e.page.getByLabel('Password', { exact: true }).fill(moderator.password);
    await e2e.page.getByRole('button', { name: 'Log in' }).click();
    // Act
    await commentWith(e2e.page, 'An English comment')
      .getByRole('button', { name: 'Moderate Bastien’s comment' })
      .click();
    // Assess
    const items = await e2e.page.getByRole('menu').getByRole('menuitem').allTextContents();
    expect(items).toEqual(['Approve', 'Reject', 'Spam']);
    const { serious } = await axeWidget(e2e.page);
    expect(serious).toEqual([]);
  }, 60_000);

  it('gives a reader no staff menu, and never loads its chunk', async () => {
    // Prepare
    const site = await createTestSite();
    await seedComment(e2e.app, site, PAGE, 'Un avis public', { name: 'Alice' });
    const reader = await signUpReader(e2e.app, 'Lucie');
    const chunks: string[] = [];
    e2e.page.on('request', (request) => chunks.push(request.url()));
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    // Act
    await logInWithWidget(e2e.page, reader.email, reader.password);
    await e2e.page.getByText('Connecté(e) : Lucie').waitFor();
    await commentWith(e2e.page, 'Un avis public').getByRole('button', { name: 'Signaler' }).waitFor();
    // Assess
    expect(await e2e.page.getByRole('button', { name: /^Modérer/ }).count()).toBe(0);
    expect(chunks.filter((url) => url.includes('staff-menu'))).toEqual([]);
  });
});
