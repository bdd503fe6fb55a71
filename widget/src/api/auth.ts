/** API client, second layer: the account routes, one typed line each (loaded with the account forms). */
import type {
  CodeSent,
  Confirmed,
  LoginAnswer,
  MfaChallenge,
  PasswordReset,
  PublicUser,
  Session,
} from '../../../functions/accounts/types.js';
import type { Fetcher } from './fetcher.js';

/** The signed-in reader, as login and refresh describe them. */
export type User = PublicUser;

/** A login or refresh answer; a refresh carries no new refresh token. */
export type AuthTokens = Session;

const open = { auth: false } as const;

/** Creates an account; the same answer whether or not the e-mail is taken. */
export const signup = (api: Fetcher, email: string, password: string, name: string) =>
  api<CodeSent>('POST', '/v1/auth/signup', { ...open, body: { email, password, name } });

/** Confirms an account with the code sent by mail. */
export const confirmSignup = (api: Fetcher, email: string, code: string) =>
  api<Confirmed>('POST', '/v1/auth/confirm', { ...open, body: { email, code } });

/** Sends the confirmation code again. */
export const resendCode = (api: Fetcher, email: string) =>
  api<CodeSent>('POST', '/v1/auth/resend', { ...open, body: { email } });

export type { LoginAnswer, MfaChallenge };

/** Signs in with e-mail and password: the tokens, or the TOTP code to ask for (`isMfaChallenge`). */
export const login = (api: Fetcher, email: string, password: string) =>
  api<LoginAnswer>('POST', '/v1/auth/login', { ...open, body: { email, password } });

/** Whether a login answered with the TOTP challenge rather than tokens. */
export const isMfaChallenge = (answer: LoginAnswer): answer is MfaChallenge => 'mfa' in answer;

/** The login's second step: the challenge's session and the authenticator's 6 digits. */
export const completeMfaLogin = (api: Fetcher, email: string, session: string, code: string) =>
  api<AuthTokens>('POST', '/v1/auth/mfa', {
    ...open,
    body: { email, session, code: code.replace(/\s/g, '') },
  });

/** Revokes the session's refresh token. */
export const logout = (api: Fetcher, refreshToken: string) =>
  api<unknown>('POST', '/v1/auth/logout', { body: { refreshToken } });

/** Mails a reset code; always accepted, whether or not the account exists. */
export const forgotPassword = (api: Fetcher, email: string) =>
  api<CodeSent>('POST', '/v1/auth/forgot', { ...open, body: { email } });

/** Sets a new password with the mailed code. */
export const resetPassword = (api: Fetcher, email: string, code: string, password: string) =>
  api<PasswordReset>('POST', '/v1/auth/reset', { ...open, body: { email, code, password } });
