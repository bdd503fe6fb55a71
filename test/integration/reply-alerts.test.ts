/**
 * Issue 15, points 1 and 2: a published reply emails the author of the answered comment once
 * (batched over 10 minutes, ten emails a day at most), never while held, never for one's own
 * reply or when the reader turned alerts off; the email's one-click unsubscribe (RFC 8058) works
 * without login, its GET only shows a button, and a forged token is refused. No alert goes to
 * an address SES reported as a hard bounce or a complaint.
 */
import { describe, expect, it } from 'vitest';
import { readBatch } from '../../functions/alerts/batch-repository.js';
import { readEffect } from '../../functions/events/ledger.js';
import { suppress } from '../../functions/events/suppressions.js';
import type { StoredEmail } from '../../functions/local/ses-local.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp({ events: true });

const post = async (site: string, token: string, body: string, parentId?: string) => {
  const answer = await t.raw<{ comment: { id: string } }>(
    'POST',
    '/v1/comments',
    { site, page: 'article-1', body, parentId },
    bearer(token),
  );
  expect(answer.status).toBe(201);
  return answer.body.comment.id;
};

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

const me = async (token: string) =>
  (await t.raw<{ user: { alerts: { replies: boolean } } }>('GET', '/v1/me', undefined, bearer(token))).body
    .user.alerts;

describe('reply alerts', () => {
  it('emails the parent’s author once, with the excerpt, the permalink and one-click unsubscribe', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'], languages: ['fr'] });
    const author = await t.reader('Autrice');
    const replier = await t.reader('Répondeur');
    const parent = await post(site, author.idToken, 'Mon avis sur la question');
    const reply = await post(site, replier.idToken, 'Je ne suis pas d’accord du tout', parent);
    await t.app.events?.reader.drain();
    // Not before its 10 minutes: other replies may join the email.
    await t.app.events?.runSchedule(new Date());
    expect(await mailsTo(author.email)).toHaveLength(0);
    await deliver();
    await deliver();

    const mails = await mailsTo(author.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe('Répondeur a répondu à votre commentaire');
    expect(mail?.body.text).toContain('Je ne suis pas d’accord du tout');
    expect(mail?.body.text).toContain(`https://journal.example/article-1#reagir-${reply}`);
    // Where the reader manages their alerts: "Mon compte", under the article's comments.
    expect(mail?.body.text).toMatch(/Gérer mes alertes .*\n?.*https:\/\/journal\.example\/article-1(?!#)/);
    expect(headerOf(mail, 'List-Unsubscribe')).toMatch(
      /^<http.*\/v1\/alerts\/unsubscribe\?token=[\w-]+\.[\w-]+>$/,
    );
    expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(await mailsTo(replier.email)).toHaveLength(0);
  });

  it('sends nothing while the reply is held, and one email once it is approved', async () => {
    const site = await t.site({ moderation: 'pre', allowedOrigins: ['https://journal.example'] });
    const moderator = await t.staff(['moderators']);
    const author = await t.reader();
    const replier = await t.reader();
    const approve = (id: string) =>
      t.raw(
        'POST',
        '/v1/moderation/decisions',
        { commentIds: [id], seen: { [id]: 'pending' }, action: 'approve' },
        bearer(moderator.idToken),
      );
    const parent = await post(site, author.idToken, 'Un commentaire approuvé');
    expect((await approve(parent)).status).toBe(200);
    const reply = await post(site, replier.idToken, 'Une réponse en attente', parent);
    await deliver();
    expect(await mailsTo(author.email)).toHaveLength(0);

    expect((await approve(reply)).status).toBe(200);
    await deliver();
    expect(await mailsTo(author.email)).toHaveLength(1);
  });

  it('sends nothing for one’s own reply, nor to a reader who turned replies off', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'] });
    const author = await t.reader();
    const quiet = await t.reader();
    const replier = await t.reader();
    const parent = await post(site, author.idToken, 'Je précise ma pensée');
    await post(site, author.idToken, 'Et je me réponds', parent);
    const patched = await t.raw('PATCH', '/v1/me', { alerts: { replies: false } }, bearer(quiet.idToken));
    expect(patched.status).toBe(200);
    const quietParent = await post(site, quiet.idToken, 'Pas d’alertes pour moi');
    await post(site, replier.idToken, 'Une réponse qu’on ne lui dira pas', quietParent);
    await deliver();
    expect(await mailsTo(author.email)).toHaveLength(0);
    expect(await mailsTo(quiet.email)).toHaveLength(0);
  });

  it('makes one email of ten replies within 10 minutes, in the reader’s language', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'], languages: ['fr'] });
    const author = await t.reader();
    await t.raw('PATCH', '/v1/me', { language: 'en' }, bearer(author.idToken));
    const parent = await post(site, author.idToken, 'A comment many answer');
    const repliers = await t.readers(10);
    const ids: string[] = [];
    for (const [i, token] of repliers.entries())
      ids.push(await post(site, token, `Reply number ${i}`, parent));
    await deliver();

    const mails = await mailsTo(author.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('10 replies to your comments');
    for (const id of ids) expect(mails[0]?.body.text).toContain(`#reagir-${id}`);
  });

  it('skips the 11th alert email of a day', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'] });
    const author = await t.reader();
    const replier = await t.reader();
    const parent = await post(site, author.idToken, 'Un fil très animé');
    let last = '';
    for (let round = 0; round < 11; round++) {
      await post(site, replier.idToken, `Réponse ${round}`, parent);
      await t.app.events?.reader.drain();
      last = (await readBatch(author.user.id))?.dueAt ?? '';
      await t.app.events?.runSchedule(later());
    }
    expect(await mailsTo(author.email)).toHaveLength(10);
    expect(await readEffect(`batch:${author.user.id}:${last}`, 'mail')).toMatchObject({
      status: 'skipped',
      detail: 'daily_cap',
    });
  });
});

describe('reply alerts to a suppressed address', () => {
  it('are skipped for a reader whose address bounced', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'] });
    const author = await t.reader();
    const replier = await t.reader();
    await suppress(author.email, 'bounce');
    const parent = await post(site, author.idToken, 'Mon adresse ne répond plus');
    await post(site, replier.idToken, 'Une réponse', parent);
    await t.app.events?.reader.drain();
    const due = (await readBatch(author.user.id))?.dueAt;
    await t.app.events?.runSchedule(later());

    expect(due).toBeDefined();
    expect(await mailsTo(author.email)).toHaveLength(0);
    expect(await readEffect(`batch:${author.user.id}:${due}`, 'mail')).toMatchObject({
      status: 'skipped',
      detail: 'suppressed',
    });
  });
});

describe('one-click unsubscribe', () => {
  async function alerted() {
    const site = await t.site({ allowedOrigins: ['https://journal.example'] });
    const author = await t.reader();
    const replier = await t.reader();
    const parent = await post(site, author.idToken, 'Écrivez-moi');
    await post(site, replier.idToken, 'Voilà', parent);
    await deliver();
    const [mail] = await mailsTo(author.email);
    const link = headerOf(mail, 'List-Unsubscribe')?.slice(1, -1) ?? '';
    expect(link).not.toBe('');
    return { author, link, site, replier, parent };
  }

  it('shows a button on GET and unsubscribes only on the POST, without login', async () => {
    const { author, link, site, replier, parent } = await alerted();
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<form method="post"');
    expect(await me(author.idToken)).toEqual({ replies: true });

    const posted = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    expect(await me(author.idToken)).toEqual({ replies: false });
    await post(site, replier.idToken, 'Encore une', parent);
    await deliver();
    expect(await mailsTo(author.email)).toHaveLength(1);
  });

  it('refuses a forged token on GET and POST', async () => {
    const { author, link } = await alerted();
    const url = new URL(link);
    const [data] = (url.searchParams.get('token') ?? '').split('.');
    url.searchParams.set('token', `${data}.${'A'.repeat(43)}`);
    const page = await fetch(url);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('data-error="invalid_token"');
    const posted = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(400);
    expect(await me(author.idToken)).toEqual({ replies: true });
  });
});
