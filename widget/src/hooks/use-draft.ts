/**
 * Hooks: the reader's drafts of this article, the main box's and the open reply box's, each saved
 * to localStorage on every change, as it happens (lib/draft.ts). Opening a reply box loads that
 * reply's own draft and leaves the main one alone; closing it keeps its text for the next time.
 * The site and page are fixed for the life of the component: the embed mounts a new widget for
 * another article.
 */
import { useState } from 'preact/hooks';
import { type Draft, loadDraft, loadOpenReply, saveDraft, saveOpenReply } from '../lib/draft.js';

/** The drafts and what changes them. */
export interface Drafts {
  main: Draft;
  /** The open reply box's draft (a guest's name is the main draft's), if a box is open. */
  reply?: Draft;
  setMain(change: Partial<Draft>): void;
  setReply(change: Partial<Draft>): void;
  /** Opens the reply box under `parentId` with its own saved draft; null closes it. */
  openReply(parentId: string | null): void;
}

/** The article's drafts; `initial` is the main draft as the entry's text box left it. */
export function useDrafts(site: string, page: string, initial?: Draft): Drafts {
  const [main, setMain] = useState(() => initial ?? loadDraft(site, page));
  const [reply, setReply] = useState(() => {
    const open = loadOpenReply(site, page);
    return open ? loadDraft(site, page, open) : undefined;
  });
  const merge = (old: Draft, change: Partial<Draft>) => {
    const next = { ...old, ...change };
    // Other text is another comment: it must not reuse the old key.
    if (next.body !== old.body) next.key = change.key;
    // Saved at once, not in an effect: a reload right after a keystroke must not lose it.
    saveDraft(site, page, next);
    return next;
  };
  const changeMain = (change: Partial<Draft>) => setMain((old) => merge(old, change));
  return {
    main,
    reply: reply && { ...reply, name: main.name },
    setMain: changeMain,
    setReply({ name, ...change }) {
      if (name !== undefined) changeMain({ name });
      setReply((old) => old && merge(old, change));
    },
    openReply(parentId) {
      saveOpenReply(site, page, parentId);
      setReply(parentId ? loadDraft(site, page, parentId) : undefined);
    },
  };
}
