import { describe, expect, it } from 'vitest';
import type { Me, Session } from '../../functions/accounts/types.js';
import type { CommentList, CreatedComment } from '../../functions/comments/types.js';
import { publicAuthorId } from '../../functions/shared/public-ids.js';
import { forgotPassword, signup } from '../../widget/src/api/auth.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();

/** What the test reads of `GET /v1/me/export`. */
type Exported = { user: { email: string }; comments: unknown[] };

/** Posts as `reader` through the widget's client; the comment's id. */
const postAs = async (reader: Reader, site: string, body: string) =>
  (await postComment(t.client(reader.idToken), { site, page: 'p', body }, newKey())).comment.id;

const unique = () => `u-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.org`;

describe('registration, confirmation and login', () => {
  it('registers, emails a code, confirms with it and logs in with roles and tokens', async () => {
    const email = unique();
    const signedUp = await t.raw('POST', '/v1/auth/signup', {
      email: `  ${email.toUpperCase()} `,
      password: 'longenough1',
      name: 'Zoé',
    });
    expect(signedUp).toMatchObject({ status: 202, body: { status: 'code_sent' } });

    const code = t.app.mailbox.latestCode(email);
    expect(code).toMatch(/^\d{6}$/);
    expect((await t.raw('POST', '/v1/auth/confirm', { email, code })).status).toBe(200);

    const login = await t.raw<Session>('POST', '/v1/auth/login', { email, password: 'longenough1' });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({
      user: { name: 'Zoé', email, roles: [] },
      expiresIn: expect.any(Number),
    });
    expect(login.body.idToken.split('.')).toHaveLength(3);
    expect(login.body.refreshToken).toBeTruthy();
  });

  it('refuses a wrong code', async () => {
    const email = unique();
    await signup(t.client(), email, 'longenough1', 'Léo');
    const res = await t.raw('POST', '/v1/auth/confirm', { email, code: '000000' });
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'invalid_code' } } });
  });

  it('refuses a password under 8 characters', async () => {
    const res = await t.raw('POST', '/v1/auth/signup', {
      email: unique(),
      password: 'short',
      name: 'X',
    });
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'password_too_weak' } } });
  });

  it('refreshes a session and logs out, after which the refresh token no longer works', async () => {
    const reader = await t.reader();
    const refreshed = await t.raw<Session>('POST', '/v1/auth/refresh', { refreshToken: reader.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.user.id).toBe(reader.user.id);

    const out = await t.raw(
      'POST',
      '/v1/auth/logout',
      { refreshToken: reader.refreshToken },
      bearer(reader.idToken),
    );
    expect(out.status).toBe(204);
    const again = await t.raw('POST', '/v1/auth/refresh', { refreshToken: reader.refreshToken });
    expect(again).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });
});

describe('no one learns whether an email has an account', () => {
  it('answers signup with a taken email exactly as with a new one', async () => {
    const reader = await t.reader();
    const taken = await t.raw('POST', '/v1/auth/signup', {
      email: reader.email,
      password: 'longenough1',
      name: 'Y',
    });
    const fresh = await t.raw('POST', '/v1/auth/signup', {
      email: unique(),
      password: 'longenough1',
      name: 'Y',
    });
    expect([taken.status, taken.body]).toEqual([fresh.status, fresh.body]);
  });

  it('answers a login with an unknown email exactly as with a wrong password', async () => {
    const reader = await t.reader();
    const wrong = await t.raw('POST', '/v1/auth/login', {
      email: reader.email,
      password: 'not the password',
    });
    const unknown = await t.raw('POST', '/v1/auth/login', {
      email: unique(),
      password: 'not the password',
    });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'invalid_credentials' } } });
    expect([unknown.status, unknown.body]).toEqual([wrong.status, wrong.body]);
  });

  it('answers forgot and resend for an unknown email exactly as for a known one', async () => {
    const reader = await t.reader();
    for (const route of ['/v1/auth/forgot', '/v1/auth/resend']) {
      const known = await t.raw('POST', route, { email: reader.email });
      const unknown = await t.raw('POST', route, { email: unique() });
      expect(known).toMatchObject({ status: 202 });
      expect([unknown.status, unknown.body]).toEqual([known.status, known.body]);
    }
  });
});

describe('password reset', () => {
  it('resets the password with the emailed code; the old one stops working', async () => {
    const reader = await t.reader();
    await forgotPassword(t.client(), reader.email);
    const code = t.app.mailbox.latestCode(reader.email);

    const reset = await t.raw('POST', '/v1/auth/reset', {
      email: reader.email,
      code,
      password: 'a brand new one',
    });

    expect(reset.status).toBe(200);
    expect(
      (await t.raw('POST', '/v1/auth/login', { email: reader.email, password: 'a brand new one' })).status,
    ).toBe(200);
    expect(
      (await t.raw('POST', '/v1/auth/login', { email: reader.email, password: reader.password })).status,
    ).toBe(401);
  });
});

describe('commenting with an account', () => {
  it('posts under the account name and lets only the author edit within the window', async () => {
    const site = await t.site({ guests: false });
    const author = await t.reader('Autrice');
    const other = await t.reader('Autre');
    const created = await t.raw<CreatedComment>(
      'POST',
      '/v1/comments',
      { site, page: 'p', body: 'Mon avis' },
      bearer(author.idToken),
    );
    expect(created.status).toBe(201);
    expect(created.body.comment.author).toEqual({
      id: publicAuthorId(site, author.user.id),
      name: 'Autrice',
      guest: false,
      staff: false,
    });
    const id = created.body.comment.id;

    const byOther = await t.raw('PATCH', `/v1/comments/${id}`, { body: 'piraté' }, bearer(other.idToken));
    expect(byOther).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });

    const edited = await t.raw<CreatedComment>(
      'PATCH',
      `/v1/comments/${id}`,
      { body: 'Mon avis, corrigé' },
      bearer(author.idToken),
    );
    expect(edited.status).toBe(200);
    expect(edited.body.comment).toMatchObject({ body: 'Mon avis, corrigé', editedAt: expect.any(String) });
  });

  it('refuses an edit after the edit window', async () => {
    const site = await t.site({ editWindowSeconds: 0 });
    const author = await t.reader();
    const created = await postAs(author, site, 'x');
    await new Promise((r) => setTimeout(r, 10));
    const res = await t.raw('PATCH', `/v1/comments/${created}`, { body: 'y' }, bearer(author.idToken));
    expect(res).toMatchObject({ status: 403, body: { error: { code: 'edit_window_closed' } } });
  });

  it('deletes to a placeholder while a reply hangs from it, and uncounts the comment', async () => {
    const site = await t.site();
    const author = await t.reader();
    const created = await postAs(author, site, 'bientôt parti');
    const reply = {
      site,
      page: 'p',
      body: 'une réponse',
      parentId: created,
      author: { name: 'Camille', email: 'camille@example.org' },
    };
    await postComment(t.client(), reply, newKey());

    const res = await t.raw('DELETE', `/v1/comments/${created}`, undefined, bearer(author.idToken));

    expect(res.status).toBe(200);
    const list = await listComments(t.client(), { site, page: 'p', sort: 'newest' });
    expect(list.page?.commentCount).toBe(1);
    expect(list.comments[0]).toMatchObject({ status: 'deleted', body: '', author: { name: '' } });
  });

  it('shows the author their own pending comment, and no one else', async () => {
    const site = await t.site({ moderation: 'pre' });
    const author = await t.reader();
    await postAs(author, site, 'à valider');

    const thread = { site, page: 'p', sort: 'newest' } as const;
    const mine = await listComments(t.client(author.idToken), thread);
    const anonymous = await listComments(t.client(), thread);

    expect(mine.comments.map((c) => c.status)).toEqual(['pending']);
    expect(anonymous.comments).toEqual([]);
  });

  it('refuses a bad token with 401 rather than treating the caller as a guest', async () => {
    const site = await t.site();
    const res = await t.raw('POST', '/v1/comments', { site, page: 'p', body: 'x' }, bearer('not.a.token'));
    expect(res).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });
});

describe('my data', () => {
  it('reads and updates alert settings and the display name', async () => {
    const reader = await t.reader();
    const me = await t.raw<Me>('GET', '/v1/me', undefined, bearer(reader.idToken));
    expect(me.body.user).toMatchObject({ id: reader.user.id, alerts: { replies: true } });
    expect(me.body.user.email).toBe(reader.email);

    const patched = await t.raw<Me>(
      'PATCH',
      '/v1/me',
      { name: 'Nouveau nom', alerts: { replies: false } },
      bearer(reader.idToken),
    );
    expect(patched.body.user).toMatchObject({ name: 'Nouveau nom', alerts: { replies: false } });
    const relogged = await t.raw<Session>('POST', '/v1/auth/login', {
      email: reader.email,
      password: reader.password,
    });
    expect(relogged.body.user.name).toBe('Nouveau nom');
  });

  it('exports profile and comments as one document', async () => {
    const site = await t.site();
    const reader = await t.reader();
    await postAs(reader, site, 'exporté');

    const res = await t.raw<Exported>('GET', '/v1/me/export', undefined, bearer(reader.idToken));

    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe(reader.email);
    expect(res.body.comments).toMatchObject([{ body: 'exporté', site, page: 'p' }]);
  });

  it('deletes the account: the user is gone and their comments keep no name or text', async () => {
    const site = await t.site();
    const reader = await t.reader('À oublier');
    await postAs(reader, site, 'texte personnel');

    const res = await t.raw('DELETE', '/v1/me', undefined, bearer(reader.idToken));

    expect(res.status).toBe(204);
    const login = await t.raw('POST', '/v1/auth/login', {
      email: reader.email,
      password: reader.password,
    });
    expect(login.status).toBe(401);
    const list = await t.raw<CommentList>('GET', `/v1/comments?site=${site}&page=p`);
    expect(JSON.stringify(list.body)).not.toContain('texte personnel');
    expect(JSON.stringify(list.body)).not.toContain('À oublier');
    expect(list.body.page?.commentCount).toBe(0);
  });
});
