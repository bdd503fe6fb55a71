/**
 * Security test support: one site and one account per role, built once per test file, plus
 * helpers that make fresh targets (comments, accounts) so each request acts on its own things.
 */

import { ensureUser } from '../../../functions/local/cognito-local.js';
import { grantRole } from '../../../functions/sites/team.js';
import { api, bearer, createTestSite, type TestApp } from '../test-app.js';

export const ROLES = ['anonymous', 'reader', 'other', 'banned', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  email: string;
  password: string;
  userId: string;
  idToken: string;
  accessToken: string;
  refreshToken: string;
}

export interface World {
  app: TestApp;
  /** Guests allowed, two reaction types, no edit-window surprise. */
  site: string;
  /** A site only the admin cells change. */
  adminSite: string;
  actors: Record<Exclude<Role, 'anonymous'>, Account>;
  /** Comments the banned reader posted before the ban, for the "own comment" cells. */
  bannedOwn: string[];
  /** Whom moderators ban, note and look up. */
  victim: Account;
  /** For login, refresh and reset cells. */
  loginAccount: Account;
  /** Every email this file gave the API, for leak scans. */
  emails: Set<string>;
  /**
   * Staff of one site each, not of the stage: `moderator` and `admin` of both sites above (the
   * site teams), and `otherModerator`, `otherAdmin` of another site only.
   */
  siteStaff: Record<'moderator' | 'admin' | 'otherModerator' | 'otherAdmin', Account>;
}

let counter = 0;
export const uniqueEmail = (prefix = 'sec') =>
  `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter++}@example.org`;
export const PASSWORD = 'correct horse battery';

/** Logs an existing account in again: a new set of tokens. */
export async function logIn(app: TestApp, email: string, password = PASSWORD): Promise<Account> {
  const res = await api(app, 'POST', '/v1/auth/login', { email, password });
  if (res.status !== 200) throw new Error(`login of ${email} answered ${res.status}`);
  const { idToken, accessToken, refreshToken, user } = res.body;
  return { email, password, userId: String(user.id), idToken, accessToken, refreshToken };
}

/** A confirmed account in the given Cognito groups, logged in. */
export async function account(app: TestApp, groups: string[] = [], emails?: Set<string>): Promise<Account> {
  const email = uniqueEmail(groups[0] ?? 'reader');
  emails?.add(email);
  const { endpoint, ...pool } = app.identity;
  await ensureUser(endpoint, pool, { email, password: PASSWORD, name: `Compte ${counter}`, groups });
  return logIn(app, email);
}

/** A published comment by `token`'s owner (or by a guest), on `page`; its id. */
export async function comment(world: World, token?: string, page = 'p'): Promise<string> {
  const author = { name: 'Invitée', email: uniqueEmail('guest') };
  if (!token) world.emails.add(author.email);
  const body = { site: world.site, page, body: `cible ${counter++}`, ...(token ? {} : { author }) };
  const res = await api(world.app, 'POST', '/v1/comments', body, token ? bearer(token) : {});
  if (res.status !== 201)
    throw new Error(`posting a target answered ${res.status}: ${JSON.stringify(res.body)}`);
  return String(res.body.comment.id);
}

/** Bans an account on the world's site, as the moderator. */
export async function ban(world: World, userId: string): Promise<void> {
  const path = `/v1/moderation/bans/${userId}?site=${world.site}`;
  const res = await api(world.app, 'POST', path, { reason: 'test' }, bearer(world.actors.moderator.idToken));
  if (res.status !== 200) throw new Error(`ban answered ${res.status}`);
}

/** Accounts of no Cognito group, in the teams of `sites` or of `elsewhere` only. */
async function teamsOf(app: TestApp, sites: string[], elsewhere: string, emails: Set<string>) {
  const made = async (grants: [string, 'moderator' | 'admin'][]) => {
    const member = await account(app, [], emails);
    for (const [site, role] of grants) await grantRole(site, member.email, role, 'test');
    // Logged in again: the login answer names the sites (the API reads the grants on each call).
    return logIn(app, member.email);
  };
  return {
    moderator: await made(sites.map((s) => [s, 'moderator'])),
    admin: await made(sites.map((s) => [s, 'admin'])),
    otherModerator: await made([[elsewhere, 'moderator']]),
    otherAdmin: await made([[elsewhere, 'admin']]),
  };
}

/** The site, the accounts, the banned reader's own comments and the ban. */
export async function buildWorld(app: TestApp): Promise<World> {
  const emails = new Set<string>();
  const site = await createTestSite({ reactionTypes: ['like', 'love'], reactionsPerReader: 'many' });
  const adminSite = await createTestSite();
  const [reader, other, banned, moderator, admin, victim, loginAccount] = await Promise.all([
    account(app, [], emails),
    account(app, [], emails),
    account(app, [], emails),
    account(app, ['moderators'], emails),
    account(app, ['admins'], emails),
    account(app, [], emails),
    account(app, [], emails),
  ]);
  const actors = { reader, other, banned, moderator, admin };
  const siteStaff = await teamsOf(app, [site, adminSite], await createTestSite(), emails);
  const world: World = {
    app,
    site,
    adminSite,
    actors,
    bannedOwn: [],
    victim,
    loginAccount,
    emails,
    siteStaff,
  };
  for (let i = 0; i < 4; i++) world.bannedOwn.push(await comment(world, banned.idToken));
  await ban(world, banned.userId);
  return world;
}
