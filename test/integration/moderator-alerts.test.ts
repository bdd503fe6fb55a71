/**
 * Issue 15, point 4: per site, staff choose a digest of the pending, reported and notices queues
 * (every 15 minutes, hour or day) and an email at once for each illegal-content notice. A digest
 * lists the right counts and the oldest comments with links into the console, is sent once when
 * due and never when the queues are empty; its one-click link turns it off.
 */
import { AdminRemoveUserFromGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { localCognitoClient } from '../../functions/local/cognito-local.js';
import type { StoredEmail } from '../../functions/local/ses-local.js';
import { readModeratorAlerts } from '../../functions/moderation/alert-settings-repository.js';
import type { ModeratorAlerts } from '../../functions/moderation/types.js';
import { deleteSite } from '../../functions/sites/service.js';
import { bearer } from '../support/test-app.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp({ events: true });

let n = 0;
const post = async (site: string, token: string, body: string) => {
  const answer = await t.raw<{ comment: { id: string; status: string } }>(
    'POST',
    '/v1/comments',
    { site, page: `article-${n++}`, body },
    bearer(token),
  );
  expect(answer.status).toBe(201);
  return answer.body.comment.id;
};

const setAlerts = (site: string, token: string, body: unknown) =>
  t.raw<ModeratorAlerts>('PUT', `/v1/moderation/alerts?site=${site}`, body, bearer(token));

const mailsTo = async (email: string): Promise<StoredEmail[]> => {
  await t.app.events?.reader.drain();
  return (await t.app.ses?.messages())?.filter((m) => m.destination.to.includes(email)) ?? [];
};

const headerOf = (mail: StoredEmail | undefined, name: string) =>
  mail?.headers?.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

const minutes = (m: number) => new Date(Date.now() + m * 60_000);

/** A site with a staff member taking the digest every 15 minutes. */
async function digestSite(
  settings: Parameters<typeof t.site>[0] = {},
): Promise<{ site: string; mod: Staff }> {
  const site = await t.site({ moderation: 'pre', reportThreshold: 1, languages: ['fr'], ...settings });
  const mod = await t.staff(['moderators'], 'Modé Digest');
  const saved = await setAlerts(site, mod.idToken, { digest: '15m', notices: false });
  expect(saved.status).toBe(200);
  return { site, mod };
}

describe('moderator alert settings', () => {
  it('are both off until the staff member sets them, then read back with the next digest’s time', async () => {
    const site = await t.site();
    const mod = await t.staff(['moderators']);

    const before = await t.raw<ModeratorAlerts>(
      'GET',
      `/v1/moderation/alerts?site=${site}`,
      undefined,
      bearer(mod.idToken),
    );
    const saved = await setAlerts(site, mod.idToken, { digest: '1h', notices: true });
    const after = await t.raw<ModeratorAlerts>(
      'GET',
      `/v1/moderation/alerts?site=${site}`,
      undefined,
      bearer(mod.idToken),
    );

    expect(before.body).toEqual({ site, digest: 'off', notices: false, nextDigestAt: null });
    expect(saved.body).toMatchObject({ site, digest: '1h', notices: true });
    const due = Date.parse(String(saved.body.nextDigestAt)) - Date.now();
    expect(due).toBeGreaterThan(55 * 60_000);
    expect(due).toBeLessThanOrEqual(60 * 60_000);
    expect(after.body).toEqual(saved.body);
  });

  it('refuses a frequency it does not know, a missing field and an unknown site with 4xx codes', async () => {
    const site = await t.site();
    const mod = await t.staff(['moderators']);

    const badFrequency = await setAlerts(site, mod.idToken, { digest: '5m', notices: true });
    const missing = await setAlerts(site, mod.idToken, { digest: '1h' });
    const noSite = await t.raw('GET', '/v1/moderation/alerts', undefined, bearer(mod.idToken));
    const unknown = await setAlerts('no-such-site-here', mod.idToken, { digest: '1h', notices: true });

    expect(badFrequency.status).toBe(400);
    expect(badFrequency.body).toMatchObject({ error: { code: 'invalid_request' } });
    expect(missing.status).toBe(400);
    expect(noSite.status).toBe(400);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'site_not_found' } });
  });

  it('are for staff only: a reader is refused, an anonymous caller must log in', async () => {
    const site = await t.site();
    const reader = await t.reader();

    const asReader = await setAlerts(site, reader.idToken, { digest: '1h', notices: true });
    const anonymous = await t.raw('GET', `/v1/moderation/alerts?site=${site}`);

    expect(asReader.status).toBe(403);
    expect(asReader.body).toMatchObject({ error: { code: 'forbidden' } });
    expect(anonymous.status).toBe(401);
  });

  it('are each staff member’s own: another moderator’s stay off, whatever the body names', async () => {
    const site = await t.site();
    const one = await t.staff(['moderators']);
    const other = await t.staff(['moderators']);

    const saved = await setAlerts(site, one.idToken, {
      digest: '1d',
      notices: true,
      userId: other.user.id,
      site: 'x',
    });
    const theirs = await t.raw<ModeratorAlerts>(
      'GET',
      `/v1/moderation/alerts?site=${site}`,
      undefined,
      bearer(other.idToken),
    );

    expect(saved.body).toMatchObject({ site, digest: '1d', notices: true });
    expect(theirs.body).toMatchObject({ digest: 'off', notices: false });
  });
});

describe('the moderation digest', () => {
  it('lists the right counts and the oldest comments with links into the console, once, when due', async () => {
    const { site, mod } = await digestSite();
    const author = await t.reader('Auteur Patient');
    const reporter = await t.reader();
    await post(site, author.idToken, 'Premier commentaire en attente');
    await post(site, author.idToken, 'Deuxième commentaire en attente');
    const held = await post(site, author.idToken, 'Troisième, approuvé puis signalé');
    await t.raw(
      'POST',
      '/v1/moderation/decisions',
      { commentIds: [held], seen: { [held]: 'pending' }, action: 'approve' },
      bearer(mod.idToken),
    );
    const report = await t.raw(
      'POST',
      `/v1/comments/${held}/reports`,
      { reason: 'abuse' },
      bearer(reporter.idToken),
    );
    expect(report.status).toBe(201);
    const notice = await t.raw('POST', `/v1/comments/${held}/reports`, {
      reason: 'illegal',
      text: 'Illicite selon la loi.',
      reporter: { name: 'Notifiant Digest', email: `nd-${Date.now()}@example.org` },
      goodFaith: true,
    });
    expect(notice.status).toBe(201);
    await t.app.events?.reader.drain();

    await t.app.events?.runSchedule(minutes(5));
    const early = await mailsTo(mod.email);
    await t.app.events?.runSchedule(minutes(16));
    await t.app.events?.runSchedule(minutes(16));
    const mails = await mailsTo(mod.email);

    expect(early).toHaveLength(0);
    expect(mails).toHaveLength(1);
    const text = mails[0]?.body.text ?? '';
    expect(mails[0]?.subject).toMatch(/ — En attente : 2, Signalés : 1, Notifications légales : 1$/);
    expect(text).toContain('En attente : 2');
    expect(text).toContain('Signalés : 1');
    expect(text).toContain('Notifications légales : 1');
    expect(text).toMatch(new RegExp(`/console/\\?site=${site}#/queue/notices`));
    expect(text).toContain('Premier commentaire en attente');
    expect(text).toContain('Deuxième commentaire en attente');
    expect(text).toContain('Troisième, approuvé puis signalé');
    expect(text).toContain('Auteur Patient');
    expect(text).toMatch(new RegExp(`/console/\\?site=${site}#/queue/pending`));
    expect(text).toMatch(new RegExp(`/console/\\?site=${site}#/queue/reported`));
    expect(text).not.toContain(author.email);
    expect(text).not.toContain(reporter.email);
    expect(text).not.toContain('Notifiant Digest');
  });

  it('lists the oldest comments of a long queue first, and counts them all', async () => {
    const { site, mod } = await digestSite();
    const author = await t.reader();
    for (const word of ['un', 'deux', 'trois', 'quatre', 'cinq'])
      await post(site, author.idToken, `Commentaire ${word}`);

    await t.app.events?.runSchedule(minutes(16));
    const [mail] = await mailsTo(mod.email);

    const text = mail?.body.text ?? '';
    expect(text).toContain('En attente : 5');
    expect(text).toContain('Commentaire un');
    expect(text).toContain('Commentaire trois');
    expect(text).not.toContain('Commentaire quatre');
  });

  it('sends nothing when every queue is empty, and the next digest is still due a period later', async () => {
    const { site, mod } = await digestSite();

    await t.app.events?.runSchedule(minutes(16));
    const alerts = await t.raw<ModeratorAlerts>(
      'GET',
      `/v1/moderation/alerts?site=${site}`,
      undefined,
      bearer(mod.idToken),
    );

    expect(await mailsTo(mod.email)).toHaveLength(0);
    expect(Date.parse(String(alerts.body.nextDigestAt))).toBeGreaterThan(minutes(29).getTime());
  });

  it('sends the next one a period later, with the counts of then', async () => {
    const { site, mod } = await digestSite();
    const author = await t.reader();
    await post(site, author.idToken, 'Un seul en attente');

    await t.app.events?.runSchedule(minutes(16));
    await post(site, author.idToken, 'Un deuxième arrive');
    await t.app.events?.runSchedule(minutes(25));
    const beforeNext = await mailsTo(mod.email);
    await t.app.events?.runSchedule(minutes(31));
    const mails = await mailsTo(mod.email);

    expect(beforeNext).toHaveLength(1);
    expect(mails).toHaveLength(2);
    expect(mails[0]?.body.text).toContain('En attente : 1');
    expect(mails[1]?.body.text).toContain('En attente : 2');
  });

  it('is in the staff member’s language, and its one-click link turns the digest off', async () => {
    const { site, mod } = await digestSite();
    await t.raw('PATCH', '/v1/me', { language: 'en' }, bearer(mod.idToken));
    const author = await t.reader();
    await post(site, author.idToken, 'Waiting for a moderator');

    await t.app.events?.runSchedule(minutes(16));
    const [mail] = await mailsTo(mod.email);
    const link = /^<(.+)>$/.exec(headerOf(mail, 'List-Unsubscribe') ?? '')?.[1] ?? '';
    const path = link.slice(link.indexOf('/v1/'));
    const shown = await t.raw('GET', path);
    const stopped = await t.raw('POST', path);
    const alerts = await t.raw<ModeratorAlerts>(
      'GET',
      `/v1/moderation/alerts?site=${site}`,
      undefined,
      bearer(mod.idToken),
    );

    expect(mail?.subject).toMatch(/^Moderation of .* — Pending: 1, Reported: 0, Legal notices: 0$/);
    expect(mail?.body.text).toContain('Pending: 1');
    expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(shown.status).toBe(200);
    expect(String(shown.body)).toContain('moderation digest');
    expect(stopped.status).toBe(200);
    expect(alerts.body).toMatchObject({ digest: 'off', nextDigestAt: null });
  });

  it('is sent once when two rounds of the schedule take the same digest at the same time', async () => {
    const { mod, site } = await digestSite();
    const author = await t.reader();
    await post(site, author.idToken, 'Deux tours, un e-mail');

    const at = minutes(16);
    await Promise.all([t.app.events?.runSchedule(at), t.app.events?.runSchedule(at)]);
    await t.app.events?.runSchedule(at);
    const alerts = await t.raw<ModeratorAlerts>(
      'GET',
      `/v1/moderation/alerts?site=${site}`,
      undefined,
      bearer(mod.idToken),
    );

    expect(await mailsTo(mod.email)).toHaveLength(1);
    expect(Date.parse(String(alerts.body.nextDigestAt))).toBeGreaterThan(minutes(29).getTime());
  });

  it('is not sent to someone who left the staff since choosing it, and stops', async () => {
    const { site, mod } = await digestSite();
    const author = await t.reader();
    await post(site, author.idToken, 'Un ancien modérateur ne le verra pas');
    const { endpoint, userPoolId } = t.app.identity;
    await localCognitoClient(endpoint).send(
      new AdminRemoveUserFromGroupCommand({
        UserPoolId: userPoolId,
        Username: mod.email,
        GroupName: 'moderators',
      }),
    );

    await t.app.events?.runSchedule(minutes(16));
    const settings = await readModeratorAlerts(site, mod.user.id);

    expect(await mailsTo(mod.email)).toHaveLength(0);
    expect(settings).toMatchObject({ digest: 'off', nextDigestAt: null });
  });

  it('stops for a site deleted meanwhile, and the other digests due still go', async () => {
    const { site: gone, mod } = await digestSite();
    const { site: kept, mod: other } = await digestSite();
    const author = await t.reader();
    await post(gone, author.idToken, 'Sur un site bientôt supprimé');
    await post(kept, author.idToken, 'Sur un site qui reste');
    await deleteSite(gone);

    await t.app.events?.runSchedule(minutes(16));

    expect(await mailsTo(mod.email)).toHaveLength(0);
    expect(await readModeratorAlerts(gone, mod.user.id)).toMatchObject({ digest: 'off' });
    expect(await mailsTo(other.email)).toHaveLength(1);
  });

  it('stops when the staff member turns it off before it is due', async () => {
    const { site, mod } = await digestSite();
    const author = await t.reader();
    await post(site, author.idToken, 'Personne ne le saura');

    await setAlerts(site, mod.idToken, { digest: 'off', notices: false });
    await t.app.events?.runSchedule(minutes(16));

    expect(await mailsTo(mod.email)).toHaveLength(0);
  });
});

describe('the notice email', () => {
  it('tells each staff member who asked, at once, once, without the notifier’s name or address', async () => {
    const site = await t.site({ languages: ['fr'] });
    const wants = await t.staff(['moderators']);
    const doesNot = await t.staff(['moderators']);
    await setAlerts(site, wants.idToken, { digest: 'off', notices: true });
    const author = await t.reader();
    const id = await post(site, author.idToken, 'Un texte que l’on dit illicite');
    const notifier = `notifier-${Date.now()}@example.org`;

    const notice = await t.raw('POST', `/v1/comments/${id}/reports`, {
      reason: 'illegal',
      text: 'Ce commentaire est diffamatoire envers une personne nommée.',
      reporter: { name: 'Claire Notifiante', email: notifier },
      goodFaith: true,
    });
    const mails = await mailsTo(wants.email);
    await t.app.events?.runSchedule(minutes(2));

    expect(notice.status).toBe(201);
    expect(mails).toHaveLength(1);
    expect(await mailsTo(wants.email)).toHaveLength(1);
    expect(await mailsTo(doesNot.email)).toHaveLength(0);
    const mail = mails[0];
    expect(mail?.subject).toMatch(/nouveau signalement de contenu illicite$/);
    expect(mail?.body.text).toContain('Catégorie : contenu illicite');
    expect(mail?.body.text).toContain('Ce commentaire est diffamatoire');
    expect(mail?.body.text).toContain('Un texte que l’on dit illicite');
    expect(mail?.body.text).toMatch(new RegExp(`/console/\\?site=${site}#/queue/notices`));
    for (const part of [mail?.body.text, mail?.body.html, mail?.subject]) {
      expect(part).not.toContain(notifier);
      expect(part).not.toContain('Claire Notifiante');
      expect(part).not.toContain(author.email);
    }
    expect(headerOf(mail, 'List-Unsubscribe')).toMatch(/\/v1\/alerts\/unsubscribe\?token=/);
  });

  it('stops for that site from its one-click link, the digest staying as it was', async () => {
    const site = await t.site({ languages: ['en'] });
    const mod = await t.staff(['moderators']);
    await setAlerts(site, mod.idToken, { digest: '1d', notices: true });
    const author = await t.reader();
    const first = await post(site, author.idToken, 'Reported once');
    const second = await post(site, author.idToken, 'Reported twice');
    const notify = (id: string) =>
      t.raw('POST', `/v1/comments/${id}/reports`, {
        reason: 'illegal',
        text: 'Illegal.',
        reporter: { name: 'Someone', email: `n-${Date.now()}@example.org` },
        goodFaith: true,
      });

    await notify(first);
    const [mail] = await mailsTo(mod.email);
    const link = /^<(.+)>$/.exec(headerOf(mail, 'List-Unsubscribe') ?? '')?.[1] ?? '';
    const path = link.slice(link.indexOf('/v1/'));
    const shown = await t.raw('GET', path);
    await t.raw('POST', path);
    await notify(second);
    const alerts = await t.raw<ModeratorAlerts>(
      'GET',
      `/v1/moderation/alerts?site=${site}`,
      undefined,
      bearer(mod.idToken),
    );

    expect(mail?.subject).toMatch(/: new notice of illegal content$/);
    expect(String(shown.body)).toContain('notices of illegal content');
    expect(await mailsTo(mod.email)).toHaveLength(1);
    expect(alerts.body).toMatchObject({ digest: '1d', notices: false });
  });

  it('is not sent to a staff member of another site', async () => {
    const site = await t.site();
    const elsewhere = await t.site();
    const mod = await t.staff(['moderators']);
    await setAlerts(elsewhere, mod.idToken, { digest: 'off', notices: true });
    const author = await t.reader();
    const id = await post(site, author.idToken, 'Signalé ici, pas là-bas');

    await t.raw('POST', `/v1/comments/${id}/reports`, {
      reason: 'illegal',
      text: 'Illicite.',
      reporter: { name: 'Quelqu’un', email: `n-${Date.now()}@example.org` },
      goodFaith: true,
    });

    expect(await mailsTo(mod.email)).toHaveLength(0);
  });
});
