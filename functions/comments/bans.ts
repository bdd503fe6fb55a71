/** Moderation: bans are checked in the application on every write, since a Cognito token outlives a ban. */
import { AppError } from '../shared/errors.js';
import { getMember } from './member-repository.js';
import { isBanned } from './pipeline/types.js';

/**
 * 403 `banned` when the author is banned on the site now; a guest's `legacyKey` (their key before
 * keys were HMACs) is checked too, so a ban holds until the migration has moved it.
 */
export async function assertNotBanned(
  site: string,
  authorKey: string,
  now = Date.now(),
  legacyKey?: string,
): Promise<void> {
  const member = await getMember(site, authorKey, legacyKey);
  if (!isBanned(member, now)) return;
  const until = member.bannedUntil === 'forever' ? '' : ` until ${member.bannedUntil}`;
  throw new AppError('banned', `You can no longer take part on this site${until}.`, undefined, undefined, {
    until: member.bannedUntil === 'forever' ? null : (member.bannedUntil ?? null),
  });
}
