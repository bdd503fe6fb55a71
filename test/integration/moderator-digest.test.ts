/**
 * Integration: the moderation digest (issue 15, point 4): the right counts and the oldest comments
 * with links into the console, sent once when due and never when the queues are empty, in the staff
 * member's language; its one-click link turns it off; it stops for someone who left the staff, a
 * deleted site, or a digest turned off.
 */
import { AdminRemoveUserFromGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { localCognitoClient } from '../../functions/local/cognito-local.js';
import { readModeratorAlerts } from '../../functions/moderation/alert-settings-repository.js';
import type { ModeratorAlerts } from '../../functions/moderation/types.js';
import { deleteSite } from '../../functions/sites/service.js';
import { headerOf, minutes, moderatorAlertHelpers } from '../support/moderator-alerts.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp({ events: true });
const { post, setAlerts, mailsTo, digestSite } = moderatorAlertHelpers(t);

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
