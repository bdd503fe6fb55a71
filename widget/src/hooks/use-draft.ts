/**
 * Hooks: the reader's draft of this article, saved to localStorage on every change. The site and
 * page are fixed for the life of the component: the embed mounts a new widget for another article.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Draft, loadDraft, saveDraft } from '../lib/draft.js';

/** The draft and a function merging changes into it. */
export function useDraft(site: string, page: string): [Draft, (change: Partial<Draft>) => void] {
  const [draft, setDraft] = useState(() => loadDraft(site, page));
  useEffect(() => saveDraft(site, page, draft), [draft]);
  const update = (change: Partial<Draft>) =>
    setDraft((old) => {
      const next = { ...old, ...change };
      // Other text or another parent is another comment: it must not reuse the old key.
      if (next.body !== old.body || next.parentId !== old.parentId) next.key = change.key;
      return next;
    });
  return [draft, update];
}
