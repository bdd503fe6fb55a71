/**
 * Issue 15, point 3: a guest who ticks "Me prévenir des réponses" is mailed a confirmation link
 * first (double opt-in) and gets nothing else before opening it; once confirmed, a reply to their
 * comment is one email to their address (batched as an account's), never for their own reply,
 * and its one-click unsubscribe stops them. A guest who did not tick gets nothing, even confirmed.
 * Point 4's mend for guests too: no reply alert to a guest's address that complained.
 */
import { describe, expect, it } from 'vitest';
import { readBatch } from '../../functions/alerts/batch-repository.js';
import { recipientId } from '../../functions/alerts/recipient.js';
import { readEffect } from '../../functions/events/ledger.js';
import { suppress } from '../../functions/events/suppressions.js';
import type { StoredEmail } from '../../functions/local/ses-local.js';
import { guestKey } from '../../functions/shared/guest-key.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp({ events: true });

let n = 0;
const unique = () => `${process.pid}-${Date.now().toString(36)}-${n++}`;
const guestEmail = () => `invite-${unique()}@example.org`;

interface Guest {
  email: string;
  name: string;
  notifyReplies?: boolean;
  lang?: 'fr' | 'en';
}

const newGuest = (notifyReplies: boolean, lang?: 'fr' | 'en'): Guest => ({
  email: guestEmail(),
  name: `Invité ${unique()}`,
  notifyReplies,
  lang,
});

/** Posts as a guest (`who` a Guest) or as a reader (`who` a token); the new comment's id. */
async function post(site: string, who: Guest | string, body: string, parentId?: string): Promise<string> {
  const guest = typeof who === 'string' ? undefined : who;
  const answer = await t.raw<{ comment: { id: string } }>(
    'POST',
    '/v1/comments',
    { site, page: 'article-1', body, parentId, author: guest },
    typeof who === 'string' ? bearer(who) : undefined,
  );
  expect(answer.status).toBe(201);
  expect(JSON.stringify(answer.body)).not.toContain(guest?.email ?? '@@');
  return answer.body.comment.id;
}

const later = (minutes = 11) => new Date(Date.now() + minutes * 60_000);

/** Handles the stream, then runs the schedule 11 minutes on: every batch waiting is due. */
async function deliver(): Promise<void> {
  await t.app.events?.reader.drain();
  await t.app.events?.runSchedule(later());
}

const mailsTo = async (email: string): Promise<StoredEmail[]> =>
  (await t.app.ses?.messages())?.filter((m) => m.destination.to.includes(email)) ?? [];

const headerOf = (mail: StoredEmail | undefined, name: string) =>
  mail?.headers?.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

/** The confirmation link mailed to `email` (the newest). */
async function linkFor(email: string): Promise<URL> {
  const text = (await mailsTo(email)).findLast((m) => m.body.text?.includes('/v1/guests/confirm'))?.body.text;
  const link = text?.match(/https?:\/\/\S+\/v1\/guests\/confirm\?token=[\w-]+/)?.[0];
  expect(link).toBeDefined();
  return new URL(link ?? '');
}

/** What the link's page's button does: post its token as a form. */
const confirm = (link: URL) =>
  fetch(`${t.app.url}/v1/guests/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `token=${link.searchParams.get('token')}`,
  });

const newSite = () => t.site({ allowedOrigins: ['https://journal.example'], languages: ['fr'] });

describe('a guest who ticked "Me prévenir des réponses"', () => {
  it('gets only the confirmation mail, and no reply alert before confirming', async () => {
    const site = await newSite();
    const guest = newGuest(true);
    const replier = await t.reader();
    const parent = await post(site, guest, 'Mon avis d’invité');

    await post(site, replier.idToken, 'Une réponse avant confirmation', parent);
    await t.app.events?.reader.drain();
    const batch = await readBatch(recipientId({ site, authorKey: guestKey(guest.email) }));
    await t.app.events?.runSchedule(later());
    await deliver();

    expect(batch).toBeUndefined();
    const mails = await mailsTo(guest.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain('Confirmez votre adresse');
    expect(mails[0]?.body.text).toContain('rien ne vous sera envoyé tant que vous n’aurez pas confirmé');
  });

  it('gets one email for a reply once the link is opened, in their language, with one-click unsubscribe', async () => {
    const site = await newSite();
    const guest = newGuest(true, 'en');
    const replier = await t.reader('Répondeuse');
    const parent = await post(site, guest, 'A guest’s view');
    const link = await linkFor(guest.email);
    const page = await fetch(link);
    expect(await page.text()).toContain('you will get an email when someone replies to you');

    const confirmed = await confirm(link);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('you will be told by email of replies');
    const reply = await post(site, replier.idToken, 'I see it otherwise', parent);
    await deliver();

    const alerts = (await mailsTo(guest.email)).filter((m) => !m.body.text?.includes('/v1/guests/confirm'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.subject).toBe('Répondeuse replied to your comment');
    expect(alerts[0]?.body.text).toContain(`https://journal.example/article-1#reagir-${reply}`);
    expect(alerts[0]?.body.text).toContain('Notify me of replies');
    expect(headerOf(alerts[0], 'List-Unsubscribe')).toMatch(
      /^<http.*\/v1\/alerts\/unsubscribe\?token=[\w-]+\.[\w-]+>$/,
    );
    expect(headerOf(alerts[0], 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(await mailsTo(replier.email)).toHaveLength(0);
  });

  it('sends nothing for the guest’s own reply', async () => {
    const site = await newSite();
    const guest = newGuest(true);
    const parent = await post(site, guest, 'Je commente');
    expect((await confirm(await linkFor(guest.email))).status).toBe(200);

    await post(site, { ...guest, notifyReplies: false }, 'Et je me réponds', parent);
    await deliver();

    expect(await mailsTo(guest.email)).toHaveLength(1);
  });

  it('stops with the unsubscribe POST, without login', async () => {
    const site = await newSite();
    const guest = newGuest(true);
    const replier = await t.reader();
    const parent = await post(site, guest, 'Prévenez-moi');
    await confirm(await linkFor(guest.email));
    await post(site, replier.idToken, 'Première réponse', parent);
    await deliver();
    const [, alert] = await mailsTo(guest.email);
    const stop = headerOf(alert, 'List-Unsubscribe')?.slice(1, -1) ?? '';
    const page = await fetch(stop);
    expect(await page.text()).toContain('cochez « Me prévenir des réponses »');

    const posted = await fetch(stop, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    await post(site, replier.idToken, 'Seconde réponse', parent);
    await deliver();

    expect(await mailsTo(guest.email)).toHaveLength(2);
  });
});

describe('the box in the post body', () => {
  it('refuses a notifyReplies that is not a boolean, naming it', async () => {
    const site = await newSite();
    const answer = await t.raw<{ error: { code: string; issues?: { path: string }[] } }>(
      'POST',
      '/v1/comments',
      {
        site,
        page: 'article-1',
        body: 'Un avis',
        author: { name: `Invité ${unique()}`, email: guestEmail(), notifyReplies: 'oui' },
      },
    );

    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_request');
    expect(JSON.stringify(answer.body.error)).toContain('body.author.notifyReplies');
  });
});

describe('a guest who did not tick the box', () => {
  it('gets no mail at all where first comments are not held', async () => {
    const site = await newSite();
    const guest = newGuest(false);
    const replier = await t.reader();
    const parent = await post(site, guest, 'Sans alertes');
    await post(site, replier.idToken, 'Une réponse', parent);
    await deliver();

    expect(await mailsTo(guest.email)).toHaveLength(0);
  });

  it('gets no reply alert even once confirmed for standing', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'], holdFirstComments: 1 });
    const moderator = await t.staff(['moderators']);
    const guest = newGuest(false);
    const replier = await t.reader();
    const parent = await post(site, guest, 'Un premier commentaire retenu');
    const link = await linkFor(guest.email);
    expect((await mailsTo(guest.email))[0]?.body.text).not.toContain('prévenu·e des réponses');
    expect((await confirm(link)).status).toBe(200);
    const approved = await t.raw(
      'POST',
      '/v1/moderation/decisions',
      { commentIds: [parent], seen: { [parent]: 'pending' }, action: 'approve' },
      bearer(moderator.idToken),
    );
    expect(approved.status).toBe(200);

    await post(site, replier.idToken, 'Une réponse', parent);
    await deliver();

    expect(await mailsTo(guest.email)).toHaveLength(1);
  });
});

describe('reply alerts to a guest’s suppressed address', () => {
  it('are skipped for a confirmed guest who complained', async () => {
    const site = await newSite();
    const guest = newGuest(true);
    const replier = await t.reader();
    const parent = await post(site, guest, 'Je me suis plaint');
    await confirm(await linkFor(guest.email));
    await suppress(guest.email, 'complaint');
    await post(site, replier.idToken, 'Une réponse', parent);
    await t.app.events?.reader.drain();
    const id = recipientId({ site, authorKey: guestKey(guest.email) });
    const due = (await readBatch(id))?.dueAt;
    await t.app.events?.runSchedule(later());

    expect(due).toBeDefined();
    expect(await mailsTo(guest.email)).toHaveLength(1);
    expect(await readEffect(`batch:${id}:${due}`, 'mail')).toMatchObject({
      status: 'skipped',
      detail: 'suppressed',
    });
  });
});
