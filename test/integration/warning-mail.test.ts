/**
 * Issue 14, point 8 ("and by email once alerts exist"), on the real stream and the local SES: a
 * moderators' warning reaches the warned reader by email once, in their language, naming no
 * moderator; dismissing it or another change of their record sends nothing more; a new warning
 * is a new email.
 */
import { describe, expect, it } from 'vitest';
import { guestKey } from '../../functions/shared/guest-key.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp({ events: true });

const mailsTo = async (address: string) => {
  await t.app.events?.reader.drain();
  const all = await (t.app.ses?.messages() ?? Promise.resolve([]));
  return all.filter((m) => m.destination.to.includes(address));
};

describe('a warning by email', () => {
  it('mails each warning once to the warned reader', async () => {
    const site = await t.site({ languages: ['fr'] });
    const reader = await t.reader('Lecteur');
    const moderator = await t.staff(['moderators'], 'Claire Modératrice');
    const posted = await t.raw(
      'POST',
      '/v1/comments',
      { site, page: 'p', body: 'Bonjour' },
      bearer(reader.idToken),
    );
    expect(posted.status).toBe(201);
    const warn = (message: string) =>
      t.raw<{ warning: { id: string } }>(
        'POST',
        `/v1/moderation/users/${reader.user.id}/warnings?site=${site}`,
        { message },
        bearer(moderator.idToken),
      );

    const first = await warn('Restez courtois <b>svp</b>.');
    expect(first.status).toBe(201);
    const mails = await mailsTo(reader.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toMatch(/^Un message des modérateurs de /);
    expect(mails[0]?.body.text).toContain('Restez courtois <b>svp</b>.');
    expect(mails[0]?.body.html).toContain('Restez courtois &#60;b&#62;svp&#60;/b&#62;.');
    expect(JSON.stringify(mails)).not.toContain('Claire');
    expect(JSON.stringify(mails)).not.toContain(moderator.email);

    const dismissed = await t.raw(
      'DELETE',
      `/v1/warnings/${first.body.warning.id}?site=${site}`,
      undefined,
      bearer(reader.idToken),
    );
    expect(dismissed.status).toBe(200);
    await t.raw('POST', '/v1/comments', { site, page: 'p', body: 'Encore moi' }, bearer(reader.idToken));
    expect(await mailsTo(reader.email)).toHaveLength(1);

    await t.raw('PATCH', '/v1/me', { language: 'en' }, bearer(reader.idToken));
    expect((await warn('Second warning.')).status).toBe(201);
    const after = await mailsTo(reader.email);
    expect(after.map((m) => m.subject)).toEqual([
      mails[0]?.subject,
      expect.stringMatching(/^A message from the moderators of /),
    ]);
  });

  it('mails a guest at the address their comments carry', async () => {
    const site = await t.site({ guests: true, languages: ['en'] });
    const moderator = await t.staff(['moderators']);
    const email = `guest-warned-${Date.now()}@example.org`;
    const author = { name: 'Invitée', email };
    expect((await t.raw('POST', '/v1/comments', { site, page: 'p', body: 'Salut', author })).status).toBe(
      201,
    );
    const warned = await t.raw(
      'POST',
      `/v1/moderation/users/${encodeURIComponent(guestKey(email))}/warnings?site=${site}`,
      { message: 'Please stay on topic.' },
      bearer(moderator.idToken),
    );
    expect(warned.status).toBe(201);
    const mails = await mailsTo(email);
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^A message from the moderators of /),
    ]);
    expect(mails[0]?.body.text).toContain('Please stay on topic.');
  });
});
