/**
 * Accounts: TOTP multi-factor authentication, the account's own use cases (its Security page in
 * the console): set up a secret, turn MFA on with a code of it, turn it off with the password.
 * Cognito does the cryptography; the `mfa` mark on the profile follows what it confirmed, for the
 * sites that require MFA of their staff (functions/shared/auth/mfa-status.ts).
 *
 * Why the password, not a code, to turn it off: Cognito checks a code of an enabled secret only in
 * a sign-in's challenge, which comes after the password, so a code alone cannot be checked; the
 * password can (a sign-in's first step, which opens no session). It keeps a stolen session (the
 * tokens in a browser) from removing the second factor.
 */
import type { Caller } from '../shared/auth/caller.js';
import { verifyAccessToken } from '../shared/auth/token-verifier.js';
import { AppError } from '../shared/errors.js';
import { consume, hashed, type Limit } from '../shared/rate-limit/rate-limit.js';
import { startLoginAttempt } from './login-throttle.js';
import { associateTotp, disableTotp, enableTotp, passwordIsRight } from './mfa-provider.js';
import { getProfile, saveMfa } from './profile-repository.js';
import type { MfaSetup, MfaStatus } from './types.js';

/** The name authenticator apps show above the code. */
const ISSUER = 'Réagir';

/** The link authenticator apps open: Google's Key Uri Format, label `Réagir:<email>`. */
export const otpauthUri = (email: string, secret: string): string =>
  `otpauth://totp/${encodeURIComponent(ISSUER)}:${encodeURIComponent(email)}` +
  `?secret=${encodeURIComponent(secret)}&issuer=${encodeURIComponent(ISSUER)}`;

const sessionEnded = () =>
  new AppError('unauthorized', 'Your session has expired or is not valid; log in again.');

/**
 * Refuses an access token that is not the caller's own, valid now: Cognito acts on the token's
 * account, the profile's mark on the caller's, and both must be the same (else an account could
 * borrow another's second factor).
 */
async function assertOwnAccessToken(caller: Caller, accessToken: string): Promise<void> {
  if (caller.kind !== 'account')
    throw new AppError('sso_profile_managed', 'Your sign-in is managed by your account on this site.');
  const claims = await verifyAccessToken(accessToken).catch(() => undefined);
  if (claims?.sub !== caller.userId) throw sessionEnded();
}

/** Codes tried to turn MFA on, per account per quarter hour (AUTH_MFA_CODES_PER_15_MINUTES). */
const codeLimit = (userId: string): Limit => ({
  name: `mfa-code:${hashed(userId)}`,
  max: Number(process.env.AUTH_MFA_CODES_PER_15_MINUTES ?? 10),
  windowSeconds: 900,
});

/** A new secret for the account's authenticator; refused while MFA is on (it would replace it). */
export async function setUpMfa(caller: Caller, accessToken: string): Promise<MfaSetup> {
  await assertOwnAccessToken(caller, accessToken);
  await consume([codeLimit(caller.userId)]);
  if ((await getProfile(caller.userId)).mfa)
    throw new AppError(
      'action_not_allowed',
      'Two-step sign-in is already on: turn it off first to change apps.',
    );
  const secret = await associateTotp(accessToken);
  if (!secret) throw sessionEnded();
  return { secret, uri: otpauthUri(caller.email, secret) };
}

/** Turns TOTP MFA on with a code of the secret just set up; 400 `invalid_mfa_code` when wrong. */
export async function enableMfa(caller: Caller, accessToken: string, code: string): Promise<MfaStatus> {
  await assertOwnAccessToken(caller, accessToken);
  await consume([codeLimit(caller.userId)]);
  const outcome = await enableTotp(accessToken, code);
  if (outcome === 'invalid_token') throw sessionEnded();
  if (outcome === 'invalid_code')
    throw new AppError(
      'invalid_mfa_code',
      'This code is not the right one: type the one your app shows now.',
    );
  await saveMfa(caller.userId, true, new Date().toISOString());
  return { mfa: true };
}

/** Turns TOTP MFA off, once the password is checked (a failure counts as a failed login does). */
export async function disableMfa(
  caller: Caller,
  accessToken: string,
  password: string,
  ip: string,
): Promise<MfaStatus> {
  await assertOwnAccessToken(caller, accessToken);
  const attempt = await startLoginAttempt(caller.email, ip);
  if (!(await passwordIsRight(caller.email, password)))
    throw new AppError('invalid_credentials', 'This password is not the right one.');
  await attempt.succeeded();
  if (!(await disableTotp(accessToken))) throw sessionEnded();
  await saveMfa(caller.userId, false, new Date().toISOString());
  return { mfa: false };
}
