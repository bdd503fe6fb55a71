/**
 * Reactions: the public shapes of the reaction routes, types only (the widget imports them; the
 * reaction types are the schema's closed list, re-exported as a type so zod stays out of the bundle).
 */
export type { ReactionType } from './schemas.js';

/**
 * The answer of every reaction call: the target's counts as read before the call's write, with
 * the caller's own change applied (the stored ones follow within the fold's delay), and the
 * caller's own reactions on it.
 */
export interface ReactionState {
  reactions: Record<string, number>;
  /** The caller's reactions on this target. */
  mine: string[];
}

/** One reaction of an account, in its data export (`commentId` null for a reaction to the article). */
export interface ExportedReaction {
  site: string;
  page: string;
  commentId: string | null;
  /** As stored: a type of the closed list when it was given. */
  type: string;
  createdAt: string;
}
