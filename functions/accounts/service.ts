/**
 * Accounts: the rules. Nobody learns from these answers whether an email has an account:
 * signing up with a taken email, asking a reset or a new code for an unknown one, and every
 * failed login answer exactly as the other case does. Attempts are rate limited per address
 * and per email, except logins, where failures are what count (login-throttle.ts).
 */

import { forgetReaderFollows, listFollowed } from '../alerts/follow-service.js';
import { exportAuthorComments, forgetAuthorComments } from '../comments/store.js';
import { exportReader, forgetReader } from '../reactions/service.js';
import type { Caller } from '../shared/auth/caller.js';
import { readClaims } from '../shared/auth/caller.js';
import { markAccountDeleted, markSignedOut } from '../shared/auth/session-cutoff.js';
import { AppError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import { sendMail } from '../shared/mail/mailer.js';
import { consume, hashed, type Limit } from '../shared/rate-limit/rate-limit.js';
import { forgetMember } from '../sites/team.js';
import { authLimits, checkPassword, perMinute, weakPassword } from './auth-rules.js';
import { existingAccountMail } from './existing-account-mail.js';
import * as idp from './identity-provider.js';
import { startLoginAttempt } from './login-throttle.js';
import { answerTotpChallenge } from './mfa-provider.js';
import { deleteProfile, getProfile, saveAlerts, saveMfa } from './profile-repository.js';
import { assertNameNotReserved } from './reserved-names.js';
import type { UpdateMeBody } from './schemas.js';
import { getSsoProfile, type SsoProfile } from './sso-profile-repository.js';
import { recordNewName } from './taken-names.js';
import type { AccountExport, LoginAnswer, Me, PublicUser, Session } from './types.js';

const userOf = (caller: Caller): PublicUser => ({
  id: caller.userId,
  name: caller.name,
  email: caller.email,
  roles: caller.roles,
  sites: caller.siteRoles,
  ...(caller.kind === 'sso' ? { kind: 'sso' as const, badges: caller.badges ?? [] } : {}),
});

/**
 * Runs `work` and answers no sooner than AUTH_ANSWER_FLOOR_MS after the start (set on AWS, where
 * Cognito sending a code and SES sending our mail take different times): an answer that must not
 * tell whether an account exists takes the same time either way.
 */
async function padded<T>(work: () => Promise<T>): Promise<T> {
  const floor = Number(process.env.AUTH_ANSWER_FLOOR_MS ?? 0);
  const started = Date.now();
  try {
    return await work();
  } finally {
    const left = floor - (Date.now() - started);
    if (left > 0) await new Promise((done) => setTimeout(done, left));
  }
}

/** Tells the holder of a confirmed account that they have one; a failure must not change the answer. */
async function remindAccount(email: string): Promise<void> {
  await sendMail(existingAccountMail(email)).catch((error: unknown) =>
    logger.error('Existing-account mail not sent', { error }),
  );
}

/**
 * Registers an account and emails a code; the same answer whether or not the email was taken.
 * A taken email gets a message saying it has an account (log in, or reset the password).
 */
export async function signUp(email: string, password: string, name: string, ip: string): Promise<void> {
  await consume(authLimits('signup', ip, email));
  checkPassword(password);
  await assertNameNotReserved(name, 'body.name');
  await padded(async () => {
    const outcome = await idp.signUp(email, password, name);
    if (outcome === 'weak_password') throw weakPassword();
    // 'exists' answers as 'created' does: a taken email is not revealed, its holder is told.
    if (outcome === 'exists') await remindAccount(email);
  });
}

export async function confirm(email: string, code: string, ip: string): Promise<void> {
  await consume(authLimits('confirm', ip, email));
  if (!(await idp.confirmSignUp(email, code))) {
    throw new AppError('invalid_code', 'This code is not valid or has expired; ask for a new one.');
  }
}

/** A new code for an unconfirmed account; a confirmed one is told it has an account; the same answer. */
export async function resend(email: string, ip: string): Promise<void> {
  await consume(authLimits('resend', ip, email));
  await padded(async () => {
    if ((await idp.resendCode(email)) === 'confirmed') await remindAccount(email);
  });
}

/**
 * Logs in. Attempts per address are capped as for every auth action, but not per email: failures
 * are what count (login-throttle.ts), so others failing on an email never lock its owner out.
 */
export async function logIn(email: string, password: string, ip: string): Promise<LoginAnswer> {
  await consume(authLimits('login', ip));
  const attempt = await startLoginAttempt(email, ip);
  const outcome = await idp.logIn(email, password);
  if (outcome === 'invalid_credentials') {
    throw new AppError('invalid_credentials', 'The email or the password is not valid.');
  }
  // The password was right (an unconfirmed account is only told so then): not a failure.
  await attempt.succeeded();
  if (outcome === 'not_confirmed') {
    throw new AppError('account_not_confirmed', 'Confirm your account with the code we emailed you first.');
  }
  if ('challenge' in outcome) return { mfa: 'totp', session: outcome.session };
  return sessionOf(outcome, false);
}

/**
 * Completes a login that Cognito answered with the TOTP challenge. Each code tried counts as a
 * login attempt does (login-throttle.ts: failures of the email and address refused past their
 * limit, the email's slowed), so the six digits cannot be guessed faster than a password.
 */
export async function completeMfaLogin(
  email: string,
  session: string,
  code: string,
  ip: string,
): Promise<Session> {
  await consume(authLimits('login', ip));
  const attempt = await startLoginAttempt(email, ip);
  const outcome = await answerTotpChallenge(email, session, code);
  if (outcome === 'invalid_code')
    throw new AppError(
      'invalid_mfa_code',
      'This code is not the right one: type the one your app shows now.',
    );
  if (outcome === 'session_expired')
    throw new AppError('mfa_session_expired', 'The time to type the code has run out: log in again.');
  await attempt.succeeded();
  return sessionOf(outcome, true);
}

/**
 * The session of a completed sign-in, whose way tells whether the account has MFA on: the profile's
 * mark follows it (turned on or off outside Réagir, with the account's own access token, it is
 * right again from the next sign-in).
 */
async function sessionOf(tokens: idp.Tokens, withMfa: boolean): Promise<Session> {
  const user = userOf(await readClaims(tokens.idToken));
  await saveMfa(user.id, withMfa, new Date().toISOString());
  return { ...tokens, user };
}

export async function refresh(refreshToken: string, ip: string): Promise<Session> {
  await consume(authLimits('refresh', ip));
  const tokens = await idp.refresh(refreshToken);
  if (!tokens) throw new AppError('unauthorized', 'Your session has ended; log in again.');
  return { ...tokens, user: userOf(await readClaims(tokens.idToken)) };
}

/**
 * Ends this device's session: its refresh token is revoked, and every ID token of the account
 * issued up to now is refused (the API cannot tell this device's from another's; other devices
 * refresh silently with their refresh tokens). In this order: a token refreshed between the two
 * steps is still refused.
 */
export async function logOut(caller: Caller, refreshToken: string): Promise<void> {
  if (caller.kind === 'account') await idp.revoke(refreshToken);
  await markSignedOut(caller.userId);
}

/** Ends every session of the account: every refresh token revoked, every ID token so far refused. */
export async function logOutEverywhere(caller: Caller): Promise<void> {
  if (caller.kind === 'account') await idp.revokeAll(caller.userId);
  await markSignedOut(caller.userId);
}

export async function forgot(email: string, ip: string): Promise<void> {
  await consume(authLimits('forgot', ip, email));
  await padded(() => idp.forgotPassword(email));
}

export async function reset(email: string, code: string, password: string, ip: string): Promise<void> {
  await consume(authLimits('reset', ip, email));
  checkPassword(password);
  const outcome = await idp.confirmForgotPassword(email, code, password);
  if (outcome === 'invalid_code')
    throw new AppError('invalid_code', 'This code is not valid or has expired; ask for a new one.');
  if (outcome === 'weak_password') throw weakPassword();
}

/** The caller's account and alert settings (`GET /v1/me`). */
export async function me(caller: Caller): Promise<Me> {
  const profile = await getProfile(caller.userId);
  return { user: { ...userOf(caller), alerts: profile.alerts, mfa: profile.mfa } };
}

/**
 * Limit on profile changes per account per minute: each name change is a Cognito admin call, so a
 * script must not run the pool's quota down (PROFILE_CHANGES_PER_ACCOUNT_PER_MINUTE, 0: none).
 */
const profileLimit = (userId: string): Limit => ({
  name: `profile:${hashed(userId)}`,
  max: perMinute(process.env.PROFILE_CHANGES_PER_ACCOUNT_PER_MINUTE, 10),
  windowSeconds: 60,
});

/** Changes the display name (seen on new tokens, after a refresh) and the alert settings. */
export async function updateMe(caller: Caller, changes: UpdateMeBody): Promise<Me> {
  await consume([profileLimit(caller.userId)]);
  if (changes.name !== undefined && caller.kind === 'sso')
    throw new AppError(
      'sso_profile_managed',
      'Your name comes from your account on this site: change it there.',
    );
  if (changes.name !== undefined) {
    await assertNameNotReserved(changes.name, 'body.name', caller.userId);
    await idp.setDisplayName(caller.userId, changes.name);
    // Guests may not take the new name either, where the account already posted.
    await recordNewName(caller.userId, changes.name);
  }
  const profile = await getProfile(caller.userId);
  const alerts = { ...profile.alerts, ...changes.alerts };
  if (changes.alerts || changes.language)
    await saveAlerts(caller.userId, alerts, new Date().toISOString(), changes.language);
  return { user: { ...userOf(caller), name: changes.name ?? caller.name, alerts, mfa: profile.mfa } };
}

/**
 * Deletes the account: comments first (each site chooses placeholder or removal), reactions
 * with their counts, the followed articles with their digest, the site teams it was in, then
 * the profile, then the Cognito user, so an interrupted deletion can simply be run again.
 */
export async function deleteAccount(caller: Caller): Promise<void> {
  await forgetAuthorComments(caller.userId);
  await forgetReader(caller.userId);
  await forgetReaderFollows(caller.userId);
  await forgetMember(caller.userId);
  await deleteProfile(caller.userId);
  // A publisher's reader has no Cognito user, and may come back with a new token: their sessions
  // so far end, a later one starts afresh (an account's id is never reused, so it stays refused).
  if (caller.kind === 'sso') return markSignedOut(caller.userId);
  await idp.deleteUser(caller.userId);
  // Last, so a deletion that failed half way can be retried with the same token.
  await markAccountDeleted(caller.userId);
}

/** What a publisher's sign-in told Réagir of the reader, for their export. */
const ssoExport = (profile: SsoProfile): NonNullable<AccountExport['sso']> => ({
  site: profile.site,
  externalId: profile.externalId,
  name: profile.name,
  badges: profile.badges,
  ...(profile.email ? { email: profile.email } : {}),
  ...(profile.role ? { role: profile.role } : {}),
  firstSeenAt: profile.createdAt,
});

/** Everything held about the caller, as one JSON document. */
export async function exportData(caller: Caller): Promise<AccountExport> {
  const [profile, sso, comments, reactions, followed] = await Promise.all([
    getProfile(caller.userId),
    caller.kind === 'sso' ? getSsoProfile(caller.userId) : undefined,
    exportAuthorComments(caller.userId),
    exportReader(caller.userId),
    listFollowed(caller.userId),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    user: { ...userOf(caller), alerts: profile.alerts, mfa: profile.mfa },
    ...(sso ? { sso: ssoExport(sso) } : {}),
    comments,
    reactions,
    follows: followed.follows,
  };
}
