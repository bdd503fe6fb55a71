/**
 * The reader's unsent comment, kept per site and article in the host page's localStorage so it
 * survives a reload, a login, a registration and a failed post. The e-mail of a guest is not kept.
 */
import { readJson, writeJson } from './storage.js';

/** An unsent comment. */
export interface Draft {
  body: string;
  /** The comment being answered; null for a top-level comment. */
  parentId: string | null;
  /** A guest's display name. */
  name: string;
  /**
   * Idempotency-Key of the last attempt to send this very text: a retry after a network error
   * reuses it, so the server never stores the comment twice. Dropped when the text changes.
   */
  key?: string;
}

/** Nothing typed yet. */
export const emptyDraft: Draft = { body: '', parentId: null, name: '' };

const draftKey = (site: string, page: string) => `reagir:draft:${site}:${page}`;

/** The saved draft of this article, or an empty one. */
export const loadDraft = (site: string, page: string): Draft => ({
  ...emptyDraft,
  ...readJson<Partial<Draft>>(draftKey(site, page)),
});

/** Saves the draft; an empty one (nothing typed) removes the entry. */
export function saveDraft(site: string, page: string, draft: Draft): void {
  const empty = !draft.body && !draft.parentId && !draft.name;
  writeJson(draftKey(site, page), empty ? undefined : draft);
}
