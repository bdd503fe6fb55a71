/** Security test support: valid requests for the comment, reaction and report routes, per role. */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { signToken } from '../../../functions/alerts/token.js';
import { tokenHash } from '../../../functions/comments/guest-confirmation.js';
import { putConfirmation } from '../../../functions/comments/guest-confirmation-repository.js';
import { api, bearer } from '../test-app.js';
import { COUNTS_EXACT_WITHIN_MS } from '../use-test-app.js';
import { actorOf, type Build, next, query, simple } from './request-kit.js';
import { comment, type Role, uniqueEmail, type World } from './world.js';

const listPage = (w: World, page: string) =>
  api(w.app, 'GET', `/v1/comments${query({ site: w.site, page })}`);

/** The comment an "own comment" cell acts on, alone on its page: the banned reader's own, else the reader's. */
async function ownComment(w: World, role: Role): Promise<{ id: string; page: string }> {
  const page = `own-${next()}`;
  if (role !== 'banned') return { id: await comment(w, w.actors.reader.idToken, page), page };
  const id = w.bannedOwn.pop();
  if (!id) throw new Error('no comment of the banned reader left');
  return { id, page: 'p' };
}

/** A reaction the reader put on a fresh target; the cell's actor then removes "their" reaction there. */
function unreact(on: 'comment' | 'page'): Build {
  return async (w, role) => {
    const path =
      on === 'comment'
        ? `/v1/comments/${await comment(w)}/reactions/like${query({ site: w.site })}`
        : `/v1/pages/reactions/like${query({ site: w.site, page: `rx-${next()}` })}`;
    const put = await api(w.app, 'PUT', path, undefined, bearer(w.actors.reader.idToken));
    expect(put.body.reactions.like).toBe(1);
    // The stored count the other callers' answers start from is the fold's (its stated delay).
    await w.app.counts.drain(COUNTS_EXACT_WITHIN_MS);
    return {
      path,
      actor: actorOf(w, role),
      async after(res) {
        if (res.status !== 200) return;
        // Only the caller's own reaction goes: anyone else leaves the reader's in place.
        expect(res.body).toEqual({ reactions: role === 'reader' ? {} : { like: 1 }, mine: [] });
      },
    };
  };
}

export const contentRequests: Record<string, Build> = {
  'GET /v1/health': simple(() => '/v1/health'),
  'GET /v1/comments': simple((w) => `/v1/comments${query({ site: w.site, page: 'p' })}`),
  'GET /v1/comments/mine': simple((w) => `/v1/comments/mine${query({ site: w.site, page: 'p' })}`),
  'GET /v1/counts': simple((w) => `/v1/counts${query({ site: w.site, page: 'p' })}`),
  'GET /v1/guests/confirm': simple(
    () => `/v1/guests/confirm${query({ token: `unknown-link-${next()}-0000000000` })}`,
  ),
  // A link of its own for each request (one use each), as the mail would carry it.
  'POST /v1/guests/confirm': async (w, role) => {
    const token = randomBytes(24).toString('base64url');
    await putConfirmation(tokenHash(token), w.site, `guest:matrix-${next()}`, {
      notifyReplies: false,
      lang: 'fr',
    });
    return { path: '/v1/guests/confirm', body: { token }, actor: actorOf(w, role) };
  },
  // A signed link of the reader's, as an alert email carries it: it works without any login.
  'GET /v1/alerts/unsubscribe': simple(
    (w) =>
      `/v1/alerts/unsubscribe${query({ token: signToken({ userId: w.actors.reader.userId, kind: 'replies', issued: new Date().toISOString() }) })}`,
  ),
  'POST /v1/alerts/unsubscribe': async (w, role) => {
    const token = signToken({
      userId: w.actors.reader.userId,
      kind: 'replies',
      issued: new Date().toISOString(),
    });
    return { path: `/v1/alerts/unsubscribe${query({ token })}`, body: {}, actor: actorOf(w, role) };
  },
  'DELETE /v1/warnings/{id}': async (w, role) => {
    // The moderator warns the cell's actor first; anonymous dismisses the reader's warning.
    const actor = actorOf(w, role);
    const target = actor ?? w.actors.reader;
    const warnings = `/v1/moderation/users/${target.userId}/warnings${query({ site: w.site })}`;
    const warned = await api(
      w.app,
      'POST',
      warnings,
      { message: 'matrice' },
      bearer(w.actors.moderator.idToken),
    );
    if (warned.status !== 201) throw new Error(`warning answered ${warned.status}`);
    return { path: `/v1/warnings/${warned.body.warning.id}${query({ site: w.site })}`, actor };
  },
  'POST /v1/comments': async (w, role) => {
    const author = { name: 'Invitée', email: uniqueEmail('guest') };
    w.emails.add(author.email);
    const body = { site: w.site, page: 'p', body: `${role} ${next()}` };
    return {
      path: '/v1/comments',
      body: role === 'anonymous' ? { ...body, author } : body,
      actor: actorOf(w, role),
    };
  },
  'PATCH /v1/comments/{id}': async (w, role) => {
    const target = await ownComment(w, role);
    return {
      path: `/v1/comments/${target.id}`,
      body: { body: `modifié par ${role}` },
      actor: actorOf(w, role),
      async after(res) {
        if (res.status === 200 || role === 'banned') return;
        const [listed] = (await listPage(w, target.page)).body.comments;
        expect(listed).toMatchObject({ id: target.id, editedAt: null, status: 'approved' });
      },
    };
  },
  'DELETE /v1/comments/{id}': async (w, role) => {
    const target = await ownComment(w, role);
    return {
      path: `/v1/comments/${target.id}`,
      actor: actorOf(w, role),
      async after(res) {
        if (res.status === 200) return;
        const listed = (await listPage(w, target.page)).body.comments;
        expect(listed.find((c: { id: string }) => c.id === target.id)?.status).toBe('approved');
      },
    };
  },
  'PUT /v1/comments/{id}/reactions/{type}': async (w, role) => ({
    path: `/v1/comments/${await comment(w)}/reactions/love${query({ site: w.site })}`,
    actor: actorOf(w, role),
  }),
  'DELETE /v1/comments/{id}/reactions/{type}': unreact('comment'),
  'PUT /v1/pages/reactions/{type}': simple(
    (w) => `/v1/pages/reactions/love${query({ site: w.site, page: 'p' })}`,
  ),
  'DELETE /v1/pages/reactions/{type}': unreact('page'),
  'POST /v1/comments/{id}/reports': async (w, role) => {
    // A guest reports with an email, which no answer may then carry.
    const reporter = { email: uniqueEmail('reporter') };
    if (role === 'anonymous') w.emails.add(reporter.email);
    return {
      path: `/v1/comments/${await comment(w)}/reports`,
      body: role === 'anonymous' ? { reason: 'spam', reporter } : { reason: 'spam' },
      actor: actorOf(w, role),
    };
  },
};
