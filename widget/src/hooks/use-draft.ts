/**
 * Hooks: the reader's draft of this article, saved to localStorage on every change, as it happens. The site and
 * page are fixed for the life of the component: the embed mounts a new widget for another article.
 */
import { useState } from 'preact/hooks';
import { type Draft, loadDraft, saveDraft } from '../lib/draft.js';

/** The draft and a function merging changes into it. */
export function useDraft(
  site: string,
  page: string,
  /** The draft as it is now, when the caller has it (else the saved one). */
  initial?: Draft,
): [Draft, (change: Partial<Draft>) => void] {
  const [draft, setDraft] = useState(() => initial ?? loadDraft(site, page));
  const update = (change: Partial<Draft>) =>
    setDraft((old) => {
      const next = { ...old, ...change };
      // Other text or another parent is another comment: it must not reuse the old key.
      if (next.body !== old.body || next.parentId !== old.parentId) next.key = change.key;
      // Saved at once, not in an effect: a reload right after a keystroke must not lose it.
      saveDraft(site, page, next);
      return next;
    });
  return [draft, update];
}
