/**
 * Integration: the notice email (issue 15, point 4): each staff member who asked is told of an
 * illegal-content notice at once, once, without the notifier's name or address; its one-click link
 * stops it for that site; staff of another site are not told.
 */
import { describe, expect, it } from 'vitest';
import type { ModeratorAlerts } from '../../functions/moderation/types.js';
import { headerOf, minutes, moderatorAlertHelpers } from '../support/moderator-alerts.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp({ events: true });
const { post, setAlerts, mailsTo } = moderatorAlertHelpers(t);

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
