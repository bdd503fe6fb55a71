/**
 * API client, first layer: owns the base URL, JSON in and out, the Bearer token and error
 * decoding. The ID token is refreshed with the refresh token when it has expired, or once when the
 * server answers 401, and requests of the same moment share one refresh.
 */
import type { ErrorBody } from '../../../functions/shared/http/errors.js';
import { ApiError } from './api-error.js';
import type { AuthTokens } from './auth.js';
import { type SessionStore, toSession } from './session-store.js';

/** What a request carries besides its method and path. */
export interface RequestOptions {
  query?: Record<string, string | string[] | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** false: never send the token (login, signup... must not fail on a stale session). */
  auth?: boolean;
}

/** Sends one request to the API and resolves to its decoded JSON body, or rejects with ApiError. */
export type Fetcher = <T>(method: string, path: string, options?: RequestOptions) => Promise<T>;

// Refresh a little before the announced expiry: the request still has to travel.
const EXPIRY_MARGIN_MS = 30_000;

/** The fetcher of the API at `base` (no trailing slash needed), using the given session store. */
export function createFetcher(base: string, sessions: SessionStore): Fetcher {
  const root = base.replace(/\/+$/, '');
  let refreshing: Promise<string | undefined> | undefined;

  async function send<T>(method: string, path: string, options: RequestOptions, token?: string): Promise<T> {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(options.query ?? {})) {
      for (const item of [value].flat()) if (item !== undefined) query.append(name, String(item));
    }
    const headers: Record<string, string> = { ...options.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const search = query.toString();
    const url = root + path + (search ? `?${search}` : '');
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body: JSON.stringify(options.body) });
    } catch {
      throw new ApiError('network_error');
    }
    const data = (await response.json().catch(() => undefined)) as (T & Partial<ErrorBody>) | undefined;
    if (response.ok) return data as T;
    throw new ApiError(data?.error?.code ?? 'unknown_error', response.status, data?.error?.issues);
  }

  function refresh(): Promise<string | undefined> {
    refreshing ??= (async () => {
      const refreshToken = sessions.get()?.refreshToken;
      try {
        const tokens = await send<AuthTokens>('POST', '/v1/auth/refresh', { body: { refreshToken } });
        sessions.set(toSession(tokens, refreshToken));
        return tokens.idToken;
      } catch (error) {
        // A refused refresh token ends the session; a network failure does not.
        if (error instanceof ApiError && error.status) sessions.set(undefined);
        return undefined;
      } finally {
        refreshing = undefined;
      }
    })();
    return refreshing;
  }

  return async <T>(method: string, path: string, options: RequestOptions = {}): Promise<T> => {
    const session = options.auth === false ? undefined : sessions.get();
    if (!session) return send<T>(method, path, options);
    let token = session.expiresAt - EXPIRY_MARGIN_MS > Date.now() ? session.idToken : await refresh();
    for (let retried = false; ; retried = true) {
      // Reading works signed out; a write must not silently turn into a guest's.
      if (!token && method !== 'GET') throw new ApiError('unauthorized', 401);
      try {
        return await send<T>(method, path, options, token);
      } catch (error) {
        if (retried || !token || !(error instanceof ApiError) || error.code !== 'unauthorized') throw error;
        token = await refresh();
      }
    }
  };
}
