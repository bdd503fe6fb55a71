/**
 * Hooks: the reader's reactions and the counts shown, over what the thread loaded. The first page
 * brings the reader's own reactions (`myReactions`); each toggle shows its effect at once, then
 * takes the server's counts and `mine` from the answer, or puts things back as they were when the
 * request fails. A fresh first page (another sort, another reader) starts over from its data.
 */
import { useState } from 'preact/hooks';
import type { ReaderList } from '../../../functions/comments/types.js';
import type { Fetcher } from '../api/fetcher.js';
import type { ReactionType } from '../api/reactions.js';
import { sendReaction, toggledReaction } from '../lib/reaction-toggle.js';

/** The key of the article itself among the targets (comment ids are the others). */
export const PAGE_TARGET = '';

type Counts = Record<string, number>;

/** Reactions as components use them. */
export interface Reactions {
  /** The counts to show for a target, given the ones the thread loaded with it. */
  counts(target: string, loaded: Counts): Counts;
  mine(target: string): string[];
  /** Adds or removes the reader's reaction; rejects (after rolling back) when the server refuses. */
  toggle(target: string, type: ReactionType, loaded: Counts): Promise<void>;
}

interface State {
  first: number;
  counts: Record<string, Counts>;
  mine: Record<string, string[]>;
}

const fresh = (first: number, list?: ReaderList): State => ({
  first,
  counts: {},
  mine: { ...list?.myReactions?.comments, [PAGE_TARGET]: list?.myReactions?.page ?? [] },
});

/** The reactions on `site`/`page`; `list` is the thread's first page, `first` counts its loads. */
export function useReactions(
  api: Fetcher,
  site: string,
  page: string,
  list: ReaderList | undefined,
  first: number,
): Reactions {
  const [stored, setState] = useState(() => fresh(first, list));
  let state = stored;
  // Set during render, so the first frame of a new first page already shows its own data.
  if (stored.first !== first) {
    state = fresh(first, list);
    setState(state);
  }
  const set = (target: string, counts: Counts, mine: string[]) =>
    setState((s) => ({
      ...s,
      counts: { ...s.counts, [target]: counts },
      mine: { ...s.mine, [target]: mine },
    }));
  const counts = (target: string, loaded: Counts) => state.counts[target] ?? loaded;
  const mine = (target: string) => state.mine[target] ?? [];

  return {
    counts,
    mine,
    async toggle(target, type, loaded) {
      const before = { counts: counts(target, loaded), mine: mine(target) };
      const after = toggledReaction(before, type, list?.site.reactionsPerReader === 'one');
      set(target, after.counts, after.mine);
      try {
        const on = after.mine.includes(type);
        const answer = await sendReaction(api, site, page, target === PAGE_TARGET ? null : target, type, on);
        set(target, answer.reactions, answer.mine);
      } catch (error) {
        set(target, before.counts, before.mine);
        throw error;
      }
    },
  };
}
