/**
 * Embed: the interactive chunk. The entry script starts loading it as soon as it runs, in
 * parallel with the thread's first page, and hands the widget over to its App when it arrives:
 * the comment form's controls, reactions as toggle buttons, sorting, "load more", replies, the
 * account line and forms, editing, the fetcher that refreshes the reader's token, and the
 * publisher's sign-in (sso.ts).
 */
import type { CommentList, ReaderList } from '../../../functions/comments/types.js';
import { getReaderThread, type ListQuery } from '../api/comments.js';
import { createFetcher } from '../api/fetcher.js';
import { createSessionStore } from '../api/session-store.js';
import { type SsoSource, setSsoSource, signInWithSso, signOutOfSso, ssoFailed } from '../api/sso.js';
import { withReaderThread } from '../lib/reader-thread.js';

export { App } from './app.js';

/**
 * The reader's own part of the first page (their held comments, reactions...), asked for through
 * the fetcher (which refreshes an expired token) once the publisher's token, if any, is exchanged,
 * and merged into the shared page the entry asked for. A reader neither signed in nor holding
 * receipts gets the shared page alone (a refused publisher's token is said by the App: `ssoFailed`).
 */
export async function readerFirstPage(
  base: string,
  shared: Promise<CommentList>,
  query: Pick<ListQuery, 'site' | 'page' | 'receipts'>,
  sso?: SsoSource,
): Promise<ReaderList> {
  const sessions = createSessionStore(base);
  if (sso) {
    setSsoSource(base, sso);
    if (!sessions.get()?.sso) await signInWithSso(base, sessions).catch(() => undefined);
  }
  if (!sessions.get() && !query.receipts) return shared;
  const [list, mine] = await Promise.all([
    shared,
    getReaderThread(createFetcher(base, sessions, query.site), query),
  ]);
  return withReaderThread(list, mine);
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
