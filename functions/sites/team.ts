/**
 * Sites: a site's team. A moderator or an administrator **of a site** acts on that site only; the
 * operator (the Cognito group `admins`, docs/deploy.md) is an administrator of every site, and
 * members of the `moderators` group moderate every site of the stage. Grants name a Réagir
 * account by its email: the account must exist (sign-up first).
 */
import { accountIdByEmail } from '../accounts/identity-provider.js';
import { emailOf } from '../accounts/reader-directory.js';
import { siteGrantsOf } from '../shared/auth/site-grants.js';
import { AppError } from '../shared/errors.js';
import { siteNow } from './service.js';
import { deleteGrant, putGrant, queryTeam } from './team-repository.js';
import type { TeamMember } from './types.js';

export type TeamRole = TeamMember['role'];

async function requireExistingSite(site: string): Promise<void> {
  if (!(await siteNow(site))) throw new AppError('site_not_found', `There is no site ${site}.`);
}

/** Gives the account of `email` the role on the site (or changes theirs). */
export async function grantRole(
  site: string,
  email: string,
  role: TeamRole,
  grantedBy: string,
  name = '',
): Promise<TeamMember> {
  await requireExistingSite(site);
  const normalized = email.trim().toLowerCase();
  const userId = await accountIdByEmail(normalized);
  if (!userId)
    throw new AppError('not_found', `No Réagir account has the email ${normalized}: they sign up first.`);
  const member: TeamMember = {
    site,
    userId,
    role,
    name,
    email: normalized,
    grantedBy,
    grantedAt: new Date().toISOString(),
  };
  await putGrant(member);
  return member;
}

/** Takes the member off the site's team: their next request on it is refused. */
export async function removeMember(site: string, userId: string): Promise<void> {
  if (!(await deleteGrant(site, userId)))
    throw new AppError('not_found', `No member ${userId} in the team of ${site}.`);
}

/** Takes a deleted account off every team it was in. */
export async function forgetMember(userId: string): Promise<void> {
  for (const site of Object.keys(await siteGrantsOf(userId))) await deleteGrant(site, userId);
}

/** The site's team, oldest grant first, with each member's email as Cognito has it now. */
export async function listTeam(site: string): Promise<TeamMember[]> {
  const members = await queryTeam(site);
  return Promise.all(members.map(async (m) => ({ ...m, email: (await emailOf(m.userId)) ?? m.email })));
}
