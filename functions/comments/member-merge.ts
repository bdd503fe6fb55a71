/**
 * Comments: one guest's two member items on a site made one, while guest keys move from bare
 * hashes to HMACs (functions/shared/guest-key.ts). Between the deploy and the migration a guest
 * may have both: the item of their former key (their standing until then: a ban, approved
 * comments, a confirmed email) and the one their posts since write. The post reads them as one
 * ({@link mergedStanding}), and the migration folds the former into the current
 * ({@link mergedMemberItem}). Pure: no SDK, no keys.
 */
import type { AuthorState } from './pipeline/types.js';
import type { MemberNote, MemberWarning } from './types.js';

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

type Item = Record<string, unknown>;

const num = (value: unknown) => (typeof value === 'number' ? value : 0);
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown) => (Array.isArray(value) ? (value as string[]) : undefined);
const later = (a: unknown, b: unknown) => ((str(a) ?? '') >= (str(b) ?? '') ? a : b);

/**
 * The current member item with the former one folded in (its key attributes kept): counters
 * added, the ban that ends last with its reason and author, notes of both by date (at most
 * `maxNotes`, the newest kept), the latest warning, and every other attribute the current item
 * lacks taken from the former.
 */
export function mergedMemberItem(current: Item, legacy: Item, maxNotes: number): Item {
  const merged: Item = { ...legacy, ...current };
  merged.approvedCount = num(current.approvedCount) + num(legacy.approvedCount);
  merged.commentCount = num(current.commentCount) + num(legacy.commentCount);
  merged.recentBodyHashes = newestFirstOnce([
    strings(current.recentBodyHashes),
    strings(legacy.recentBodyHashes),
  ]);
  const ban = laterBan(
    { bannedUntil: str(current.bannedUntil), from: current },
    { bannedUntil: str(legacy.bannedUntil), from: legacy },
  ).from;
  for (const name of ['bannedUntil', 'banReason', 'bannedBy'] as const) merged[name] = ban[name];
  const notes = [
    ...((legacy.notes as MemberNote[] | undefined) ?? []),
    ...((current.notes as MemberNote[] | undefined) ?? []),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (notes.length) merged.notes = notes.slice(-maxNotes);
  const warnings = [current.warning, legacy.warning].filter(Boolean) as MemberWarning[];
  merged.warning = warnings.sort((a, b) => b.at.localeCompare(a.at))[0];
  for (const flag of ['emailConfirmed', 'replyAlerts'] as const)
    merged[flag] = current[flag] === true || legacy[flag] === true || undefined;
  merged.updatedAt = later(current.updatedAt, legacy.updatedAt);
  // `note` and `noteBy` are the latest note's, as the notes list's last.
  const last = notes.at(-1);
  if (last) Object.assign(merged, { note: last.text, noteBy: last.byId });
  // Attributes left undefined are not stored (the document client removes them).
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
}
