/**
 * Accounts: no one may take a name that only differs from a moderator's or an administrator's
 * by case, accents, invisible or look-alike characters: the stage's staff (the Cognito groups,
 * read from the user pool) everywhere, and a site's own team on that site (its grants, each
 * member's name as it is now). Both are cached for five minutes per instance.
 */

import { AppError } from '../shared/errors.js';
import { nameSkeleton } from '../shared/text/words.js';
import { queryTeam } from '../sites/team-repository.js';
import { groupMemberNames } from './identity-provider.js';
import { displayNameOf } from './reader-directory.js';

const CACHE_MS = 5 * 60_000;
let cached: { skeletons: Map<string, string>; expires: number } | undefined;
const teams = new Map<string, { skeletons: Map<string, string>; expires: number }>();

/** The skeletons of the names of `site`'s team, each to its member's id. */
async function teamSkeletons(site: string, now: number): Promise<Map<string, string>> {
  const hit = teams.get(site);
  if (hit && hit.expires > now) return hit.skeletons;
  const members = await queryTeam(site);
  const names = await Promise.all(
    members.map(async (m) => [(await displayNameOf(m.userId)) ?? m.name, m.userId]),
  );
  const skeletons = new Map(names.map(([name = '', userId = '']) => [nameSkeleton(name), userId]));
  skeletons.delete('');
  teams.set(site, { skeletons, expires: now + CACHE_MS });
  return skeletons;
}

async function staffSkeletons(now: number): Promise<Map<string, string>> {
  if (cached && cached.expires > now) return cached.skeletons;
  const members = (await Promise.all(['moderators', 'admins'].map(groupMemberNames))).flat();
  const skeletons = new Map(members.map((m) => [nameSkeleton(m.name), m.userId]));
  skeletons.delete('');
  cached = { skeletons, expires: now + CACHE_MS };
  return skeletons;
}

/**
 * 400 `invalid_request` on `path` when `name` passes for a staff member's (other than `self`): the
 * stage's, or with `site` that site's team's too.
 */
export async function assertNameNotReserved(
  name: string,
  path: string,
  self?: string,
  site?: string,
  now = Date.now(),
): Promise<void> {
  const skeleton = nameSkeleton(name);
  const owner =
    (await staffSkeletons(now)).get(skeleton) ??
    (site ? (await teamSkeletons(site, now)).get(skeleton) : undefined);
  if (owner === undefined || owner === self) return;
  const message = `${path} is too close to the name of a member of the moderation team; choose another name`;
  throw new AppError('invalid_request', 'This name is too close to a moderator’s; choose another one.', [
    { path, code: 'name_reserved', params: {}, message },
  ]);
}
