/**
 * Bans that hold (issue 14, point 7): an account's ban covers its email as a guest, a guest's ban
 * its email and (as a signal) its network prefix, presets, rejecting pending comments at once,
 * the ban in the thread before typing, a banned moderator who cannot lift their own ban, and a
 * guest's standing earned only with a confirmed email.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreatedComment, ReaderThread } from '../../functions/comments/types.js';
import type { BanAnswer } from '../../functions/moderation/types.js';
import { config } from '../../functions/shared/config.js';
import { dynamo } from '../../functions/shared/data/dynamo-client.js';
import { bannedNetworkKey, guestNetworkKey } from '../../functions/shared/data/keys.js';
import { guestKey } from '../../functions/shared/guest-key.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { networkHash } from '../../functions/shared/network-prefix.js';
import { decide, listQueue, readLog } from '../../widget/src/api/moderation.js';
import { bearer } from '../support/test-app.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
let admin: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
  admin = await t.staff(['admins'], 'Admin');
});

let n = 0;
type Posted = CreatedComment & ErrorBody;
/** Posts as an account (with a token) or as a guest with this email. */
const post = (site: string, who: { token?: string; email?: string }, page = 'p') =>
  t.raw<Posted>(
    'POST',
    '/v1/comments',
    {
      site,
      page,
      body: `commentaire ${n++}`,
      ...(who.email ? { author: { name: `Invité ${n}`, email: who.email } } : {}),
    },
    who.token ? bearer(who.token) : {},
  );
const ban = (site: string, userId: string, body: object, token = moderator.idToken) =>
  t.raw<BanAnswer & ErrorBody>(
    'POST',
    `/v1/moderation/bans/${encodeURIComponent(userId)}?site=${site}`,
    body,
    bearer(token),
  );
const lift = (site: string, userId: string, token = moderator.idToken) =>
  t.raw<ErrorBody>(
    'DELETE',
    `/v1/moderation/bans/${encodeURIComponent(userId)}?site=${site}`,
    undefined,
    bearer(token),
  );
const mod = () => t.client(moderator.idToken);
const item = (key: Record<string, string>) =>
  dynamo().send(new GetCommand({ TableName: config.commentsTable, Key: key }));
let guests = 0;
const guestEmail = () => `invite-${Date.now().toString(36)}-${guests++}@example.org`;

describe("an account's ban", () => {
  it('refuses a guest comment with the account email, however it is written, with the ban code', async () => {
    const site = await t.site();
    const reader = await t.reader();
    const banned = await ban(site, reader.user.id, { preset: '7d' });

    const asGuest = await post(site, { email: reader.email.toUpperCase() });

    expect(banned.body.coversGuest).toBe(true);
    expect(asGuest.status).toBe(403);
    expect(asGuest.body.error).toMatchObject({ code: 'banned', params: { until: banned.body.bannedUntil } });
  });

  it('lets the guest email post again once the account ban is lifted', async () => {
    const site = await t.site();
    const reader = await t.reader();
    await ban(site, reader.user.id, {});

    await lift(site, reader.user.id);

    expect((await post(site, { email: reader.email })).status).toBe(201);
  });
});

describe("a guest's ban", () => {
  it('refuses new comments from that email and no other', async () => {
    const site = await t.site();
    const email = guestEmail();
    expect((await post(site, { email })).status).toBe(201);

    await ban(site, guestKey(email), { preset: '24h' });

    expect((await post(site, { email: email.toUpperCase() })).body.error?.code).toBe('banned');
    expect((await post(site, { email: guestEmail() })).status).toBe(201);
  });

  it('keeps the network prefix hashed with a 30-day TTL, and flags new comments from it without refusing them', async () => {
    const site = await t.site();
    const email = guestEmail();
    await post(site, { email });
    const hash = networkHash(site, '127.0.0.1') ?? '';
    const inThirtyDays = Date.now() / 1000 + 30 * 86_400;

    const banned = await ban(site, guestKey(email), { preset: '30d', network: true });
    const other = await post(site, { email: guestEmail() });

    const seen = (await item(guestNetworkKey(site, guestKey(email)))).Item;
    const flagged = (await item(bannedNetworkKey(site, hash))).Item;
    expect(banned.body.network).toBe(true);
    expect(seen).toMatchObject({ hash });
    expect(JSON.stringify(seen)).not.toContain('127.0.0');
    expect(Math.abs(Number(seen?.expiresAt) - inThirtyDays)).toBeLessThan(60);
    expect(Number(flagged?.expiresAt)).toBeLessThanOrEqual(inThirtyDays + 60);
    expect(other.status).toBe(201);
    const approved = await listQueue(mod(), { site, status: 'approved' });
    const flags = approved.comments.map((c) => [c.comment.id, c.bannedNetwork]);
    expect(flags).toContainEqual([other.body.comment.id, true]);
  });

  it('flags nothing without the network option', async () => {
    const site = await t.site();
    const email = guestEmail();
    await post(site, { email });

    const banned = await ban(site, guestKey(email), {});
    const other = await post(site, { email: guestEmail() });

    expect(banned.body.network).toBe(false);
    const approved = await listQueue(mod(), { site, status: 'approved' });
    expect(approved.comments.find((c) => c.comment.id === other.body.comment.id)?.bannedNetwork).toBe(false);
  });
});

describe('ban presets', () => {
  it.each([
    ['24h', 86_400_000],
    ['7d', 7 * 86_400_000],
    ['30d', 30 * 86_400_000],
  ])('ends a %s ban that long from now', async (preset, ms) => {
    const site = await t.site();
    const reader = await t.reader();

    const res = await ban(site, reader.user.id, { preset });

    expect(res.status).toBe(200);
    expect(Math.abs(Date.parse(res.body.bannedUntil) - (Date.now() + ms))).toBeLessThan(60_000);
  });

  it('gives a permanent ban no end', async () => {
    const site = await t.site();
    const reader = await t.reader();

    const res = await ban(site, reader.user.id, { preset: 'forever' });

    expect(res.body.bannedUntil).toBe('forever');
  });

  it('refuses a preset together with a date, naming the field', async () => {
    const site = await t.site();
    const reader = await t.reader();

    const res = await ban(site, reader.user.id, { preset: '7d', until: '2099-01-01T00:00:00Z' });

    expect(res.status).toBe(400);
    expect(res.body.error.issues?.[0]?.path).toBe('body.preset');
  });
});

describe('rejecting pending comments with the ban', () => {
  it('rejects every pending comment of the author on the site, each logged, and says how many', async () => {
    const site = await t.site({ moderation: 'pre' });
    const elsewhere = await t.site({ moderation: 'pre' });
    const reader = await t.reader();
    for (let i = 0; i < 3; i++) await post(site, { token: reader.idToken });
    await post(elsewhere, { token: reader.idToken });

    const res = await ban(site, reader.user.id, { rejectPending: true, reason: 'spam en série' });

    expect(res.body.rejected).toBe(3);
    expect((await listQueue(mod(), { site, status: 'pending' })).comments).toEqual([]);
    expect((await listQueue(mod(), { site, status: 'rejected' })).comments).toHaveLength(3);
    expect((await listQueue(mod(), { site: elsewhere, status: 'pending' })).comments).toHaveLength(1);
    const actions = (await readLog(mod(), site)).entries.map((e) => e.action);
    expect(actions.filter((a) => a === 'reject')).toHaveLength(3);
  });

  it('leaves pending comments alone without the option', async () => {
    const site = await t.site({ moderation: 'pre' });
    const reader = await t.reader();
    await post(site, { token: reader.idToken });

    const res = await ban(site, reader.user.id, {});

    expect(res.body.rejected).toBe(0);
    expect((await listQueue(mod(), { site, status: 'pending' })).comments).toHaveLength(1);
  });
});

describe('a banned moderator', () => {
  it("cannot lift their own ban, nor its email's as a guest (403 own_ban), which another moderator can", async () => {
    const site = await t.site();
    const banned = await t.staff(['moderators'], 'Modérateur banni');
    await ban(site, banned.user.id, { preset: '7d' }, admin.idToken);

    const own = await lift(site, banned.user.id, banned.idToken);
    const ownEmail = await lift(site, guestKey(banned.email), banned.idToken);
    const other = await lift(site, banned.user.id);

    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('own_ban');
    expect(ownEmail.body.error.code).toBe('own_ban');
    expect(other.status).toBe(200);
  });
});

describe('the ban before typing', () => {
  const thread = (site: string, token?: string) =>
    t.raw<ReaderThread>(
      'GET',
      `/v1/comments/mine?site=${site}&page=p`,
      undefined,
      token ? bearer(token) : {},
    );

  it("gives a banned reader their ban's end in the thread", async () => {
    const site = await t.site();
    const reader = await t.reader();
    const banned = await ban(site, reader.user.id, { preset: '30d' });

    const res = await thread(site, reader.idToken);

    expect(res.body.myBan).toEqual({ until: banned.body.bannedUntil });
  });

  it('says a permanent ban has no end', async () => {
    const site = await t.site();
    const reader = await t.reader();
    await ban(site, reader.user.id, {});

    expect((await thread(site, reader.idToken)).body.myBan).toEqual({ until: null });
  });

  it('tells no one else of the ban', async () => {
    const site = await t.site();
    const reader = await t.reader();
    await ban(site, reader.user.id, {});

    const [other, anonymous] = await Promise.all([thread(site, (await t.reader()).idToken), thread(site)]);

    expect(other.body.myBan).toBeUndefined();
    expect(anonymous.body.myBan).toBeUndefined();
  });
});

describe("a guest's standing", () => {
  /** The confirmation link mailed to `email` (the newest), if any. */
  const linkFor = (email: string) =>
    t.app.mailbox
      .list()
      .findLast((m) => m.to === email && m.kind === 'GuestConfirmation')
      ?.text.match(/https?:\/\/\S+\/v1\/guests\/confirm\?token=[\w-]+/)?.[0];
  /** What the link's button does: post its token. */
  const open = (link: string) =>
    t.raw<ErrorBody>('POST', '/v1/guests/confirm', { token: new URL(link).searchParams.get('token') });
  const approveAll = async (site: string) => {
    const pending = await listQueue(mod(), { site, status: 'pending' });
    await decide(
      mod(),
      Object.fromEntries(pending.comments.map((c) => [c.comment.id, 'pending'])),
      'approve',
    );
  };

  it('keeps an unconfirmed guest held however many comments were approved', async () => {
    const site = await t.site({ holdFirstComments: 1 });
    const email = guestEmail();
    await post(site, { email });
    await approveAll(site);

    const second = await post(site, { email });

    expect(second.body.comment.status).toBe('pending');
  });

  it('mails a link at posting; once opened, the approved count lets the guest skip the hold', async () => {
    const site = await t.site({ holdFirstComments: 1 });
    const email = guestEmail();
    await post(site, { email });
    await approveAll(site);
    const link = linkFor(email);
    expect(link).toBeDefined();

    const opened = await open(link ?? '');
    const after = await post(site, { email });

    expect(opened.status).toBe(200);
    expect(after.body.comment.status).toBe('approved');
  });

  it('only shows a button when the link is opened, so a mail scanner opening it confirms nothing', async () => {
    const site = await t.site({ holdFirstComments: 1 });
    const email = guestEmail();
    await post(site, { email });
    await approveAll(site);
    const link = new URL(linkFor(email) ?? '');

    const shown = await fetch(`${t.app.url}${link.pathname}${link.search}`);
    const html = await shown.text();
    const after = await post(site, { email });

    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<form method="post" action="confirm">');
    expect(html).toContain(`value="${link.searchParams.get('token')}"`);
    expect(after.body.comment.status).toBe('pending');
  });

  it('refuses a link used twice, or never sent, alike', async () => {
    const site = await t.site({ holdFirstComments: 1 });
    const email = guestEmail();
    await post(site, { email });
    const link = linkFor(email) ?? '';
    await open(link);

    const again = await open(link);
    const forged = await open(`${t.app.url}/v1/guests/confirm?token=${'A'.repeat(32)}`);

    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('invalid_code');
    expect(forged.body.error).toEqual(again.body.error);
  });

  it('answers the post alike whether or not a link was sent, and sends none where first comments are not held', async () => {
    const held = await t.site({ holdFirstComments: 1 });
    const free = await t.site({ holdFirstComments: 0 });
    const [sent, unsent] = [guestEmail(), guestEmail()];

    const a = await post(held, { email: sent });
    const b = await post(free, { email: unsent });

    const mails = (email: string) =>
      t.app.mailbox.list().filter((m) => m.kind === 'GuestConfirmation' && m.to === email);
    expect(Object.keys(a.body).sort()).toEqual(Object.keys(b.body).sort());
    expect(mails(sent)).toHaveLength(1);
    expect(mails(unsent)).toHaveLength(0);
  });
});
