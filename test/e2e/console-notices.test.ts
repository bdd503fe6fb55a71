/**
 * Issue 14, point 5 in the browser: the console shows what readers said in their reports, lists
 * notices of illegal content in their own queue and decides them with a statement of reasons,
 * which the comment's author then reads in the widget.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listStatements } from '../../functions/moderation/report-repository.js';
import { api, bearer, createTestSite, signUpReader, staff, type TestApp } from '../support/test-app.js';
import { logInWithWidget } from './support/accounts.js';
import { hasBrowser } from './support/browser.js';
import { ensureConsoleBuilt, logInToConsole, openSite, queued } from './support/console.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';

const EXPLANATION = 'Diffamation (loi du 29 juillet 1881, art. 29) : il accuse nommément une personne.';

/** A reader's published comment on `article-1` of a new site: the site, the author and the id. */
async function published(app: TestApp, body: string, settings = {}) {
  const site = await createTestSite(settings);
  const author = await signUpReader(app, 'Camille Autrice');
  const res = await api(
    app,
    'POST',
    '/v1/comments',
    { site, page: 'article-1', body },
    bearer(author.idToken),
  );
  return { site, author, id: String(res.body.comment.id) };
}

/** A notice of illegal content on comment `id`, from a guest notifier. */
const sendNotice = (app: TestApp, id: string) =>
  api(app, 'POST', `/v1/comments/${id}/reports`, {
    reason: 'illegal',
    text: EXPLANATION,
    reporter: { name: 'Claire Martin', email: `claire-${Date.now()}@example.org` },
    goodFaith: true,
  });

describe.skipIf(!hasBrowser)('console: reports and notices a moderator can act on', () => {
  beforeAll(ensureConsoleBuilt, 120_000);
  const e2e = useE2E();

  /** The moderator in the console, on `site`'s tab named `tab`. */
  async function openTab(site: string, tab: string) {
    const moderator = await staff(e2e.app, ['moderators']);
    await logInToConsole(e2e.page, e2e.app, moderator.email, moderator.password);
    await openSite(e2e.page, site);
    await e2e.page
      .getByRole('navigation', { name: 'Files de modération' })
      // A tab's name is its label and its count ("Notifications légales, 1 commentaire").
      .getByRole('link', { name: new RegExp(`^${tab}(,|$)`) })
      .click();
  }

  it("shows each report's reason, the reader's name and their words", async () => {
    const body = `Un avis signalé ${Date.now()}`;
    const { site, id } = await published(e2e.app, body, { reportThreshold: 1 });
    const reader = await signUpReader(e2e.app, 'Marc Lecteur');
    const report = { reason: 'other', text: 'Il se moque d’un autre lecteur.' };
    await api(e2e.app, 'POST', `/v1/comments/${id}/reports`, report, bearer(reader.idToken));

    await openTab(site, 'Signalés');

    const list = queued(e2e.page, body).getByRole('list', { name: 'Signalements de ce tour' });
    await list.getByText('Il se moque d’un autre lecteur.').waitFor();
    expect(await list.textContent()).toContain('autre · Marc Lecteur');
  });

  it('lists a notice in its own queue and records the decision with its statement of reasons', async () => {
    const body = `Un avis notifié ${Date.now()}`;
    const { site, id } = await published(e2e.app, body);
    await sendNotice(e2e.app, id);
    await openTab(site, 'Notifications légales');
    const item = queued(e2e.page, body);
    await item.getByText(EXPLANATION).waitFor();

    await item.getByRole('button', { name: 'Décider, avec l’exposé des motifs…' }).click();
    const dialog = e2e.page.getByRole('dialog', { name: 'Décision sur les notifications' });
    await dialog.getByLabel('Faits et circonstances').fill('Il accuse une personne nommée d’un vol.');
    await dialog.getByLabel('Texte invoqué').fill('Loi du 29 juillet 1881, art. 29');
    await dialog.getByLabel('Pourquoi ce texte s’applique').fill('Une allégation contre l’honneur.');
    await dialog.getByRole('button', { name: 'Enregistrer la décision' }).click();

    await e2e.page
      .getByRole('status')
      .getByText('Commentaire retiré ; exposé des motifs enregistré.')
      .waitFor();
    await item.waitFor({ state: 'detached' });
    const [stored] = await listStatements(id);
    expect(stored?.statement).toMatchObject({
      decision: 'remove',
      facts: 'Il accuse une personne nommée d’un vol.',
      ground: { kind: 'law', name: 'Loi du 29 juillet 1881, art. 29' },
      automated: false,
    });
    expect(stored?.statement.redress).toMatch(/^Vous pouvez contester cette décision/);
  });

  it('shows the author the statement of reasons on their removed comment, in the widget', async () => {
    const { site, author, id } = await published(e2e.app, 'Un avis retiré.');
    await sendNotice(e2e.app, id);
    const moderator = await staff(e2e.app, ['moderators']);
    const statement = {
      facts: 'Il accuse une personne nommée d’un vol.',
      ground: { kind: 'law', name: 'Loi du 29 juillet 1881, art. 29', explanation: 'Une allégation.' },
      redress: 'Répondez au message, ou saisissez le tribunal judiciaire.',
      automated: false,
    };
    const decision = { decision: 'remove', seen: 'approved', statement };
    await api(e2e.app, 'POST', `/v1/moderation/notices/${id}`, decision, bearer(moderator.idToken));
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await logInWithWidget(e2e.page, author.email, author.password);
    await e2e.page.getByText('Exposé des motifs', { exact: true }).click();

    await e2e.page.getByText('Faits : Il accuse une personne nommée d’un vol.').waitFor();
    await e2e.page.getByText('Fondement : Loi du 29 juillet 1881, art. 29. Une allégation.').waitFor();
    await e2e.page.getByText('Recours : Répondez au message, ou saisissez le tribunal judiciaire.').waitFor();
  });
});
