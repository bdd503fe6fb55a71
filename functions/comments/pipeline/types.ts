/** Moderation: what the pipeline reads and what it decides. */
import type { Site } from '../../sites/schemas.js';
import type { HeldBy, HoldPhase } from './reasons.js';

/** What the moderation pipeline knows about the author on this site. */
export interface AuthorState {
  /** Comments of this author ever approved on the site. */
  approvedCount: number;
  /** Hash of the author's previous comment on the site, to catch repeats. */
  lastBodyHash?: string;
  /** ISO date the ban ends, or 'forever'; absent when not banned. */
  bannedUntil?: string;
  banReason?: string;
  note?: string;
}

export interface ModerationInput {
  site: Site;
  body: string;
  bodyHash: string;
  /** True for a guest (no account). */
  guest: boolean;
  author: AuthorState;
  /** True when the text changed on an existing comment (first-comments and repeat rules skip edits). */
  edit: boolean;
  now: number;
}

/**
 * A phase's verdict: hold for a moderator, or reject outright, with the phase that decided and
 * why as a reason code (stored with the comment as `heldBy`). Undefined lets the next phase decide.
 */
export type Verdict = { status: 'pending' | 'rejected'; phase: HoldPhase } & HeldBy;

export type Phase = (input: ModerationInput) => Verdict | undefined | Promise<Verdict | undefined>;

/** The outcome of the whole pipeline. */
export type Decision = { status: 'approved' } | Verdict;

/** Is the author banned at `now`? */
export function isBanned(author: AuthorState, now: number): boolean {
  if (!author.bannedUntil) return false;
  return author.bannedUntil === 'forever' || Date.parse(author.bannedUntil) > now;
}

/** What is stored with the comment from a verdict: the phase, the reason and what it matched. */
export function heldByOf(verdict: Verdict): HeldBy {
  const { status: _status, ...heldBy } = verdict;
  return heldBy as HeldBy;
}
