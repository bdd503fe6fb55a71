/**
 * Reports through the real handlers and DynamoDB Local: by an account, by a guest, once each; the
 * DSA notice of illegal content and what it must hold; guests on a site closed to them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreatedComment } from '../../functions/comments/types.js';
import { listReports } from '../../functions/moderation/report-repository.js';
import { clearSiteCache, saveSite } from '../../functions/sites/service.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import { listQueue } from '../../widget/src/api/moderation.js';
import { findLeaks } from '../support/security/leaks.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
let reader: Reader;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
  reader = await t.reader('Lectrice attentive');
});

let n = 0;
const guestEmail = () => `reporter-${process.pid}-${Date.now().toString(36)}-${n++}@example.org`;

/** A published guest comment on a fresh page of `site`; its id. */
async function target(site: string, body = `à signaler ${n++}`): Promise<string> {
  const author = { name: 'Auteur', email: guestEmail() };
  const res = await t.raw<CreatedComment>('POST', '/v1/comments', { site, page: `p${n++}`, body, author });
  expect(res.status).toBe(201);
  return String(res.body.comment.id);
}

/** Closes a site to guests once its target is posted (a closed site has no guest comments to report). */
async function closeToGuests(site: string): Promise<void> {
  await saveSite(site, { guests: false });
  clearSiteCache();
}

const report = (id: string, body: unknown, token?: string) =>
  t.raw('POST', `/v1/comments/${id}/reports`, body, token ? bearer(token) : {});

const reportedQueue = (site: string) => listQueue(t.client(moderator.idToken), { site, status: 'reported' });

const notice = (email: string) => ({
  reason: 'illegal',
  text: 'Diffamation (loi du 29 juillet 1881, art. 29) : il accuse nommément une personne.',
  reporter: { name: 'Claire Martin', email },
  goodFaith: true,
});

describe('a report by an account', () => {
  it('is received, counted by reason and reaches the reported queue at the threshold', async () => {
    const site = await t.site({ reportThreshold: 1 });
    const id = await target(site);

    const res = await report(id, { reason: 'abuse' }, reader.idToken);

    expect(res).toMatchObject({ status: 201, body: { reported: true } });
    const queued = (await reportedQueue(site)).comments;
    expect(queued).toMatchObject([{ comment: { id }, reports: { count: 1, reasons: { abuse: 1 } } }]);
  });

  it('is refused the second time with already_reported, and counted once', async () => {
    const site = await t.site({ reportThreshold: 1 });
    const id = await target(site);
    await report(id, { reason: 'spam' }, reader.idToken);

    const twice = await report(id, { reason: 'abuse' }, reader.idToken);

    expect(twice).toMatchObject({ status: 409, body: { error: { code: 'already_reported' } } });
    expect((await reportedQueue(site)).comments[0]?.reports).toMatchObject({
      count: 1,
      reasons: { spam: 1 },
    });
  });
});

describe('a report by the author', () => {
  it('is refused for an account reporting its own comment', async () => {
    const site = await t.site();
    const own = await postComment(t.client(reader.idToken), { site, page: 'own', body: 'le mien' }, newKey());

    const res = await report(String(own.comment.id), { reason: 'spam' }, reader.idToken);

    expect(res).toMatchObject({ status: 409, body: { error: { code: 'action_not_allowed' } } });
  });

  it('is refused for a guest reporting with the email they posted with', async () => {
    const site = await t.site();
    const email = guestEmail();
    const mine = { site, page: 'own-guest', body: 'le mien aussi', author: { name: 'Invitée', email } };
    const own = await postComment(t.client(), mine, newKey());

    const res = await report(String(own.comment.id), {
      reason: 'spam',
      reporter: { email: email.toUpperCase() },
    });

    expect(res).toMatchObject({ status: 409, body: { error: { code: 'action_not_allowed' } } });
  });
});

describe('a report by a guest', () => {
  it('is received with an email and reaches the reported queue', async () => {
    const site = await t.site({ reportThreshold: 1 });
    const id = await target(site);

    const res = await report(id, { reason: 'off_topic', reporter: { email: guestEmail() } });

    expect(res).toMatchObject({ status: 201, body: { reported: true } });
    const queued = (await reportedQueue(site)).comments;
    expect(queued).toMatchObject([{ comment: { id }, reports: { count: 1, reasons: { off_topic: 1 } } }]);
  });

  it('is refused the second time from the same email, however it is written', async () => {
    const site = await t.site();
    const id = await target(site);
    const email = guestEmail();
    await report(id, { reason: 'spam', reporter: { email } });

    const twice = await report(id, { reason: 'spam', reporter: { email: email.toUpperCase() } });

    expect(twice).toMatchObject({ status: 409, body: { error: { code: 'already_reported' } } });
  });

  it('needs an email', async () => {
    const site = await t.site();
    const id = await target(site);

    const res = await report(id, { reason: 'spam', reporter: { name: 'Sans adresse' } });

    expect(res).toMatchObject({ status: 400, body: { error: { code: 'reporter_email_required' } } });
  });

  it('is refused with guests_not_allowed on a site closed to guests', async () => {
    const site = await t.site();
    const id = await target(site);
    await closeToGuests(site);

    const res = await report(id, { reason: 'abuse', reporter: { email: guestEmail() } });

    expect(res).toMatchObject({ status: 403, body: { error: { code: 'guests_not_allowed' } } });
  });

  it('of illegal content is accepted on a site closed to guests', async () => {
    const site = await t.site({ reportThreshold: 1 });
    const id = await target(site);
    await closeToGuests(site);

    const res = await report(id, notice(guestEmail()));

    expect(res.status).toBe(201);
    const notices = await listQueue(t.client(moderator.idToken), { site, status: 'notices' });
    expect(notices.comments).toMatchObject([{ comment: { id }, notices: { count: 1 } }]);
  });

  it('never shows the email in an answer, nor in the public thread', async () => {
    const site = await t.site({ reportThreshold: 1 });
    const email = guestEmail();
    const id = await target(site);
    const answers = [
      await report(id, { reason: 'spam', reporter: { name: 'Zoé', email } }),
      await report(id, { reason: 'spam', reporter: { email } }),
      await report(id, { reason: 'spam' }),
    ];
    const list = await listComments(t.client(), { site, page: `p${n - 1}`, sort: 'newest' });

    expect(answers.map((a) => a.status)).toEqual([201, 409, 400]);
    expect(findLeaks([...answers.map((a) => a.body), list], [email])).toEqual([]);
  });
});

describe('a notice of illegal content (DSA art. 16)', () => {
  it('keeps the exact text reported, the explanation, the notifier and the date', async () => {
    const site = await t.site();
    const id = await target(site, 'Texte exact du commentaire signalé.');
    const email = guestEmail();

    const res = await report(id, notice(email));

    expect(res.status).toBe(201);
    const [stored] = await listReports(id);
    expect(stored).toMatchObject({
      reason: 'illegal',
      text: notice(email).text,
      guest: true,
      reporterName: 'Claire Martin',
      reporterEmail: email,
      notice: { goodFaith: true, exemptOffence: false, commentBody: 'Texte exact du commentaire signalé.' },
    });
    expect(Date.parse(stored?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('needs the statement of good faith', async () => {
    const site = await t.site();
    const id = await target(site);

    const res = await report(id, { ...notice(guestEmail()), goodFaith: false });

    expect(res).toMatchObject({ status: 400, body: { error: { code: 'good_faith_required' } } });
  });

  it('needs the explanation', async () => {
    const site = await t.site();
    const id = await target(site);

    const res = await report(id, { ...notice(guestEmail()), text: '   ' });

    expect(res).toMatchObject({ status: 400, body: { error: { code: 'report_text_required' } } });
  });

  it("needs the notifier's name and email", async () => {
    const site = await t.site();
    const id = await target(site);

    const res = await report(id, { ...notice(guestEmail()), reporter: { email: guestEmail() } });

    expect(res).toMatchObject({
      status: 400,
      body: { error: { code: 'notifier_required', issues: [{ path: 'body.reporter.name' }] } },
    });
  });

  it('may leave out name and email for the exempt offences (child sexual abuse)', async () => {
    const site = await t.site();
    const id = await target(site);
    const { reporter: _, ...anonymous } = notice('');

    const res = await report(id, { ...anonymous, exemptOffence: true });

    expect(res.status).toBe(201);
    expect((await listReports(id))[0]).toMatchObject({ guest: true, notice: { exemptOffence: true } });
  });

  it("takes an account's name and email when the notice leaves them out", async () => {
    const site = await t.site();
    const id = await target(site);
    const { reporter: _, ...fromAccount } = notice('');

    const res = await report(id, fromAccount, reader.idToken);

    expect(res.status).toBe(201);
    expect((await listReports(id))[0]).toMatchObject({
      userId: reader.user.id,
      guest: false,
      reporterName: 'Lectrice attentive',
      reporterEmail: reader.email,
    });
  });
});

describe('other reasons', () => {
  it('need a text for "other"', async () => {
    const site = await t.site();
    const id = await target(site);

    const res = await report(id, { reason: 'other' }, reader.idToken);

    expect(res).toMatchObject({ status: 400, body: { error: { code: 'report_text_required' } } });
  });
});
