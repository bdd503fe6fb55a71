/**
 * The author panel (issue 14, point 8) through HTTP: who the author is and since when, their
 * comments by status, the reports they received, their bans from the log, the moderators' notes,
 * and the warning a moderator sends, which only that reader sees until they dismiss it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dismissWarning, listComments, postComment } from '../../widget/src/api/comments.js';
import {
  authorHistory,
  banAuthor,
  decide,
  liftBan,
  readLog,
  saveNote,
  warnAuthor,
} from '../../widget/src/api/moderation.js';
import { reportComment } from '../../widget/src/api/reports.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
let colleague: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators'], 'Claire');
  colleague = await t.staff(['moderators'], 'Karim');
});

let n = 0;
const mod = () => t.client(moderator.idToken);
const post = async (site: string, token: string | undefined, page = 'p') => {
  const author = token ? undefined : { name: 'Invitée Zoé', email: `zoe-${n}@example.org` };
  const answer = await postComment(t.client(token), { site, page, body: `texte ${n++}`, author }, newKey());
  return answer.comment;
};
const firstPage = (site: string, token?: string) =>
  listComments(t.client(token), { site, page: 'p', sort: 'newest' });

describe('the author panel', () => {
  it('names the author and dates the account they joined with', async () => {
    // Prepare
    const site = await t.site();
    const reader = await t.reader('Mathilde');
    const before = Date.now();
    await post(site, reader.idToken);
    // Act
    const panel = await authorHistory(mod(), site, reader.user.id);
    // Assess
    expect(panel).toMatchObject({ name: 'Mathilde', joinedWith: 'account' });
    expect(Date.parse(panel.joinedAt ?? '')).toBeLessThanOrEqual(before + 1000);
  });

  it('dates a guest from their first comment on the site', async () => {
    // Prepare
    const site = await t.site();
    const first = await post(site, undefined);
    const queue = await t.client(moderator.idToken)<{ comments: { authorKey: string }[] }>(
      'GET',
      '/v1/moderation/queue',
      {
        query: { site, status: first.status === 'approved' ? 'approved' : 'pending' },
      },
    );
    const guestKey = queue.comments[0]?.authorKey ?? '';
    // Act
    const panel = await authorHistory(mod(), site, guestKey);
    // Assess
    expect(guestKey).toMatch(/^guest:/);
    expect(panel).toMatchObject({
      name: 'Invitée Zoé',
      joinedWith: 'first_comment',
      joinedAt: first.createdAt,
    });
  });

  it('counts the comments by status and the reports they received on the site', async () => {
    // Prepare
    const site = await t.site({ reportThreshold: 5 });
    const reader = await t.reader();
    const [a, b, c] = [
      await post(site, reader.idToken),
      await post(site, reader.idToken),
      await post(site, reader.idToken),
    ];
    await decide(mod(), { [c.id]: 'approved' }, 'reject');
    const reporters = await Promise.all([t.reader(), t.reader()]);
    for (const r of reporters) await reportComment(t.client(r.idToken), a.id, { reason: 'abuse' });
    await reportComment(t.client(reporters[0].idToken), b.id, { reason: 'spam' });
    // Act
    const panel = await authorHistory(mod(), site, reader.user.id);
    // Assess
    expect(panel.counts).toEqual({ approved: 2, rejected: 1 });
    expect(panel.reports).toEqual({ total: 3, comments: 2 });
  });

  it('lists the bans and their lifting from the audit log, newest first', async () => {
    // Prepare
    const site = await t.site();
    const reader = await t.reader();
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await banAuthor(mod(), site, reader.user.id, { until, reason: 'insultes' });
    await liftBan(mod(), site, reader.user.id);
    await banAuthor(t.client(colleague.idToken), site, reader.user.id, {
      preset: 'forever',
      reason: 'récidive',
    });
    // Act
    const panel = await authorHistory(mod(), site, reader.user.id);
    // Assess
    expect(panel.member.bannedUntil).toBe('forever');
    expect(panel.bans.map((e) => [e.action, e.actorName, e.until, e.reason])).toEqual([
      ['ban', 'Karim', 'forever', 'récidive'],
      ['unban', 'Claire', undefined, undefined],
      ['ban', 'Claire', until, 'insultes'],
    ]);
  });

  it('keeps every note with its author and date, newest first', async () => {
    // Prepare
    const site = await t.site();
    const reader = await t.reader();
    await saveNote(mod(), site, reader.user.id, 'à surveiller');
    await saveNote(t.client(colleague.idToken), site, reader.user.id, 's’est excusé');
    // Act
    const panel = await authorHistory(mod(), site, reader.user.id);
    // Assess
    expect(panel.notes.map((note) => [note.text, note.byName])).toEqual([
      ['s’est excusé', 'Karim'],
      ['à surveiller', 'Claire'],
    ]);
    expect(Date.parse(panel.notes[1]?.at ?? '')).toBeLessThanOrEqual(Date.parse(panel.notes[0]?.at ?? ''));
    expect(panel.member.note).toBe('s’est excusé');
  });
});

describe('warning an author', () => {
  it('shows the warning in the thread answer of that reader only', async () => {
    // Prepare
    const site = await t.site();
    const [warned, other] = [await t.reader(), await t.reader()];
    await post(site, warned.idToken);
    // Act
    await warnAuthor(mod(), site, warned.user.id, 'Restez courtois, s’il vous plaît.');
    // Assess
    const seen = await firstPage(site, warned.idToken);
    expect(seen.warning).toMatchObject({ message: 'Restez courtois, s’il vous plaît.' });
    expect(JSON.stringify(seen.warning)).not.toContain('Claire');
    expect((await firstPage(site, other.idToken)).warning).toBeUndefined();
    expect((await firstPage(site)).warning).toBeUndefined();
  });

  it('logs the warning with its words and the moderator', async () => {
    // Prepare
    const site = await t.site();
    const reader = await t.reader();
    // Act
    await warnAuthor(mod(), site, reader.user.id, 'Dernier avertissement.');
    // Assess
    const { entries } = await readLog(mod(), site);
    expect(entries[0]).toMatchObject({
      action: 'warn',
      userId: reader.user.id,
      actorName: 'Claire',
      reason: 'Dernier avertissement.',
    });
  });

  it('keeps a dismissed warning dismissed, and tells the moderators when it was', async () => {
    // Prepare
    const site = await t.site();
    const reader = await t.reader();
    const { warning } = await warnAuthor(mod(), site, reader.user.id, 'Pas d’attaques personnelles.');
    // Act
    const dismissed = await dismissWarning(t.client(reader.idToken), site, warning.id);
    // Assess
    expect(dismissed.id).toBe(warning.id);
    expect((await firstPage(site, reader.idToken)).warning).toBeUndefined();
    const panel = await authorHistory(mod(), site, reader.user.id);
    expect(panel.warning).toMatchObject({
      id: warning.id,
      byName: 'Claire',
      dismissedAt: dismissed.dismissedAt,
    });
  });

  it('shows a new warning after an earlier one was dismissed', async () => {
    // Prepare
    const site = await t.site();
    const reader = await t.reader();
    const first = await warnAuthor(mod(), site, reader.user.id, 'Premier.');
    await dismissWarning(t.client(reader.idToken), site, first.warning.id);
    // Act
    await warnAuthor(mod(), site, reader.user.id, 'Second.');
    // Assess
    expect((await firstPage(site, reader.idToken)).warning?.message).toBe('Second.');
  });

  it('refuses to dismiss a warning the reader was not given (404)', async () => {
    // Prepare
    const site = await t.site();
    const [warned, other] = [await t.reader(), await t.reader()];
    const { warning } = await warnAuthor(mod(), site, warned.user.id, 'Pour vous seul.');
    // Act
    const res = await t.raw(
      'DELETE',
      `/v1/warnings/${warning.id}?site=${site}`,
      undefined,
      bearer(other.idToken),
    );
    // Assess
    expect(res).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await firstPage(site, warned.idToken)).warning?.id).toBe(warning.id);
  });

  it('refuses an empty warning with the field named', async () => {
    // Prepare
    const site = await t.site();
    const reader = await t.reader();
    // Act
    const res = await t.raw(
      'POST',
      `/v1/moderation/users/${reader.user.id}/warnings?site=${site}`,
      { message: ' \n\t ' },
      bearer(moderator.idToken),
    );
    // Assess
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(JSON.stringify(res.body)).toContain('body.message');
  });
});
