/** API client, second layer: the reader's own account (`/v1/me`), one typed line each (loaded with "Mon compte"). */
import type { AccountExport, Me } from '../../../functions/accounts/types.js';
import type { AuthTokens } from './auth.js';
import type { Fetcher } from './fetcher.js';

/** What `PATCH /v1/me` changes. */
export interface MeChanges {
  name?: string;
  alerts?: { replies?: boolean };
  /** The reader's language, for their alert emails and digests. */
  language?: 'fr' | 'en';
}

/** The signed-in reader with their alert settings. */
export const getMe = (api: Fetcher) => api<Me>('GET', '/v1/me');

/** Renames the reader or changes their alerts; the new name is in tokens from the next refresh. */
export const updateMe = (api: Fetcher, changes: MeChanges) => api<Me>('PATCH', '/v1/me', { body: changes });

/** Everything held about the reader, as one JSON document. */
export const exportMe = (api: Fetcher) => api<AccountExport>('GET', '/v1/me/export');

/** Deletes the account (comments lose name and text, reactions go). */
export const deleteMe = (api: Fetcher) => api<unknown>('DELETE', '/v1/me');

/** Ends every session of the account, on every device (every refresh token revoked). */
export const logOutEverywhere = (api: Fetcher) => api<unknown>('POST', '/v1/auth/logout-everywhere');

/** New tokens for the same refresh token: they carry the new name after a rename. */
export const refreshTokens = (api: Fetcher, refreshToken: string) =>
  api<AuthTokens>('POST', '/v1/auth/refresh', { auth: false, body: { refreshToken } });
