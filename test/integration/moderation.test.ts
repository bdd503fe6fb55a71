import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  bearer,
  createTestSite,
  signUpReader,
  staff,
  startTestApp,
  type TestApp,
} from '../support/test-app.js';

let app: TestApp;
let moderator: Awaited<ReturnType<typeof staff>>;
let admin: Awaited<ReturnType<typeof staff>>;
beforeAll(async () => {
  app = await startTestApp();
  moderator = await staff(app, ['moderators']);
  admin = await staff(app, ['admins'], 'Admin');
});
afterAll(() => app.stop());

let n = 0;
const post = (site: string, token: string, body = `commentaire ${n++}`, page = 'p') =>
  api(app, 'POST', '/v1/comments', { site, page, body }, bearer(token));
const decide = (commentIds: string[], action: string, reason?: string) =>
  api(app, 'POST', '/v1/moderation/decisions', { commentIds, action, reason }, bearer(moderator.idToken));
const queue = (site: string, status: string) =>
  api(app, 'GET', `/v1/moderation/queue?site=${site}&status=${status}`, undefined, bearer(moderator.idToken));

describe('reports', () => {
  it('moves a comment to the reported queue at the threshold; one report per reader', async () => {
    const site = await createTestSite({ reportThreshold: 3 });
    const author = await signUpReader(app);
    const id = (await post(site, author.idToken)).body.comment.id;
    const readers = await Promise.all([signUpReader(app), signUpReader(app), signUpReader(app)]);

    const first = await api(
      app,
      'POST',
      `/v1/comments/${id}/reports`,
      { reason: 'abuse' },
      bearer(readers[0].idToken),
    );
    const twice = await api(
      app,
      'POST',
      `/v1/comments/${id}/reports`,
      { reason: 'abuse' },
      bearer(readers[0].idToken),
    );
    expect(first.status).toBe(201);
    expect(twice).toMatchObject({ status: 409, body: { error: { code: 'already_reported' } } });
    expect((await queue(site, 'reported')).body.comments).toEqual([]);

    await api(app, 'POST', `/v1/comments/${id}/reports`, { reason: 'spam' }, bearer(readers[1].idToken));
    await api(
      app,
      'POST',
      `/v1/comments/${id}/reports`,
      { reason: 'other', text: 'hors sujet' },
      bearer(readers[2].idToken),
    );

    const reported = await queue(site, 'reported');
    expect(reported.body.comments[0]).toMatchObject({
      comment: { id },
      reports: { count: 3, reasons: { abuse: 1, spam: 1, other: 1 } },
    });
    const settled = await decide([id], 'approve');
    expect(settled.body.results[0].ok).toBe(true);
    expect((await queue(site, 'reported')).body.comments).toEqual([]);
  });

  it('holds a comment at the threshold on a site that hides reported ones, saying so by code', async () => {
    const site = await createTestSite({ reportThreshold: 2, hideReported: true });
    const author = await signUpReader(app);
    const id = (await post(site, author.idToken)).body.comment.id;
    for (const reader of [await signUpReader(app), await signUpReader(app)]) {
      await api(app, 'POST', `/v1/comments/${id}/reports`, { reason: 'abuse' }, bearer(reader.idToken));
    }

    const mine = await api(app, 'GET', `/v1/comments?site=${site}&page=p`, undefined, bearer(author.idToken));
    const log = await api(
      app,
      'GET',
      `/v1/moderation/log?site=${site}&comment=${id}`,
      undefined,
      bearer(moderator.idToken),
    );

    expect(mine.body.comments[0]).toMatchObject({
      status: 'pending',
      moderation: { phase: 'reports', code: 'reported', params: { reports: 2 } },
    });
    expect(log.body.entries[0]).toMatchObject({
      action: 'reported',
      code: 'reported',
      params: { reports: 2 },
    });
  });

  it('asks for a text with reason other', async () => {
    const site = await createTestSite();
    const id = (await post(site, (await signUpReader(app)).idToken)).body.comment.id;
    const res = await api(
      app,
      'POST',
      `/v1/comments/${id}/reports`,
      { reason: 'other' },
      bearer((await signUpReader(app)).idToken),
    );
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'report_text_required' } } });
  });
});

describe('bans', () => {
  it('stops a banned reader from posting, editing, reacting and reporting at once, until lifted', async () => {
    const site = await createTestSite();
    const reader = await signUpReader(app);
    const own = (await post(site, reader.idToken)).body.comment.id;
    const other = (await post(site, (await signUpReader(app)).idToken)).body.comment.id;

    const ban = await api(
      app,
      'POST',
      `/v1/moderation/bans/${reader.user.id}?site=${site}`,
      { reason: 'insultes' },
      bearer(moderator.idToken),
    );
    expect(ban.status).toBe(200);

    expect((await post(site, reader.idToken)).body.error.code).toBe('banned');
    expect(
      (await api(app, 'PATCH', `/v1/comments/${own}`, { body: 'modifié' }, bearer(reader.idToken))).body.error
        .code,
    ).toBe('banned');
    expect(
      (await api(app, 'PUT', `/v1/comments/${other}/reactions/like`, undefined, bearer(reader.idToken))).body
        .error.code,
    ).toBe('banned');
    expect(
      (await api(app, 'POST', `/v1/comments/${other}/reports`, { reason: 'spam' }, bearer(reader.idToken)))
        .body.error.code,
    ).toBe('banned');

    await api(
      app,
      'DELETE',
      `/v1/moderation/bans/${reader.user.id}?site=${site}`,
      undefined,
      bearer(moderator.idToken),
    );
    expect((await post(site, reader.idToken)).status).toBe(201);
    const log = await api(
      app,
      'GET',
      `/v1/moderation/log?site=${site}`,
      undefined,
      bearer(moderator.idToken),
    );
    expect(log.body.entries.map((e: { action: string }) => e.action)).toEqual(['unban', 'ban']);
  });

  it('refuses a moderator banning a moderator', async () => {
    const site = await createTestSite();
    const other = await staff(app, ['moderators']);
    const res = await api(
      app,
      'POST',
      `/v1/moderation/bans/${other.user.id}?site=${site}`,
      {},
      bearer(moderator.idToken),
    );
    expect(res).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
  });
});

describe('decisions', () => {
  it('applies a bulk decision to every valid id once, reports the others per id, and logs once each', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    const reader = await signUpReader(app);
    const a = (await post(site, reader.idToken)).body.comment.id;
    const b = (await post(site, reader.idToken)).body.comment.id;

    const res = await decide([a, b, a, '01ARZ3NDEKTSV4RRFFQ69G5FAV'], 'reject', 'hors charte');

    expect(res.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, false]);
    expect(res.body.results[2].error.code).toBe('comment_not_found');
    const again = await decide([a], 'reject');
    expect(again.body.results[0].error.code).toBe('action_not_allowed');
    const log = await api(
      app,
      'GET',
      `/v1/moderation/log?site=${site}&comment=${a}`,
      undefined,
      bearer(moderator.idToken),
    );
    expect(log.body.entries).toHaveLength(1);
    const mine = await api(app, 'GET', `/v1/comments?site=${site}&page=p`, undefined, bearer(reader.idToken));
    expect(mine.body.comments[0].moderation).toEqual({
      phase: 'moderator',
      code: 'moderator_rejected',
      params: {},
      note: 'hors charte',
    });
  });

  it('pins a comment so that it leads the thread', async () => {
    const site = await createTestSite();
    const reader = await signUpReader(app);
    const id = (await post(site, reader.idToken)).body.comment.id;
    await post(site, reader.idToken);

    await decide([id], 'pin');

    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=p`);
    expect(list.body.page.pinned.map((c: { id: string }) => c.id)).toEqual([id]);
  });

  it('closes an article to new comments, and reopens it', async () => {
    const site = await createTestSite();
    const reader = await signUpReader(app);
    const close = await api(
      app,
      'PUT',
      `/v1/moderation/pages?site=${site}&page=p`,
      { closed: true },
      bearer(moderator.idToken),
    );
    expect(close.status).toBe(200);
    expect((await post(site, reader.idToken)).body.error.code).toBe('page_closed');
    expect((await api(app, 'GET', `/v1/comments?site=${site}&page=p`)).body.page.closed).toBe(true);
    await api(
      app,
      'PUT',
      `/v1/moderation/pages?site=${site}&page=p`,
      { closed: false },
      bearer(moderator.idToken),
    );
    expect((await post(site, reader.idToken)).status).toBe(201);
  });

  it('shows an author’s history and keeps a note on them', async () => {
    const site = await createTestSite();
    const reader = await signUpReader(app);
    await post(site, reader.idToken);
    await api(
      app,
      'PUT',
      `/v1/moderation/users/${reader.user.id}/note?site=${site}`,
      { note: 'à surveiller' },
      bearer(moderator.idToken),
    );
    const history = await api(
      app,
      'GET',
      `/v1/moderation/users/${reader.user.id}?site=${site}`,
      undefined,
      bearer(moderator.idToken),
    );
    expect(history.body).toMatchObject({
      counts: { approved: 1 },
      member: { note: 'à surveiller', approvedCount: 1 },
    });
    const stats = await api(
      app,
      'GET',
      `/v1/moderation/stats?site=${site}&days=7`,
      undefined,
      bearer(moderator.idToken),
    );
    expect(stats.body.days).toHaveLength(7);
    expect(stats.body.days[6]).toMatchObject({ posted: 1, approved: 1 });
  });
});

describe('who may call moderation and site routes', () => {
  it('refuses readers (403) and anonymous callers (401)', async () => {
    const site = await createTestSite();
    const reader = await signUpReader(app);
    expect(
      (await api(app, 'GET', `/v1/moderation/queue?site=${site}`, undefined, bearer(reader.idToken))).status,
    ).toBe(403);
    expect((await api(app, 'GET', `/v1/moderation/queue?site=${site}`)).status).toBe(401);
    expect((await api(app, 'GET', `/v1/sites/${site}`, undefined, bearer(moderator.idToken))).status).toBe(
      403,
    );
  });

  it('lets an admin change settings, refusing bad ones with a code', async () => {
    const site = await createTestSite();
    const ok = await api(
      app,
      'PUT',
      `/v1/sites/${site}`,
      { moderation: 'pre', bannedWords: ['abruti'] },
      bearer(admin.idToken),
    );
    expect(ok.body.site).toMatchObject({ moderation: 'pre', bannedWords: ['abruti'], guests: true });
    for (const bad of [
      { reportThreshold: 0 },
      { bannedWords: [''] },
      { bannedWords: ['x'.repeat(101)] },
      { unknown: 1 },
    ]) {
      const res = await api(app, 'PUT', `/v1/sites/${site}`, bad, bearer(admin.idToken));
      expect(res).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    }
  });
});
