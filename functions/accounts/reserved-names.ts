/**
 * Accounts: no one may take a name that only differs from a moderator's or an administrator's
 * by case, accents, invisible or look-alike characters. Staff names are read from the user pool
 * and cached for five minutes per instance.
 */

import { AppError } from '../shared/errors.js';
import { nameSkeleton } from '../shared/text/words.js';
import { groupMemberNames } from './identity-provider.js';

const CACHE_MS = 5 * 60_000;
let cached: { skeletons: Map<string, string>; expires: number } | undefined;

async function staffSkeletons(now: number): Promise<Map<string, string>> {
  if (cached && cached.expires > now) return cached.skeletons;
  const members = (await Promise.all(['moderators', 'admins'].map(groupMemberNames))).flat();
  const skeletons = new Map(members.map((m) => [nameSkeleton(m.name), m.userId]));
  skeletons.delete('');
  cached = { skeletons, expires: now + CACHE_MS };
  return skeletons;
}

/** 400 `invalid_request` on `path` when `name` passes for a staff member's (other than `self`). */
export async function assertNameNotReserved(
  name: string,
  path: string,
  self?: string,
  now = Date.now(),
): Promise<void> {
  const owner = (await staffSkeletons(now)).get(nameSkeleton(name));
  if (owner === undefined || owner === self) return;
  const message = `${path} is too close to the name of a member of the moderation team; choose another name`;
  throw new AppError('invalid_request', 'This name is too close to a moderator’s; choose another one.', [
    { path, code: 'name_reserved', params: {}, message },
  ]);
}
