/**
 * Comments: one guest's two member items on a site made one, while guest keys move from bare
 * hashes to HMACs (functions/shared/guest-key.ts). Between the deploy and the migration a guest
 * may have both: the item of their former key (their standing until then: a ban, approved
 * comments, a confirmed email) and the one their posts since write. The post reads them as one
 * ({@link mergedStanding}). Pure: no SDK, no keys.
 */
import type { AuthorState } from './pipeline/types.js';

const RECENT_HASHES = 10;

const newestFirstOnce = (lists: (readonly string[] | undefined)[]) =>
  [...new Set(lists.flatMap((list) => list ?? []))].slice(0, RECENT_HASHES);

/** A ban ends later than another: `forever` last, then the later date; none first. */
const laterBan = <T extends { bannedUntil?: string }>(a: T, b: T): T => {
  if (!a.bannedUntil) return b;
  if (!b.bannedUntil) return a;
  if (a.bannedUntil === 'forever') return a;
  if (b.bannedUntil === 'forever') return b;
  return a.bannedUntil >= b.bannedUntil ? a : b;
};

/**
 * What the post sees of a guest with both items: the ban that ends last (a banned guest stays
 * banned whichever item holds it), the approved comments of both, each flag either holds, and
 * the current item's latest texts and name first.
 */
export function mergedStanding(current: AuthorState, legacy: AuthorState): AuthorState {
  const ban = laterBan(current, legacy);
  return {
    approvedCount: current.approvedCount + legacy.approvedCount,
    lastBodyHash: current.lastBodyHash ?? legacy.lastBodyHash,
    recentBodyHashes: newestFirstOnce([
      current.recentBodyHashes,
      current.lastBodyHash ? [current.lastBodyHash] : undefined,
      legacy.recentBodyHashes,
    ]),
    bannedUntil: ban.bannedUntil,
    banReason: ban.banReason,
    bannedBy: ban.bannedBy,
    banCovers: current.banCovers ?? legacy.banCovers,
    note: current.note ?? legacy.note,
    authorName: current.authorName ?? legacy.authorName,
    emailConfirmed: current.emailConfirmed || legacy.emailConfirmed || undefined,
    replyAlerts: current.replyAlerts || legacy.replyAlerts || undefined,
  };
}
