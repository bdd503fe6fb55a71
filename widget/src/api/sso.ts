/**
 * API client: the publisher's sign-in (host-site SSO, docs/sso.md). The page gives a token (the
 * `data-sso-token` attribute, `Reagir.login(token)`), or a `getSsoToken()` function the widget
 * calls whenever it needs one: at load, and each time its Réagir session ends, so an expiry never
 * silently signs the reader out. Both tokens stay in memory: never in the browser's storage.
 */
import type { SsoSession } from '../../../functions/accounts/types.js';
import { ApiError } from './api-error.js';
import { send } from './send.js';
import type { Session, SessionStore } from './session-store.js';

/** What the page provides: the token it printed, and how to ask it for a fresh one. */
export interface SsoSource {
  site: string;
  token?: string;
  getSsoToken?: () => string | undefined | null | Promise<string | undefined | null>;
}

// One source per API base, as the session store: the fetcher renews what the page registered.
const sources = new Map<string, SsoSource>();
// Why the page's last token was refused, per API base, for the widget to say (cleared on success).
const failures = new Map<string, string>();

/** The code of the last refused publisher's token, if the last attempt failed. */
export const ssoFailed = (base: string): string | undefined => failures.get(base);

/** Registers the page's SSO source for the API at `base` (none: removed). */
export function setSsoSource(base: string, source: SsoSource | undefined): void {
  if (source && (source.token || source.getSsoToken)) sources.set(base, source);
  else sources.delete(base);
}

export const hasSsoSource = (base: string): boolean => sources.has(base);

/** The session of an exchange answer: memory only, renewed through the page. */
export const toSsoSession = (answer: SsoSession): Session => ({
  idToken: answer.token,
  refreshToken: '',
  expiresAt: Date.now() + answer.expiresIn * 1000,
  user: { ...answer.user, email: '', kind: 'sso' },
  sso: true,
});

/** Exchanges a publisher's token for a Réagir session on `site`. */
export const exchangeSsoToken = (base: string, site: string, token: string) =>
  send<SsoSession>(base, 'POST', '/v1/auth/sso', { query: { site }, body: { site, token } });

/**
 * A Réagir session from the page's token: the one it gave first (once), else a fresh one from
 * `getSsoToken()`; undefined when the page has none (the reader is not signed in there).
 */
export async function ssoSession(base: string): Promise<Session | undefined> {
  const source = sources.get(base);
  if (!source) return undefined;
  let token = source.token;
  source.token = undefined;
  token ||= (await source.getSsoToken?.()) ?? undefined;
  if (!token) return undefined;
  try {
    const session = toSsoSession(await exchangeSsoToken(base, source.site, token));
    failures.delete(base);
    return session;
  } catch (error) {
    if (error instanceof ApiError) failures.set(base, error.code);
    throw error;
  }
}

/**
 * Signs the reader in with the page's token now: the session store (and so the widget) follows.
 * A refused token ends nothing that was not already over, and rejects with the reason.
 */
export async function signInWithSso(base: string, sessions: SessionStore): Promise<boolean> {
  const session = await ssoSession(base);
  if (session) sessions.set(session);
  return !!session;
}

/** Ends the reader's Réagir sessions (every device) and forgets this one; the page's stays. */
export async function signOutOfSso(base: string, sessions: SessionStore, site: string): Promise<void> {
  const token = sessions.get()?.idToken;
  sessions.set(undefined);
  if (!token) return;
  await send(base, 'POST', '/v1/auth/sso/logout', { query: { site } }, token).catch((error: unknown) => {
    // Already over (401): nothing left to end.
    if (!(error instanceof ApiError) || error.code !== 'unauthorized') throw error;
  });
}
