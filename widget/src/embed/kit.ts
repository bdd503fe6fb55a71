/**
 * Embed: the interactive chunk. The entry script starts loading it as soon as it runs, in
 * parallel with the thread's first page, and hands the widget over to its App when it arrives:
 * the comment form's controls, reactions as toggle buttons, sorting, "load more", replies, the
 * account line and forms, editing, the fetcher that refreshes the reader's token, and the
 * publisher's sign-in (sso.ts).
 */
import type { CommentList } from '../../../functions/comments/types.js';
import { type ListQuery, listComments } from '../api/comments.js';
import { createFetcher } from '../api/fetcher.js';
import { createSessionStore } from '../api/session-store.js';
import { type SsoSource, setSsoSource, signInWithSso, signOutOfSso, ssoFailed } from '../api/sso.js';

export { App } from './app.js';

/**
 * The first page through the fetcher, for a reader whose token must be refreshed first, or who
 * signs in with the publisher's token first (a refused one is said by the App: `ssoFailed`).
 */
export async function firstPage(base: string, query: ListQuery, sso?: SsoSource): Promise<CommentList> {
  const sessions = createSessionStore(base);
  if (sso) {
    setSsoSource(base, sso);
    if (!sessions.get()?.sso) await signInWithSso(base, sessions).catch(() => undefined);
  }
  return listComments(createFetcher(base, sessions, query.site), query);
}

/** `Reagir.login(token)`: signs the reader in with this token now. */
export function ssoLogin(base: string, source: SsoSource): Promise<boolean> {
  setSsoSource(base, source);
  return signInWithSso(base, createSessionStore(base)).catch(() => false);
}

/** `Reagir.logout()`: ends the reader's Réagir session. */
export const ssoLogout = (base: string, site: string): Promise<void> =>
  signOutOfSso(base, createSessionStore(base), site).catch(() => undefined);

export { ssoFailed };
