/**
 * Sites: a site's team. A moderator or an administrator **of a site** acts on that site only; the
 * operator (the Cognito group `admins`, docs/deploy.md) is an administrator of every site, and
 * members of the `moderators` group moderate every site of the stage. A person is added by email:
 * an account gets the role at once (and an email saying so); an email without one gets an
 * invitation (invitations.ts). Every change is written with its audit log entry.
 */
import { accountIdByEmail } from '../accounts/identity-provider.js';
import { emailOf } from '../accounts/reader-directory.js';
import { siteGrantsOf } from '../shared/auth/site-grants.js';
import { AppError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import { sendMail } from '../shared/mail/mailer.js';
import { queryInvitations } from './invitation-repository.js';
import { invite } from './invitations.js';
import { siteNow } from './service.js';
import { type Actor, CLI_ACTOR, teamLogSteps } from './team-log.js';
import { addedMail, type Lang } from './team-mail.js';
import { deleteGrant, getGrant, putGrant, queryTeam } from './team-repository.js';
import type { Site, TeamAddAnswer, TeamAnswer, TeamMember } from './types.js';

export type TeamRole = TeamMember['role'];

/** The site, or 404: a team belongs to a site that exists. */
export async function requireExistingSite(site: string): Promise<Site> {
  const found = await siteNow(site);
  if (!found) throw new AppError('site_not_found', `There is no site ${site}.`);
  return found;
}

/**
 * Gives the account of `email` the role on the site (or changes theirs), or invites the email
 * when it has no account. Asking again for the role a member has changes nothing.
 */
export async function addToTeam(
  site: string,
  email: string,
  role: TeamRole,
  actor: Actor,
  lang: Lang = 'fr',
): Promise<TeamAddAnswer> {
  const found = await requireExistingSite(site);
  const normalized = email.trim().toLowerCase();
  const userId = await accountIdByEmail(normalized);
  if (!userId) return { invitation: await invite(found, normalized, role, actor, lang) };
  return { member: await grantTo(found, userId, normalized, role, actor, lang) };
}

/** Gives an existing account the role on the site (the command line, tests): 404 without one. */
export async function grantRole(
  site: string,
  email: string,
  role: TeamRole,
  grantedBy: string,
): Promise<TeamMember> {
  const found = await requireExistingSite(site);
  const normalized = email.trim().toLowerCase();
  const userId = await accountIdByEmail(normalized);
  if (!userId)
    throw new AppError('not_found', `No Réagir account has the email ${normalized}: invite them instead.`);
  return grantTo(found, userId, normalized, role, { userId: grantedBy, name: grantedBy }, 'fr');
}

async function grantTo(
  site: Site,
  userId: string,
  email: string,
  role: TeamRole,
  actor: Actor,
  lang: Lang,
): Promise<TeamMember> {
  const previous = await getGrant(site.id, userId);
  if (previous?.role === role) return previous;
  const member: TeamMember = {
    site: site.id,
    userId,
    role,
    name: previous?.name ?? '',
    email,
    grantedBy: actor.userId,
    grantedAt: previous?.grantedAt ?? new Date().toISOString(),
  };
  const action = previous ? 'team_role' : 'team_add';
  await putGrant(member, teamLogSteps(site.id, actor, action, email, { from: previous?.role, to: role }));
  if (!previous) {
    // The grant stands whatever happens to the email: the console lists the new member anyway.
    await sendMail(addedMail(email, lang, { siteName: site.name, role, by: actor.name }, site.id)).catch(
      (error: unknown) => logger.error('Team mail not sent', { error }),
    );
  }
  return member;
}

/** Takes the member off the site's team: their next request on it is refused. */
export async function removeMember(site: string, userId: string, actor: Actor = CLI_ACTOR): Promise<void> {
  const member = await getGrant(site, userId);
  const log = member ? teamLogSteps(site, actor, 'team_remove', member.email, { from: member.role }) : [];
  if (!member || !(await deleteGrant(site, userId, log)))
    throw new AppError('not_found', `No member ${userId} in the team of ${site}.`);
}

/** Takes a deleted account off every team it was in. */
export async function forgetMember(userId: string): Promise<void> {
  for (const site of Object.keys(await siteGrantsOf(userId))) await deleteGrant(site, userId);
}

/** The site's team, oldest grant first, with each member's email as Cognito has it now, and its invitations. */
export async function listTeam(site: string): Promise<TeamAnswer> {
  const [members, invitations] = await Promise.all([queryTeam(site), queryInvitations(site)]);
  return {
    members: await Promise.all(
      members.map(async (m) => ({ ...m, email: (await emailOf(m.userId)) ?? m.email })),
    ),
    // Expired ones too, until the TTL drops them: the page offers to send them again.
    invitations: invitations.map(({ tokenHash: _hash, lang: _lang, ...invitation }) => invitation),
  };
}
