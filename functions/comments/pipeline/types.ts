/** Moderation: what the pipeline reads and what it decides. */
import type { Site } from '../../sites/schemas.js';
import type { HeldBy, HoldPhase } from './reasons.js';

/** What the moderation pipeline knows about the author on this site. */
export interface AuthorState {
  /** Comments of this author ever approved on the site. */
  approvedCount: number;
  /** Hash of the author's previous comment on the site (items written before `recentBodyHashes`). */
  lastBodyHash?: string;
  /** Hashes of the author's last comments on the site, newest first, at most 10: repeats are held. */
  recentBodyHashes?: string[];
  /** ISO date the ban ends, or 'forever'; absent when not banned. */
  bannedUntil?: string;
  banReason?: string;
  /** Who banned them (a moderator's account id): a moderator may not lift a ban of their own. */
  bannedBy?: string;
  /** The other authors an account's ban covers (its email as a guest), lifted with it. */
  banCovers?: string[];
  note?: string;
  /** The name of the author's latest comment on the site (a log entry about the author shows it). */
  authorName?: string;
  /** A guest's email was confirmed by the link it was sent (the first-comments rule counts only then). */
  emailConfirmed?: boolean;
  /** A guest confirmed "Me prévenir des réponses" on the site (double opt-in): replies are mailed. */
  replyAlerts?: boolean;
}

export interface ModerationInput {
  site: Site;
  body: string;
  bodyHash: string;
  /** True for a guest (no account). */
  guest: boolean;
  /**
   * The author's standing as a new comment meets it now; for an edit, {@link standingForEdit}.
   * A new comment and an edit run the same phases: no phase asks which of the two it judges.
   */
  author: AuthorState;
  now: number;
}

/**
 * A phase's verdict: hold for a moderator, or reject outright, with the phase that decided and
 * why as a reason code (stored with the comment as `heldBy`). Undefined lets the next phase decide.
 */
export type Verdict = { status: 'pending' | 'rejected'; phase: HoldPhase } & HeldBy;

export type Phase = (input: ModerationInput) => Verdict | undefined | Promise<Verdict | undefined>;

/** The outcome of the whole pipeline: held or rejected, with every rule that matched (`reasons`). */
export type Decision = { status: 'approved' } | (Verdict & { reasons: HeldBy[] });

/**
 * The standing an edit of `own` is judged with: the author's, without the edited comment itself.
 * It is not one of their earlier comments, so it neither counts as an approved one (a newcomer's
 * approved first comment, rewritten, would let itself through the first-comments phase) nor as
 * their previous text (an edit keeping its own text is not a repeat). `ownBodyHash` is the hash of
 * the text being replaced.
 */
export function standingForEdit(
  author: AuthorState,
  own: { approvedOnce?: boolean; ownBodyHash: string },
): AuthorState {
  const { lastBodyHash, recentBodyHashes, ...rest } = author;
  return {
    ...rest,
    approvedCount: Math.max(0, author.approvedCount - (own.approvedOnce ? 1 : 0)),
    ...(lastBodyHash && lastBodyHash !== own.ownBodyHash ? { lastBodyHash } : {}),
    ...(recentBodyHashes
      ? { recentBodyHashes: recentBodyHashes.filter((hash) => hash !== own.ownBodyHash) }
      : {}),
  };
}

/** Is the author banned at `now`? */
export function isBanned(author: Pick<AuthorState, 'bannedUntil'>, now: number): boolean {
  if (!author.bannedUntil) return false;
  return author.bannedUntil === 'forever' || Date.parse(author.bannedUntil) > now;
}

/** What is stored with the comment from a verdict: the phase, the reason and what it matched. */
export function heldByOf(verdict: Verdict & { reasons?: HeldBy[] }): HeldBy {
  const { status: _status, reasons: _reasons, ...heldBy } = verdict;
  return heldBy as HeldBy;
}

/** How many of the author's last texts the repeated-text phase compares with. */
export const RECENT_BODY_HASHES = 10;

/** The author's recent texts once `bodyHash` is posted: newest first, each once, at most 10. */
export function recentHashesAfter(author: AuthorState, bodyHash: string): string[] {
  const earlier = author.recentBodyHashes ?? (author.lastBodyHash ? [author.lastBodyHash] : []);
  return [bodyHash, ...earlier.filter((hash) => hash !== bodyHash)].slice(0, RECENT_BODY_HASHES);
}
