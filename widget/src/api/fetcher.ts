/**
 * API client, first layer: owns the base URL, JSON in and out, the Bearer token and error
 * decoding. The ID token is refreshed with the refresh token when it has expired, or when the
 * server answers 401 (once more a second later if the fresh token is refused too), and requests of
 * the same moment share one refresh.
 */
import { ApiError } from './api-error.js';
import type { AuthTokens } from './auth.js';
import { type RequestOptions, send as sendTo } from './send.js';
import { type SessionStore, toSession } from './session-store.js';
import { ssoSession } from './sso.js';

export type { RequestOptions };

/** Sends one request to the API and resolves to its decoded JSON body, or rejects with ApiError. */
export type Fetcher = (<T>(method: string, path: string, options?: RequestOptions) => Promise<T>) & {
  /** Whether requests carry a reader's token (the thread then asks for the reader's own part). */
  signedIn?(): boolean;
};

// Refresh a little before the announced expiry: the request still has to travel.
const EXPIRY_MARGIN_MS = 30_000;

// Account routes name no site: the widget adds its own, so the API answers with CORS headers
// for that site's origins when the widget runs on the site's domain.
const ACCOUNT_PATHS = /^\/v1\/(auth\/|me\b)/;

/** The fetcher of the API at `base` (no trailing slash needed), using the given session store. */
export function createFetcher(base: string, sessions: SessionStore, site?: string): Fetcher {
  const root = base.replace(/\/+$/, '');
  let refreshing: Promise<string | undefined> | undefined;

  const withSite = (path: string) =>
    site && ACCOUNT_PATHS.test(path) && !/[?&]site=/.test(path)
      ? `${path}${path.includes('?') ? '&' : '?'}site=${encodeURIComponent(site)}`
      : path;
  const send = <T>(method: string, path: string, options: RequestOptions, token?: string) =>
    sendTo<T>(root, method, withSite(path), options, token);

  /** A publisher's session is renewed through the page (sso.ts); without a token there, it ends. */
  async function renewSso(): Promise<string | undefined> {
    const before = sessions.get();
    try {
      const next = await ssoSession(root);
      if (sessions.get() !== before) return sessions.get()?.idToken;
      sessions.set(next, next ? 'local' : 'expired');
      return next?.idToken;
    } catch (error) {
      // A refused token ends the session (the UI says so); a network failure does not.
      if (error instanceof ApiError && error.status && sessions.get() === before)
        sessions.set(undefined, 'expired');
      return undefined;
    }
  }

  function refresh(): Promise<string | undefined> {
    if (sessions.get()?.sso) {
      refreshing ??= renewSso().finally(() => {
        refreshing = undefined;
      });
      return refreshing;
    }
    refreshing ??= (async () => {
      const refreshToken = sessions.get()?.refreshToken;
      // Another tab may log out or in meanwhile: its session then wins over this answer.
      const same = () => sessions.get()?.refreshToken === refreshToken;
      try {
        const tokens = await send<AuthTokens>('POST', '/v1/auth/refresh', { body: { refreshToken } });
        if (!same()) return sessions.get()?.idToken;
        sessions.set(toSession(tokens, refreshToken));
        return tokens.idToken;
      } catch (error) {
        // A refused refresh token ends the session (the UI says so); a network failure does not.
        if (error instanceof ApiError && error.status && same()) sessions.set(undefined, 'expired');
        return undefined;
      } finally {
        refreshing = undefined;
      }
    })();
    return refreshing;
  }

  const fetcher = async <T>(method: string, path: string, options: RequestOptions = {}): Promise<T> => {
    const session = options.auth === false ? undefined : sessions.get();
    if (!session) return send<T>(method, path, options);
    let token = session.expiresAt - EXPIRY_MARGIN_MS > Date.now() ? session.idToken : await refresh();
    for (let tries = 0; ; tries++) {
      // Reading works signed out; a write must not silently turn into a guest's.
      if (!token && method !== 'GET') throw new ApiError('unauthorized', 401);
      try {
        return await send<T>(method, path, options, token);
      } catch (error) {
        if (tries > 1 || !token || !(error instanceof ApiError) || error.code !== 'unauthorized') throw error;
        // A logout elsewhere refuses tokens of its own second (`iat` counts seconds), the one just
        // refreshed included: a token of the next second is accepted.
        if (tries) await new Promise((done) => setTimeout(done, 1000));
        token = await refresh();
      }
    }
  };
  return Object.assign(fetcher, { signedIn: () => sessions.get() !== undefined });
}
