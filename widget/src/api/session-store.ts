/**
 * API client: the reader's session, kept in the host page's localStorage (never a cookie, so the
 * widget needs no consent banner), per API base, with listeners so the UI follows a refresh or an
 * expiry that happens inside a request.
 */
import { readJson, writeJson } from '../lib/storage.js';
import type { AuthTokens, User } from './auth.js';

/** A signed-in reader's tokens and profile. */
export interface Session {
  idToken: string;
  refreshToken: string;
  /** Epoch milliseconds after which the ID token is refused. */
  expiresAt: number;
  user: User;
}

/** Where the session is kept, and who hears of its changes. */
export interface SessionStore {
  get(): Session | undefined;
  set(session: Session | undefined): void;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (session: Session | undefined) => void): () => void;
}

/** The store of the session for the API at `base`. */
export function createSessionStore(base: string): SessionStore {
  const key = `reagir:session:${base}`;
  const listeners = new Set<(session: Session | undefined) => void>();
  return {
    get: () => readJson<Session>(key),
    set(session) {
      writeJson(key, session);
      for (const listener of listeners) listener(session);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A session from a login or refresh answer; a refresh answer carries no new refresh token. */
export const toSession = (tokens: AuthTokens, refreshToken = tokens.refreshToken ?? ''): Session => ({
  idToken: tokens.idToken,
  refreshToken,
  expiresAt: Date.now() + tokens.expiresIn * 1000,
  user: tokens.user,
});
