import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, staff } from '../support/test-app.js';
import { focusedLabel } from './support/accounts.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { seedComment } from './support/seed.js';
import { commentWith, postAsGuest } from './support/widget.js';

const isPost = (request: Request) =>
  request.method() === 'POST' && new URL(request.url()).pathname === '/v1/comments';

describe.skipIf(!hasBrowser)('widget: posting', () => {
  const e2e = useE2E();

  it("shows a guest's comment at once, counts it and says it is published", async () => {
    const site = await createTestSite();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await e2e.page.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();

    await postAsGuest(e2e.page, 'Merci pour cet article.');

    await commentWith(e2e.page, 'Merci pour cet article.').getByText('Zoé').waitFor();
    await e2e.page.getByRole('heading', { name: 'Commentaires (1)' }).waitFor();
    await e2e.page.getByRole('status').getByText('Votre commentaire est publié.').waitFor();
    expect(await e2e.page.getByLabel('Réagir à cet article').inputValue()).toBe('');
  });

  it('marks the comment "en attente de modération" on a pre-moderated site, without counting it', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await postAsGuest(e2e.page, 'À modérer.');

    await commentWith(e2e.page, 'À modérer.').getByText('en attente de modération').waitFor();
    await e2e.page.getByText('Merci ! Votre commentaire sera publié après modération.').waitFor();
    await e2e.page.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();
  });

  it('still shows a guest their held comment after a reload, and only to them', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await postAsGuest(e2e.page, 'Toujours en file.');
    await commentWith(e2e.page, 'Toujours en file.').getByText('en attente de modération').waitFor();

    await e2e.page.reload();

    await commentWith(e2e.page, 'Toujours en file.').getByText('en attente de modération').waitFor();
    const other = await e2e.page.context().browser()?.newPage();
    if (other) {
      await openHost(other, e2e.app, hostHtml({ site }));
      await other.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();
      expect(await other.getByText('Toujours en file.').count()).toBe(0);
      await other.close();
    }
  });

  it('refuses a malformed e-mail before sending anything', async () => {
    const site = await createTestSite();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    const posts: Request[] = [];
    e2e.page.on('request', (request) => isPost(request) && posts.push(request));

    await postAsGuest(e2e.page, 'Bonjour', 'Zoé', 'zoe@exemple');

    await e2e.page
      .getByRole('alert')
      .getByText("Nous n'avons pas reconnu votre email, veuillez indiquer un email valide")
      .waitFor();
    expect(posts).toHaveLength(0);
  });

  it("shows the API's error code as a translated message", async () => {
    const site = await createTestSite();
    const parent = await seedComment(e2e.app, site, 'article-1', 'Bientôt refusé');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await commentWith(e2e.page, 'Bientôt refusé').getByRole('button', { name: 'Répondre' }).click();
    await e2e.page.getByLabel('Répondre à Camille').fill('Réponse');
    // A moderator refuses the comment meanwhile: the server refuses the reply.
    const moderator = await staff(e2e.app, ['moderators']);
    const decided = await api(
      e2e.app,
      'POST',
      '/v1/moderation/decisions',
      { commentIds: [parent.id], seen: { [parent.id]: parent.status }, action: 'reject' },
      bearer(moderator.idToken),
    );
    expect(decided.status).toBe(200);

    await e2e.page.getByLabel('Nom', { exact: true }).fill('Zoé');
    await e2e.page.getByLabel('E-mail', { exact: true }).fill('zoe@example.org');
    await e2e.page.getByRole('button', { name: 'Publier' }).click();

    await e2e.page
      .getByRole('alert')
      .getByText("Le commentaire auquel vous répondez n'existe plus.")
      .waitFor();
  });

  it('counts characters against the site limit and will not send a text over it', async () => {
    const site = await createTestSite({ maxLength: 20 });
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await e2e.page.getByLabel('Réagir à cet article').fill('x'.repeat(25));

    await e2e.page.getByText('25 / 20 caractères').waitFor();
    expect(await e2e.page.getByRole('button', { name: 'Publier' }).isDisabled()).toBe(true);
  });

  it('keeps the draft (text, reply target, name) through a reload, and clears it once posted', async () => {
    const site = await createTestSite();
    await seedComment(e2e.app, site, 'article-1', 'Le parent');
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await commentWith(e2e.page, 'Le parent').getByRole('button', { name: 'Répondre' }).click();
    await e2e.page.getByLabel('Répondre à Camille').fill('Ma réponse\nsur deux lignes');
    await e2e.page.getByLabel('Nom', { exact: true }).fill('Zoé');

    await e2e.page.reload();

    expect(await e2e.page.getByLabel('Répondre à Camille').inputValue()).toBe('Ma réponse\nsur deux lignes');
    expect(await e2e.page.getByLabel('Nom', { exact: true }).inputValue()).toBe('Zoé');
    await e2e.page.getByLabel('E-mail', { exact: true }).fill('zoe@example.org');
    await e2e.page.getByRole('button', { name: 'Publier' }).click();
    await commentWith(e2e.page, 'Ma réponse\nsur deux lignes').waitFor();
    await e2e.page.reload();
    expect(await e2e.page.getByLabel('Réagir à cet article').inputValue()).toBe('');
  });

  it('retries a post whose answer was lost with the same Idempotency-Key, so the comment exists once', async () => {
    const site = await createTestSite();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    const keys: string[] = [];
    let lost = false;
    await e2e.page.route(
      (url) => url.pathname === '/v1/comments',
      async (route) => {
        if (!isPost(route.request())) return route.continue();
        keys.push((await route.request().headerValue('idempotency-key')) ?? '');
        if (lost) return route.continue();
        // The server stores the comment, then the connection drops before the answer arrives.
        lost = true;
        await route.fetch();
        await route.abort('connectionreset');
      },
    );

    await postAsGuest(e2e.page, 'Envoyé deux fois ?');
    await e2e.page.getByText('Connexion impossible. Vérifiez votre réseau et réessayez.').waitFor();
    await e2e.page.getByRole('button', { name: 'Publier' }).click();

    await commentWith(e2e.page, 'Envoyé deux fois ?').waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const list = await api(e2e.app, 'GET', `/v1/comments?site=${site}&page=article-1`);
    expect(list.body.comments).toHaveLength(1);
    expect(list.body.page.commentCount).toBe(1);
  });

  it('can be used with the keyboard alone, from the first control to the posted comment', async () => {
    const site = await createTestSite();
    await openHost(e2e.page, e2e.app, hostHtml({ site }));
    await e2e.page.getByRole('heading', { name: 'Commentaires (0)' }).waitFor();
    const tabTo = async (label: string) => {
      for (let presses = 0; presses < 15 && (await focusedLabel(e2e.page)) !== label; presses++) {
        await e2e.page.keyboard.press('Tab');
      }
      expect(await focusedLabel(e2e.page)).toBe(label);
    };

    await tabTo('Réagir à cet article');
    await e2e.page.keyboard.type('Au clavier seulement');
    await tabTo('Nom');
    await e2e.page.keyboard.type('Zoé');
    await tabTo('E-mail');
    await e2e.page.keyboard.type('zoe@example.org');
    await e2e.page.keyboard.press('Enter');

    await commentWith(e2e.page, 'Au clavier seulement').waitFor();
  });
});
