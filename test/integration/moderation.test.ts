import { beforeAll, describe, expect, it } from 'vitest';
import type { CreatedComment } from '../../functions/comments/types.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import {
  type Action,
  authorHistory,
  closePage,
  decide as decideOn,
  liftBan,
  listQueue,
  type Queue,
  readLog,
  readStats,
  type Seen,
  saveNote,
  updateSite,
} from '../../widget/src/api/moderation.js';
import { reportComment } from '../../widget/src/api/reports.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
let admin: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
  admin = await t.staff(['admins'], 'Admin');
});

/** What the tests read of a decision's answer, failures included. */
type Decided = { results: { ok: boolean; error: { code: string } }[] };

let n = 0;
/** Posts through the widget's client; the comment's id. */
const post = async (site: string, token: string, body = `commentaire ${n++}`, page = 'p') =>
  (await postComment(t.client(token), { site, page, body }, newKey())).comment.id;
/** Posts and keeps the status or the error, for the tests that look at them. */
const postRaw = (site: string, token: string, body = `commentaire ${n++}`, page = 'p') =>
  t.raw<CreatedComment & ErrorBody>('POST', '/v1/comments', { site, page, body }, bearer(token));
const mod = () => t.client(moderator.idToken);
const decide = (seen: Seen, action: Action, reason?: string) => decideOn(mod(), seen, action, reason);
const queue = (site: string, status: Queue) => listQueue(mod(), { site, status });
const thread = (site: string, token?: string) =>
  listComments(t.client(token), { site, page: 'p', sort: 'newest' });

describe('reports', () => {
  it('moves a comment to the reported queue at the threshold; one report per reader', async () => {
    const site = await t.site({ reportThreshold: 3 });
    const author = await t.reader();
    const id = await post(site, author.idToken);
    const readers = await Promise.all([t.reader(), t.reader(), t.reader()]);

    const first = await t.raw(
      'POST',
      `/v1/comments/${id}/reports`,
      { reason: 'abuse' },
      bearer(readers[0].idToken),
    );
    const twice = await t.raw(
      'POST',
      `/v1/comments/${id}/reports`,
      { reason: 'abuse' },
      bearer(readers[0].idToken),
    );
    expect(first.status).toBe(201);
    expect(twice).toMatchObject({ status: 409, body: { error: { code: 'already_reported' } } });
    expect((await queue(site, 'reported')).comments).toEqual([]);

    await reportComment(t.client(readers[1].idToken), id, { reason: 'spam' });
    await reportComment(t.client(readers[2].idToken), id, { reason: 'other', text: 'hors sujet' });

    const reported = await queue(site, 'reported');
    expect(reported.comments[0]).toMatchObject({
      comment: { id },
      reports: { count: 3, reasons: { abuse: 1, spam: 1, other: 1 } },
    });
    const settled = await decide({ [id]: 'approved' }, 'approve');
    expect(settled.results[0]?.ok).toBe(true);
    expect((await queue(site, 'reported')).comments).toEqual([]);
  });

  it('holds a comment at the threshold on a site that hides reported ones, saying so by code', async () => {
    const site = await t.site({ reportThreshold: 2, hideReported: true });
    const author = await t.reader();
    const id = await post(site, author.idToken);
    for (const reader of [await t.reader(), await t.reader()]) {
      await reportComment(t.client(reader.idToken), id, { reason: 'abuse' });
    }

    const mine = await thread(site, author.idToken);
    const log = await readLog(mod(), site, id);

    expect(mine.comments[0]).toMatchObject({
      status: 'pending',
      moderation: { phase: 'reports', code: 'reported', params: { reports: 2 } },
    });
    expect(log.entries[0]).toMatchObject({
      action: 'reported',
      code: 'reported',
      params: { reports: 2 },
    });
  });

  it('asks for a text with reason other', async () => {
    const site = await t.site();
    const id = await post(site, (await t.reader()).idToken);
    const res = await t.raw(
      'POST',
      `/v1/comments/${id}/reports`,
      { reason: 'other' },
      bearer((await t.reader()).idToken),
    );
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'report_text_required' } } });
  });
});

describe('bans', () => {
  it('stops a banned reader from posting, editing, reacting and reporting at once, until lifted', async () => {
    const site = await t.site();
    const reader = await t.reader();
    const own = await post(site, reader.idToken);
    const other = await post(site, (await t.reader()).idToken);

    const ban = await t.raw(
      'POST',
      `/v1/moderation/bans/${reader.user.id}?site=${site}`,
      { reason: 'insultes' },
      bearer(moderator.idToken),
    );
    expect(ban.status).toBe(200);

    expect((await postRaw(site, reader.idToken)).body.error.code).toBe('banned');
    expect(
      (await t.raw<ErrorBody>('PATCH', `/v1/comments/${own}`, { body: 'modifié' }, bearer(reader.idToken)))
        .body.error.code,
    ).toBe('banned');
    expect(
      (
        await t.raw<ErrorBody>(
          'PUT',
          `/v1/comments/${other}/reactions/like`,
          undefined,
          bearer(reader.idToken),
        )
      ).body.error.code,
    ).toBe('banned');
    expect(
      (
        await t.raw<ErrorBody>(
          'POST',
          `/v1/comments/${other}/reports`,
          { reason: 'spam' },
          bearer(reader.idToken),
        )
      ).body.error.code,
    ).toBe('banned');

    await liftBan(mod(), site, reader.user.id);
    expect((await postRaw(site, reader.idToken)).status).toBe(201);
    const log = await readLog(mod(), site);
    expect(log.entries.map((e) => e.action)).toEqual(['unban', 'ban']);
  });

  it('refuses a moderator banning a moderator', async () => {
    const site = await t.site();
    const other = await t.staff(['moderators']);
    const res = await t.raw(
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
    const site = await t.site({ moderation: 'pre' });
    const reader = await t.reader();
    const a = await post(site, reader.idToken);
    const b = await post(site, reader.idToken);
    const unknown = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
    const decideRaw = (commentIds: string[], seen: Seen, action: Action, reason?: string) =>
      t.raw<Decided>(
        'POST',
        '/v1/moderation/decisions',
        { commentIds, seen, action, reason },
        bearer(moderator.idToken),
      );
    const seen: Seen = { [a]: 'pending', [b]: 'pending', [unknown]: 'pending' };

    const res = await decideRaw([a, b, a, unknown], seen, 'reject', 'hors charte');

    expect(res.body.results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(res.body.results[2]?.error.code).toBe('comment_not_found');
    const again = await decideRaw([a], { [a]: 'rejected' }, 'reject');
    expect(again.body.results[0]?.error.code).toBe('action_not_allowed');
    const log = await readLog(mod(), site, a);
    expect(log.entries.map((e) => e.action)).toEqual(['reject', 'held']);
    const mine = await thread(site, reader.idToken);
    expect(mine.comments[0]?.moderation).toEqual({
      phase: 'moderator',
      code: 'moderator_rejected',
      params: {},
      note: 'hors charte',
    });
  });

  it('pins a comment so that it leads the thread', async () => {
    const site = await t.site();
    const reader = await t.reader();
    const id = await post(site, reader.idToken);
    await post(site, reader.idToken);

    await decide({ [id]: 'approved' }, 'pin');

    const list = await thread(site);
    expect(list.page?.pinned.map((c) => c.id)).toEqual([id]);
  });

  it('closes an article to new comments, and reopens it', async () => {
    const site = await t.site();
    const reader = await t.reader();
    const close = await t.raw(
      'PUT',
      `/v1/moderation/pages?site=${site}&page=p`,
      { closed: true },
      bearer(moderator.idToken),
    );
    expect(close.status).toBe(200);
    expect((await postRaw(site, reader.idToken)).body.error.code).toBe('page_closed');
    expect((await thread(site)).page?.closed).toBe(true);
    await closePage(mod(), site, 'p', false);
    expect((await postRaw(site, reader.idToken)).status).toBe(201);
  });

  it('shows an author’s history and keeps a note on them', async () => {
    const site = await t.site();
    const reader = await t.reader();
    await post(site, reader.idToken);
    await saveNote(mod(), site, reader.user.id, 'à surveiller');
    const history = await authorHistory(mod(), site, reader.user.id);
    expect(history).toMatchObject({
      counts: { approved: 1 },
      member: { note: 'à surveiller', approvedCount: 1 },
    });
    const stats = await readStats(mod(), site, 7);
    expect(stats.days).toHaveLength(7);
    expect(stats.days[6]).toMatchObject({ posted: 1, approved: 1 });
  });
});

describe('who may call moderation and site routes', () => {
  it('refuses readers (403) and anonymous callers (401)', async () => {
    const site = await t.site();
    const reader = await t.reader();
    expect(
      (await t.raw('GET', `/v1/moderation/queue?site=${site}`, undefined, bearer(reader.idToken))).status,
    ).toBe(403);
    expect((await t.raw('GET', `/v1/moderation/queue?site=${site}`)).status).toBe(401);
    expect((await t.raw('GET', `/v1/sites/${site}`, undefined, bearer(moderator.idToken))).status).toBe(403);
  });

  it('lets an admin change settings, refusing bad ones with a code', async () => {
    const site = await t.site();
    const ok = await updateSite(t.client(admin.idToken), site, {
      moderation: 'pre',
      bannedWords: ['abruti'],
    });
    expect(ok.site).toMatchObject({ moderation: 'pre', bannedWords: ['abruti'], guests: true });
    for (const bad of [
      { reportThreshold: 0 },
      { bannedWords: [''] },
      { bannedWords: ['x'.repeat(101)] },
      { unknown: 1 },
    ]) {
      const res = await t.raw('PUT', `/v1/sites/${site}`, bad, bearer(admin.idToken));
      expect(res).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    }
  });
});
