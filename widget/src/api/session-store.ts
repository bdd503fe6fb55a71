/**
 * API client: the reader's session, kept in the host page's localStorage (never a cookie, so the
 * widget needs no consent banner), per API base, with listeners so the UI follows a refresh or an
 * expiry that happens inside a request, and another tab's login or logout (the `storage` event).
 * Every store of one base in a page shares one in-memory copy: what the fetcher sends is what the
 * UI shows, and when storage is blocked the session still lives, in this page only.
 */
import type { AuthTokens, User } from './auth.js';

/** A signed-in reader's tokens and profile. */
export interface Session {
  idToken: string;
  /**
   * Cognito's access token, for the MFA routes only (Cognito takes no other to set up TOTP); kept
   * as the ID token is, expiring with it. Absent in sessions stored before it was kept.
   */
  accessToken?: string;
  refreshToken: string;
  /** Epoch milliseconds after which the ID token is refused. */
  expiresAt: number;
  user: User;
  /** A session of the publisher's sign-in (sso.ts): kept in memory only, renewed through the page. */
  sso?: boolean;
}

/**
 * Why the session changed: the reader here (`local`), the server refusing it (`expired`: refresh
 * refused, a 401 on a fresh token) or another tab of the same browser (`tab`).
 */
export type SessionChange = 'local' | 'expired' | 'tab';

type Listener = (session: Session | undefined, change: SessionChange) => void;

/** Where the session is kept, and who hears of its changes. */
export interface SessionStore {
  get(): Session | undefined;
  set(session: Session | undefined, change?: SessionChange): void;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void;
  /** False when storage is blocked: the session lives in this page only, a reload ends it. */
  persistent(): boolean;
  /** Why the last session ended, when the reader did not end it here (undefined once signed in). */
  ended(): SessionChange | undefined;
}

interface Shared {
  session?: Session;
  persistent: boolean;
  ended?: SessionChange;
  listeners: Set<Listener>;
}

const shared = new Map<string, Shared>();

const parse = (raw: string | null): Session | undefined => {
  try {
    return raw ? (JSON.parse(raw) as Session) : undefined;
  } catch {
    return undefined;
  }
};

/** The stored session, or `blocked` when storage throws (disabled, sandboxed frame). */
function read(key: string): Session | undefined | 'blocked' {
  try {
    return parse(localStorage.getItem(key));
  } catch {
    return 'blocked';
  }
}

function state(key: string): Shared {
  let entry = shared.get(key);
  const stored = read(key);
  if (!entry) {
    entry = { persistent: stored !== 'blocked', listeners: new Set() };
    shared.set(key, entry);
    const own = entry;
    // Another tab logged in, out or refreshed: follow it at once (fires in the other tabs only).
    globalThis.addEventListener?.('storage', (event: StorageEvent) => {
      if (event.key !== key && event.key !== null) return;
      own.session = parse(event.newValue);
      own.ended = own.session ? undefined : 'tab';
      for (const listener of own.listeners) listener(own.session, 'tab');
    });
  }
  // A new store reads storage again (the page's entry may have changed it); blocked, memory stays,
  // and so does a publisher's session, which storage never holds.
  if (stored !== 'blocked' && !entry.session?.sso) entry.session = stored;
  return entry;
}

/** The store of the session for the API at `base`. */
export function createSessionStore(base: string): SessionStore {
  const key = `reagir:session:${base}`;
  const entry = state(key);
  return {
    get: () => entry.session,
    set(session, change = 'local') {
      entry.session = session;
      entry.ended = session || change === 'local' ? undefined : change;
      try {
        // A publisher's session stays in memory: its token is not for the browser's storage.
        if (session?.sso) localStorage.removeItem(key);
        else if (session) localStorage.setItem(key, JSON.stringify(session));
        else localStorage.removeItem(key);
        entry.persistent = true;
      } catch {
        // Storage full or disabled: the session lives in memory, for this page only.
        entry.persistent = false;
      }
      for (const listener of entry.listeners) listener(session, change);
    },
    subscribe(listener) {
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    persistent: () => entry.persistent,
    ended: () => entry.ended,
  };
}

/** A session from a login or refresh answer; a refresh answer carries no new refresh token. */
export const toSession = (tokens: AuthTokens, refreshToken = tokens.refreshToken ?? ''): Session => ({
  idToken: tokens.idToken,
  accessToken: tokens.accessToken,
  refreshToken,
  expiresAt: Date.now() + tokens.expiresIn * 1000,
  user: tokens.user,
});
