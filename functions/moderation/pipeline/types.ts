/** Moderation: what the pipeline reads and what it decides. */
import type { Site } from '../../sites/schemas.js';

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

/** A phase's verdict: hold for a moderator, or reject outright. Undefined lets the next phase decide. */
export interface Verdict {
  status: 'pending' | 'rejected';
  /** The phase that decided, stored with the comment ("held by"). */
  phase: string;
  /** Why, for moderators (and the author, for a rejection). */
  reason: string;
}

export type Phase = (input: ModerationInput) => Verdict | undefined | Promise<Verdict | undefined>;

/** The outcome of the whole pipeline. */
export type Decision = { status: 'approved' } | Verdict;

/** Is the author banned at `now`? */
export function isBanned(author: AuthorState, now: number): boolean {
  if (!author.bannedUntil) return false;
  return author.bannedUntil === 'forever' || Date.parse(author.bannedUntil) > now;
}
