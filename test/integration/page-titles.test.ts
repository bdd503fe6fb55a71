/**
 * Article titles and URLs (issue 13, point 2): the page record names an article only from a URL on
 * one of the site's origins; a later comment from the site corrects it; a moderator's edit sticks,
 * is logged, and is refused to readers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueuePage } from '../../functions/moderation/types.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { listQueue, readLog } from '../../widget/src/api/moderation.js';
import { bearer } from '../support/test-app.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
const JOURNAL = 'https://www.journal.example';
let moderator: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
});

let n = 0;
/** A guest's comment on `page` naming the article, sent from `origin` (a browser) or from no browser. */
const post = (site: string, page: string, pageTitle: string, pageUrl: string, origin?: string) =>
  t.raw(
    'POST',
    '/v1/comments',
    {
      site,
      page,
      body: `commentaire ${n++}`,
      pageTitle,
      pageUrl,
      author: { name: `Invité ${n}`, email: `g${n}@example.org` },
    },
    origin ? { origin } : {},
  );
/** The article as the moderation queue shows it. */
const article = async (site: string, page: string) => {
  const queue = await listQueue(t.client(moderator.idToken), { site, status: 'pending', page });
  return queue.comments[0]?.page;
};
/** A moderator's (or anyone's) edit of the article's title and URL. */
const edit = (site: string, page: string, body: unknown, token = moderator.idToken) =>
  t.raw<ErrorBody & { page: QueuePage['comments'][number]['page'] }>(
    'PATCH',
    `/v1/moderation/pages?site=${site}&page=${page}`,
    body,
    bearer(token),
  );

describe('a comment naming its article', () => {
  it('does not make a URL on another domain the article moderators see', async () => {
    const site = await t.site({ moderation: 'pre', allowedOrigins: [JOURNAL] });

    const posted = await post(
      site,
      'a1',
      'URGENT — session expirée, reconnectez-vous',
      'https://evil.example/login',
    );

    expect(posted.status).toBe(201);
    expect(await article(site, 'a1')).toMatchObject({ id: 'a1', title: null, url: null });
  });

  it('names the article from a URL on one of the site origins', async () => {
    const site = await t.site({ moderation: 'pre', allowedOrigins: [JOURNAL] });

    await post(site, 'a2', 'Rénovation des écoles', `${JOURNAL}/ecoles`, JOURNAL);

    expect(await article(site, 'a2')).toMatchObject({
      title: 'Rénovation des écoles',
      url: `${JOURNAL}/ecoles`,
    });
  });

  it('lets a later comment from the site correct the title and URL', async () => {
    const site = await t.site({ moderation: 'pre', allowedOrigins: [JOURNAL] });
    await post(site, 'a3', 'Titre provisoire', `${JOURNAL}/brouillon`, JOURNAL);

    await post(site, 'a3', 'Rénovation des écoles : le calendrier', `${JOURNAL}/ecoles`, JOURNAL);

    expect(await article(site, 'a3')).toMatchObject({
      title: 'Rénovation des écoles : le calendrier',
      url: `${JOURNAL}/ecoles`,
    });
  });

  it('on a site open to any origin, takes a URL only on the origin the browser is on', async () => {
    const site = await t.site({ moderation: 'pre', allowedOrigins: ['*'] });

    await post(site, 'a4', 'Faux titre', 'https://evil.example/login', 'https://blog.example');
    const spoofed = await article(site, 'a4');
    await post(site, 'a4', 'Vrai titre', 'https://blog.example/billet', 'https://blog.example');

    expect(spoofed).toMatchObject({ title: null, url: null });
    expect(await article(site, 'a4')).toMatchObject({
      title: 'Vrai titre',
      url: 'https://blog.example/billet',
    });
  });

  it('accepts a URL on the API own origin (the local demo article)', async () => {
    const site = await t.site({ moderation: 'pre' });

    await post(site, 'a5', 'Article de démonstration', `${t.app.url}/`);

    expect(await article(site, 'a5')).toMatchObject({
      title: 'Article de démonstration',
      url: `${t.app.url}/`,
    });
  });
});

describe("a moderator's edit of an article", () => {
  it('sets its title and URL, and later comments no longer change them', async () => {
    const site = await t.site({ moderation: 'pre', allowedOrigins: [JOURNAL] });
    await post(site, 'b1', 'Titre du site', `${JOURNAL}/b1`, JOURNAL);

    const edited = await edit(site, 'b1', { title: 'Titre corrigé', url: `${JOURNAL}/b1-corrige` });
    await post(site, 'b1', 'Titre du site, encore', `${JOURNAL}/b1`, JOURNAL);

    expect(edited.status).toBe(200);
    expect(await article(site, 'b1')).toMatchObject({ title: 'Titre corrigé', url: `${JOURNAL}/b1-corrige` });
  });

  it('is written in the audit log with the new title and URL', async () => {
    const site = await t.site({ moderation: 'pre', allowedOrigins: [JOURNAL] });

    await edit(site, 'b2', { title: 'Nouveau titre', url: `${JOURNAL}/b2` });

    const { entries } = await readLog(t.client(moderator.idToken), site);
    expect(entries[0]).toMatchObject({
      action: 'page_edit',
      page: 'b2',
      actorId: moderator.user.id,
      title: 'Nouveau titre',
      url: `${JOURNAL}/b2`,
    });
  });

  it('refuses a URL on another domain, and changes nothing', async () => {
    const site = await t.site({ moderation: 'pre', allowedOrigins: [JOURNAL] });
    await post(site, 'b3', 'Titre du site', `${JOURNAL}/b3`, JOURNAL);

    const refused = await edit(site, 'b3', { title: 'Piège', url: 'https://evil.example/b3' });

    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'page_url_not_allowed' } } });
    expect(await article(site, 'b3')).toMatchObject({ title: 'Titre du site', url: `${JOURNAL}/b3` });
  });

  it('is refused to a reader', async () => {
    const site = await t.site({ moderation: 'pre', allowedOrigins: [JOURNAL] });
    const reader = await t.reader();

    const refused = await edit(site, 'b4', { title: 'Titre de lecteur', url: null }, reader.idToken);

    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
  });
});
