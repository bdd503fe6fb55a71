/**
 * What a click on a reaction does: the state shown before the server answers (optimistic),
 * mirroring the server's rules, and the request.
 */
import type { Fetcher } from '../api/fetcher.js';
import { reactToComment, reactToPage } from '../api/reactions.js';

/** A target's counts and the reader's own reactions on it. */
export interface ReactionView {
  counts: Record<string, number>;
  mine: string[];
}

/** The view after toggling `type`; with one reaction per reader a new one replaces the previous. */
export function toggledReaction(before: ReactionView, type: string, onePerReader: boolean): ReactionView {
  const on = !before.mine.includes(type);
  const mine = on ? [...(onePerReader ? [] : before.mine), type] : before.mine.filter((t) => t !== type);
  const counts = { ...before.counts };
  for (const gone of before.mine.filter((t) => !mine.includes(t))) {
    // Never below zero, even over counts that were already stale.
    counts[gone] = Math.max(0, (counts[gone] ?? 0) - 1);
  }
  if (on) counts[type] = (counts[type] ?? 0) + 1;
  return { counts, mine };
}

/** Sends the toggle to the server: the article's reaction when `target` is the page, else a comment's. */
export const sendReaction = (
  api: Fetcher,
  site: string,
  page: string,
  target: string | null,
  type: string,
  on: boolean,
) => (target === null ? reactToPage(api, site, page, type, on) : reactToComment(api, site, target, type, on));
