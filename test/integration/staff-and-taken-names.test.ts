/**
 * Integration: who a comment says its author is. A moderator's or an administrator's comments are
 * marked `author.staff` (from their groups, never from the request), and a guest cannot post under
 * the name of an account that posted on the same site, nor under a look-alike of it.
 */

import { describe, expect, it } from 'vitest';
import type { CreatedComment } from '../../functions/comments/types.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { publicAuthorId } from '../../functions/shared/public-ids.js';
import { listComments } from '../../widget/src/api/comments.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();

const post = (site: string, body: string, headers: Record<string, string> = {}, author?: unknown) =>
  t.raw<CreatedComment & Partial<ErrorBody>>(
    'POST',
    '/v1/comments',
    { site, page: 'p', body, ...(author ? { author } : {}) },
    headers,
  );
const asGuest = (site: string, name: string, extra: Record<string, unknown> = {}) =>
  post(site, 'Un avis.', {}, { name, email: 'guest@example.org', ...extra });

describe('the staff badge', () => {
  it('marks a moderator’s comment as staff', async () => {
    const site = await t.site();
    const moderator = await t.staff(['moderators'], `Équipe ${Date.now()}`);

    const res = await post(site, 'Merci de rester courtois.', bearer(moderator.idToken));

    expect(res.status).toBe(201);
    expect(res.body.comment.author).toMatchObject({
      id: publicAuthorId(site, moderator.user.id),
      staff: true,
    });
  });

  it('marks an administrator’s comment as staff too, in the thread as well', async () => {
    const site = await t.site();
    const admin = await t.staff(['admins'], `Direction ${Date.now()}`);
    await post(site, 'Le fil est modéré.', bearer(admin.idToken));

    const list = await listComments(t.client(), { site, page: 'p', sort: 'newest' });

    expect(list.comments[0]?.author.staff).toBe(true);
  });

  it('does not mark a reader’s comment', async () => {
    const site = await t.site();
    const reader = await t.reader(`Lecteur ${Date.now()}`);

    const res = await post(site, 'Un avis de lecteur.', bearer(reader.idToken));

    expect(res.body.comment.author.staff).toBe(false);
  });

  it('never lets a guest claim it', async () => {
    const site = await t.site();

    const res = await asGuest(site, 'Camille', { staff: true });

    expect(res.body.comment?.author.staff ?? false).toBe(false);
  });
});

describe('names taken by registered readers', () => {
  const registered = async (site: string, name: string) => {
    const reader = await t.reader(name);
    const res = await post(site, 'Je suis inscrite.', bearer(reader.idToken));
    expect(res.status).toBe(201);
    return reader;
  };

  it.each([
    'Hortense Lemaire',
    'hortense lemaire',
    'HORTENSE  LÉMAIRE',
    'Hоrtense Lemaire', // Cyrillic о
    'Hor\u200Btense Lemaire',
  ])('refuses a guest posting as “%s” where Hortense Lemaire posted', async (name) => {
    const site = await t.site();
    await registered(site, 'Hortense Lemaire');

    const res = await asGuest(site, name);

    expect(res).toMatchObject({
      status: 409,
      body: { error: { code: 'name_taken', issues: [{ path: 'body.author.name' }] } },
    });
  });

  it('lets a guest use that name on another site', async () => {
    const [site, other] = [await t.site(), await t.site()];
    await registered(site, 'Gaspard Noël');

    const res = await asGuest(other, 'Gaspard Noël');

    expect(res.status).toBe(201);
  });

  it('lets a guest use a name no account posted under on the site', async () => {
    const site = await t.site();
    await t.reader('Inscrite Silencieuse');

    const res = await asGuest(site, 'Inscrite Silencieuse');

    expect(res.status).toBe(201);
  });

  it('takes a renamed account’s new name on the sites it posted on', async () => {
    const site = await t.site();
    const reader = await registered(site, 'Ancien Nom');

    const renamed = await t.raw('PATCH', '/v1/me', { name: 'Nouveau Nom' }, bearer(reader.idToken));

    expect(renamed.status).toBe(200);
    expect((await asGuest(site, 'nouveau nom')).body.error?.code).toBe('name_taken');
    expect((await asGuest(site, 'Ancien Nom')).body.error?.code).toBe('name_taken');
  });

  it('keeps letting the account itself post under its name', async () => {
    const site = await t.site();
    const reader = await registered(site, 'Octave Martin');

    const again = await post(site, 'Encore moi.', bearer(reader.idToken));

    expect(again.status).toBe(201);
  });
});
