/**
 * Issue 15, point 1, "follow this article": a signed-in reader follows and unfollows articles
 * (`/v1/me/follows`, idempotent, capped, deleted with the account); once a day the schedule sends
 * each follower one digest of what others published on the articles they follow (not held
 * comments, not their own), once, nothing when nothing is new, nothing to a suppressed address
 * nor past the daily cap; its one-click link unfollows.
 */
import { describe, expect, it } from 'vitest';
import { countRequests } from '../../bench/dynamo-requests.js';
import { countEmail } from '../../functions/alerts/batch-repository.js';
import { dueDigests, listFollows, readFollowState } from '../../functions/alerts/follow-repository.js';
import { readEffect } from '../../functions/events/ledger.js';
import { performOnce } from '../../functions/events/perform.js';
import { suppress } from '../../functions/events/suppressions.js';
import type { StoredEmail } from '../../functions/local/ses-local.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

// A cap of 20 here (200 by default): the same code, without 200 follows per run.
const CAP = 20;
const t = useTestApp({ events: true, env: { FOLLOWS_PER_READER: String(CAP) } });

const PAGE = 'article-suivi';

const follows = (token: string, method: 'PUT' | 'DELETE', site: string, page = PAGE) =>
  t.raw<{ following: boolean; error?: { code: string } }>(
    method,
    `/v1/me/follows?site=${site}&page=${encodeURIComponent(page)}`,
    undefined,
    bearer(token),
  );

const followed = async (token: string, site: string) =>
  (
    await t.raw<{ follows: { site: string; page: string; title?: string; url?: string }[] }>(
      'GET',
      `/v1/me/follows?site=${site}`,
      undefined,
      bearer(token),
    )
  ).body.follows;

const post = async (site: string, token: string, body: string, page = PAGE) => {
  const answer = await t.raw<{ comment: { id: string } }>(
    'POST',
    '/v1/comments',
    { site, page, body, pageUrl: `https://journal.example/${page}`, pageTitle: `Titre de ${page}` },
    { ...bearer(token), origin: 'https://journal.example' },
  );
  expect(answer.status).toBe(201);
  return answer.body.comment.id;
};

const mailsTo = async (email: string): Promise<StoredEmail[]> =>
  (await t.app.ses?.messages())?.filter((m) => m.destination.to.includes(email)) ?? [];

const headerOf = (mail: StoredEmail | undefined, name: string) =>
  mail?.headers?.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

/** The schedule `hours` from now: a digest of a follow made now is due after 24 hours. */
const runAt = (hours: number) => t.app.events?.runSchedule(new Date(Date.now() + hours * 3_600_000));

describe('following an article', () => {
  it('follows, lists with the article’s title and link, and unfollows, each twice with the same answer', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'] });
    const reader = await t.reader();
    const writer = await t.reader();
    await post(site, writer.idToken, 'Le premier commentaire nomme l’article');

    for (const _ of [1, 2]) {
      const put = await follows(reader.idToken, 'PUT', site);
      expect(put.status).toBe(200);
      expect(put.body).toEqual({ site, page: PAGE, following: true });
    }
    expect(await followed(reader.idToken, site)).toEqual([
      expect.objectContaining({
        site,
        page: PAGE,
        title: `Titre de ${PAGE}`,
        url: `https://journal.example/${PAGE}`,
      }),
    ]);

    for (const _ of [1, 2]) {
      const gone = await follows(reader.idToken, 'DELETE', site);
      expect(gone.status).toBe(200);
      expect(gone.body).toEqual({ site, page: PAGE, following: false });
    }
    expect(await followed(reader.idToken, site)).toEqual([]);
  });

  it('says on the thread’s first page whether the reader follows the article, in the same read', async () => {
    const site = await t.site();
    const reader = await t.reader();
    const thread = async () =>
      (
        await t.raw<{ following?: boolean }>(
          'GET',
          `/v1/comments/mine?site=${site}&page=${PAGE}`,
          undefined,
          bearer(reader.idToken),
        )
      ).body.following;
    expect(await thread()).toBe(false);
    await follows(reader.idToken, 'PUT', site);
    expect(await thread()).toBe(true);
    const anonymous = await t.raw<Record<string, unknown>>('GET', `/v1/comments?site=${site}&page=${PAGE}`);
    expect(anonymous.body).not.toHaveProperty('following');
  });

  it('costs the reader’s own part one request more than before, and the shared page still one Query', async () => {
    const site = await t.site();
    const reader = await t.reader();
    await follows(reader.idToken, 'PUT', site);
    const list = () => t.raw('GET', `/v1/comments?site=${site}&page=${PAGE}`);
    const mine = () =>
      t.raw('GET', `/v1/comments/mine?site=${site}&page=${PAGE}`, undefined, bearer(reader.idToken));
    await mine();
    // Nothing left for the stream's handler, whose requests would count with the list's.
    await t.app.events?.reader.drain();

    const personal = await countRequests(mine);
    const shared = await countRequests(list);

    // The reader's own comments, their reactions; standing and follow in one batch.
    expect(personal.count.byCommand).toEqual({ QueryCommand: 2, BatchGetItemCommand: 1 });
    expect(shared.count.byCommand).toEqual({ QueryCommand: 1 });
  });

  it('refuses an unknown site (404) and a bad page (400), and asks for a session (401)', async () => {
    const reader = await t.reader();
    const site = await t.site();
    expect((await follows(reader.idToken, 'PUT', 'site-inconnu')).body.error?.code).toBe('site_not_found');
    const bad = await follows(reader.idToken, 'PUT', site, 'a\u0001b');
    expect(bad.status).toBe(400);
    expect(bad.body.error?.code).toBe('invalid_request');
    const anonymous = await t.raw('PUT', `/v1/me/follows?site=${site}&page=${PAGE}`);
    expect(anonymous.status).toBe(401);
  });

  it(`refuses a follow past the cap (${CAP} here) with 409 follows_full, and takes one after an unfollow`, async () => {
    const site = await t.site();
    const reader = await t.reader();
    // One after the other: parallel follows of one reader conflict on their count (and retry).
    for (let i = 0; i < CAP; i++) await follows(reader.idToken, 'PUT', site, `page-${i}`);
    expect(await followed(reader.idToken, site)).toHaveLength(CAP);

    const over = await follows(reader.idToken, 'PUT', site, 'une-de-trop');
    expect(over.status).toBe(409);
    expect(over.body.error?.code).toBe('follows_full');
    // Following again one already followed is no new follow.
    expect((await follows(reader.idToken, 'PUT', site, 'page-0')).status).toBe(200);
    await follows(reader.idToken, 'DELETE', site, 'page-0');
    expect((await follows(reader.idToken, 'PUT', site, 'une-de-trop')).status).toBe(200);
  });

  it('exports the followed articles of every site with the reader’s data', async () => {
    const [one, two] = [await t.site(), await t.site()];
    const reader = await t.reader();
    await follows(reader.idToken, 'PUT', one);
    await follows(reader.idToken, 'PUT', two, 'ailleurs');

    const data = await t.raw<{ follows: { site: string; page: string }[] }>(
      'GET',
      '/v1/me/export',
      undefined,
      bearer(reader.idToken),
    );

    expect(data.body.follows.map((f) => `${f.site}/${f.page}`)).toEqual([
      `${one}/${PAGE}`,
      `${two}/ailleurs`,
    ]);
  });

  it('forgets the reader’s follows and their digest with their account', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'] });
    const reader = await t.reader();
    await follows(reader.idToken, 'PUT', site);
    await follows(reader.idToken, 'PUT', site, 'autre-article');
    expect(await readFollowState(reader.user.id)).toMatchObject({ count: 2 });

    expect((await t.raw('DELETE', '/v1/me', undefined, bearer(reader.idToken))).status).toBe(204);

    expect(await listFollows(reader.user.id)).toEqual([]);
    expect(await readFollowState(reader.user.id)).toBeUndefined();
    const due = await dueDigests(new Date(Date.now() + 2 * 86_400_000));
    expect(due.filter((d) => d.userId === reader.user.id)).toEqual([]);
  });
});

describe('the daily digest', () => {
  it('sends one email a day later with the comments others published, not held ones, not the reader’s own', async () => {
    const site = await t.site({
      moderation: 'pre',
      allowedOrigins: ['https://journal.example'],
      languages: ['fr'],
    });
    const moderator = await t.staff(['moderators']);
    const reader = await t.reader('Lectrice');
    const [first, second] = await t.readers(2);
    await follows(reader.idToken, 'PUT', site);
    const approve = (id: string) =>
      t.raw(
        'POST',
        '/v1/moderation/decisions',
        { commentIds: [id], seen: { [id]: 'pending' }, action: 'approve' },
        bearer(moderator.idToken),
      );
    const published = await post(site, first ?? '', 'Un avis publié par une autre lectrice');
    const held = await post(site, second ?? '', 'Un avis encore en attente');
    const own = await post(site, reader.idToken, 'Mon propre commentaire');
    expect((await approve(published)).status).toBe(200);
    expect((await approve(own)).status).toBe(200);

    await runAt(1);
    expect(await mailsTo(reader.email), 'not before a day').toHaveLength(0);
    await runAt(25);
    await runAt(25);

    const mails = await mailsTo(reader.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe('Du nouveau sur un article que vous suivez');
    const text = mail?.body.text ?? '';
    expect(text).toContain(`« Titre de ${PAGE} » : 1 nouveau commentaire`);
    expect(text).toContain('Un avis publié par une autre lectrice');
    expect(text).toContain(`https://journal.example/${PAGE}#reagir-${published}`);
    expect(text).not.toContain('Un avis encore en attente');
    expect(text).not.toContain(held);
    expect(text).not.toContain('Mon propre commentaire');
    expect(headerOf(mail, 'List-Unsubscribe')).toMatch(
      /^<http.*\/v1\/alerts\/unsubscribe\?token=[\w-]+\.[\w-]+>$/,
    );
    expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });

  it('sends nothing twice: the same day again, and the next day with nothing new', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'] });
    const reader = await t.reader();
    const writer = await t.reader();
    await follows(reader.idToken, 'PUT', site);
    await post(site, writer.idToken, 'Une seule nouvelle');

    await runAt(25);
    await runAt(25);
    await runAt(49);

    expect(await mailsTo(reader.email)).toHaveLength(1);
  });

  it('sends nothing again when the same digest is handed to the ledger again (a schedule cut short)', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'] });
    const reader = await t.reader();
    const writer = await t.reader();
    await follows(reader.idToken, 'PUT', site);
    await post(site, writer.idToken, 'Une fois seulement');
    const state = await readFollowState(reader.user.id);
    await runAt(25);
    expect(await mailsTo(reader.email)).toHaveLength(1);

    // What the next round does when the last one died before moving the digest on.
    const again = await performOnce(`follow-digest:${reader.user.id}:${state?.dueAt}`, {
      key: 'mail',
      kind: 'follow-digest',
      payload: { userId: reader.user.id, since: state?.since, until: state?.dueAt },
    });

    expect(again).toBe('done');
    expect(await mailsTo(reader.email)).toHaveLength(1);
  });

  it('sends nothing when nothing is new, and says so in the ledger', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'] });
    const reader = await t.reader();
    const writer = await t.reader();
    await post(site, writer.idToken, 'Écrit avant le suivi');
    await follows(reader.idToken, 'PUT', site);
    const { dueAt } = (await readFollowState(reader.user.id)) ?? { dueAt: '' };

    await runAt(25);

    expect(await mailsTo(reader.email)).toHaveLength(0);
    expect(await readEffect(`follow-digest:${reader.user.id}:${dueAt}`, 'mail')).toMatchObject({
      status: 'skipped',
      detail: 'nothing_new',
    });
  });

  it('skips a suppressed address, and a reader who had their ten alert emails of the day', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'] });
    const [bounced, busy] = [await t.reader(), await t.reader()];
    const writer = await t.reader();
    for (const reader of [bounced, busy]) await follows(reader.idToken, 'PUT', site);
    await post(site, writer.idToken, 'Du nouveau pour les deux');
    await suppress(bounced.email, 'bounce');
    const dueOf = async (userId: string) => (await readFollowState(userId))?.dueAt ?? '';
    const [bouncedDue, busyDue] = [await dueOf(bounced.user.id), await dueOf(busy.user.id)];
    // The digest is sent the day it is due: its ten earlier emails are counted on that day.
    for (let i = 0; i < 10; i++) await countEmail(busy.user.id, `earlier-${i}`, new Date(busyDue));

    await t.app.events?.runSchedule(new Date(Date.parse(busyDue) + 60_000));

    expect(await mailsTo(bounced.email)).toHaveLength(0);
    expect(await mailsTo(busy.email)).toHaveLength(0);
    expect(await readEffect(`follow-digest:${bounced.user.id}:${bouncedDue}`, 'mail')).toMatchObject({
      status: 'skipped',
      detail: 'suppressed',
    });
    expect(await readEffect(`follow-digest:${busy.user.id}:${busyDue}`, 'mail')).toMatchObject({
      status: 'skipped',
      detail: 'daily_cap',
    });
  });

  it('writes in the reader’s language, and its one-click POST unfollows without login, the GET only asks', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'], languages: ['fr'] });
    const reader = await t.reader();
    const writer = await t.reader('Writer');
    await t.raw('PATCH', '/v1/me', { language: 'en' }, bearer(reader.idToken));
    await follows(reader.idToken, 'PUT', site);
    await post(site, writer.idToken, 'An English-speaking reader reads this');
    await runAt(25);
    const [mail] = await mailsTo(reader.email);
    expect(mail?.subject).toBe('New comments on an article you follow');
    const link = headerOf(mail, 'List-Unsubscribe')?.slice(1, -1) ?? '';

    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Unfollow this article?');
    expect(await followed(reader.idToken, site)).toHaveLength(1);
    const posted = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });

    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('You no longer follow this article');
    expect(await followed(reader.idToken, site)).toEqual([]);
  });

  it('lists every followed article with news in one email, whose one-click POST unfollows them all', async () => {
    const site = await t.site({ allowedOrigins: ['https://journal.example'], languages: ['fr'] });
    const reader = await t.reader();
    const writer = await t.reader('Plume');
    await follows(reader.idToken, 'PUT', site);
    await follows(reader.idToken, 'PUT', site, 'deuxieme-article');
    await follows(reader.idToken, 'PUT', site, 'article-calme');
    await post(site, writer.idToken, 'Sur le premier');
    await post(site, writer.idToken, 'Sur le second, une fois', 'deuxieme-article');
    await post(site, writer.idToken, 'Sur le second, deux fois', 'deuxieme-article');

    await runAt(25);

    const mails = await mailsTo(reader.email);
    expect(mails).toHaveLength(1);
    const text = mails[0]?.body.text ?? '';
    expect(mails[0]?.subject).toBe('Du nouveau sur 2 articles que vous suivez');
    expect(text).toContain(`« Titre de ${PAGE} » : 1 nouveau commentaire`);
    expect(text).toContain('« Titre de deuxieme-article » : 2 nouveaux commentaires');
    expect(text).toContain('Plume :');
    expect(text).not.toContain('article-calme');
    const link = headerOf(mails[0], 'List-Unsubscribe')?.slice(1, -1) ?? '';
    const posted = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('Vous ne suivez plus ces articles');
    expect(await followed(reader.idToken, site)).toEqual([]);
  });
});
