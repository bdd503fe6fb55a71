/**
 * The reader's unsent comments, kept in the host page's localStorage so they survive a reload, a
 * login, a registration and a failed post: one draft per target, the article's main box and each
 * reply box (per site, article and answered comment), each with its own idempotency key, plus
 * which reply box was open. A guest's name is kept with the main draft; the e-mail is not kept.
 */
import { readJson, writeJson } from './storage.js';

/** An unsent comment. */
export interface Draft {
  body: string;
  /** The comment being answered; null for the main box (a top-level comment). */
  parentId: string | null;
  /** A guest's display name (stored with the main draft only). */
  name: string;
  /**
   * Idempotency-Key of the last attempt to send this very text: a retry after a network error
   * reuses it, so the server never stores the comment twice. Dropped when the text changes.
   */
  key?: string;
}

/** Nothing typed yet. */
export const emptyDraft: Draft = { body: '', parentId: null, name: '' };

const draftKey = (site: string, page: string, parentId: string | null) =>
  `reagir:draft:${site}:${page}${parentId ? `:${parentId}` : ''}`;

const openKey = (site: string, page: string) => `reagir:reply:${site}:${page}`;

/** Saves a draft under its target; an empty one (nothing typed) removes the entry. */
export function saveDraft(site: string, page: string, draft: Draft): void {
  const { parentId, name, ...kept } = draft;
  const stored = parentId ? kept : { ...kept, name };
  writeJson(draftKey(site, page, parentId), draft.body || (!parentId && name) ? stored : undefined);
}

/** The saved draft of the main box (no `parentId`) or of the reply box under `parentId`. */
export function loadDraft(site: string, page: string, parentId: string | null = null): Draft {
  const saved = readJson<Partial<Draft>>(draftKey(site, page, parentId));
  // One draft per article until issue 11: one that answered a comment becomes that reply's draft.
  if (!parentId && saved?.parentId) {
    const old = { ...emptyDraft, ...saved };
    if (!loadDraft(site, page, old.parentId).body) saveDraft(site, page, old);
    saveOpenReply(site, page, old.parentId);
    saveDraft(site, page, { ...emptyDraft, name: old.name });
    return { ...emptyDraft, name: old.name };
  }
  return { ...emptyDraft, ...saved, parentId };
}

/** The comment whose reply box was open, if any. */
export const loadOpenReply = (site: string, page: string): string | null =>
  readJson<string>(openKey(site, page)) ?? null;

/** Remembers the open reply box (null: none), so a reload opens it again. */
export const saveOpenReply = (site: string, page: string, parentId: string | null): void =>
  writeJson(openKey(site, page), parentId ?? undefined);
