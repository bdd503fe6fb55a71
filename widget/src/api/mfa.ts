/**
 * API client, second layer: the account's TOTP MFA (the console's Security page), one typed line
 * each. These routes take Cognito's access token in the body besides the ID token as Bearer
 * (Cognito sets TOTP up with that token only); `freshAccessToken` refreshes the session first when
 * it has none yet (stored before it was kept) or it is about to expire.
 */
import type { MfaSetup, MfaStatus } from '../../../functions/accounts/types.js';
import type { AuthTokens } from './auth.js';
import type { Fetcher } from './fetcher.js';
import { type SessionStore, toSession } from './session-store.js';

export type { MfaSetup, MfaStatus };

// As the fetcher's margin: the request still has to travel.
const MARGIN_MS = 30_000;

/** The session's access token, refreshed first when missing or about to expire; undefined signed out. */
export async function freshAccessToken(api: Fetcher, sessions: SessionStore): Promise<string | undefined> {
  const session = sessions.get();
  if (!session) return undefined;
  if (session.accessToken && session.expiresAt - MARGIN_MS > Date.now()) return session.accessToken;
  const tokens = await api<AuthTokens>('POST', '/v1/auth/refresh', {
    auth: false,
    body: { refreshToken: session.refreshToken },
  });
  sessions.set(toSession(tokens, session.refreshToken));
  return tokens.accessToken;
}

/** A new TOTP secret for the account's authenticator app, and its otpauth link. */
export const setUpMfa = (api: Fetcher, accessToken: string) =>
  api<MfaSetup>('POST', '/v1/me/mfa/setup', { body: { accessToken } });

/** Turns TOTP on with a code of the new secret. */
export const enableMfa = (api: Fetcher, accessToken: string, code: string) =>
  api<MfaStatus>('POST', '/v1/me/mfa/verify', { body: { accessToken, code: code.replace(/\s/g, '') } });

/** Turns TOTP off; the account's password confirms it. */
export const disableMfa = (api: Fetcher, accessToken: string, password: string) =>
  api<MfaStatus>('POST', '/v1/me/mfa/disable', { body: { accessToken, password } });
