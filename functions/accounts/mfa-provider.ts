/**
 * Accounts: Cognito's software-token (TOTP) MFA, through the SDK: associate a secret, verify it
 * and make it the preferred factor, turn it off, answer the sign-in's SOFTWARE_TOKEN_MFA
 * challenge, and check a password. Plain outcomes, as identity-provider.ts answers; every call
 * but the challenge's takes the account's access token (Cognito's only way for a user to manage
 * their own MFA; there is no Admin call for TOTP set-up).
 */
import { clientId, cognito, nameOf, revoke, type Tokens, tokensOf } from './identity-provider.js';

/** Cognito's (and cognito-local's) names for a wrong TOTP code, by call. */
const WRONG_CODE = new Set([
  'CodeMismatchException',
  'EnableSoftwareTokenMFAException',
  'ExpiredCodeException',
]);
/** A refused access token: expired, revoked, or not of this pool. */
const BAD_TOKEN = new Set(['NotAuthorizedException', 'InvalidParameterException']);

/** A new TOTP secret for the account (base32), not in use until verified; undefined: token refused. */
export async function associateTotp(accessToken: string): Promise<string | undefined> {
  const { client, sdk } = await cognito();
  try {
    const { SecretCode } = await client.send(
      new sdk.AssociateSoftwareTokenCommand({ AccessToken: accessToken }),
    );
    return SecretCode;
  } catch (error) {
    if (BAD_TOKEN.has(nameOf(error))) return undefined;
    throw error;
  }
}

export type EnableOutcome = 'enabled' | 'invalid_code' | 'invalid_token';

/** Verifies a code of the associated secret, then makes TOTP the account's enabled, preferred MFA. */
export async function enableTotp(accessToken: string, code: string): Promise<EnableOutcome> {
  const { client, sdk } = await cognito();
  try {
    const { Status } = await client.send(
      new sdk.VerifySoftwareTokenCommand({
        AccessToken: accessToken,
        UserCode: code,
        FriendlyDeviceName: 'Réagir',
      }),
    );
    if (Status !== 'SUCCESS') return 'invalid_code';
  } catch (error) {
    if (WRONG_CODE.has(nameOf(error))) return 'invalid_code';
    // No secret associated yet (cognito-local says InvalidParameter): the code cannot be right.
    if (BAD_TOKEN.has(nameOf(error)))
      return nameOf(error) === 'NotAuthorizedException' ? 'invalid_token' : 'invalid_code';
    throw error;
  }
  await client.send(
    new sdk.SetUserMFAPreferenceCommand({
      AccessToken: accessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    }),
  );
  return 'enabled';
}

/** Turns the account's TOTP MFA off; false when the access token is refused. */
export async function disableTotp(accessToken: string): Promise<boolean> {
  const { client, sdk } = await cognito();
  try {
    await client.send(
      new sdk.SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
      }),
    );
    return true;
  } catch (error) {
    if (nameOf(error) === 'NotAuthorizedException') return false;
    throw error;
  }
}

export type ChallengeOutcome = Tokens | 'invalid_code' | 'session_expired';

/** Answers the sign-in's SOFTWARE_TOKEN_MFA challenge: the tokens, as a login without MFA gives. */
export async function answerTotpChallenge(
  email: string,
  session: string,
  code: string,
): Promise<ChallengeOutcome> {
  const { client, sdk } = await cognito();
  try {
    const { AuthenticationResult } = await client.send(
      new sdk.RespondToAuthChallengeCommand({
        ClientId: clientId(),
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: session,
        ChallengeResponses: { USERNAME: email, SOFTWARE_TOKEN_MFA_CODE: code },
      }),
    );
    return tokensOf(AuthenticationResult);
  } catch (error) {
    if (WRONG_CODE.has(nameOf(error))) return 'invalid_code';
    // Cognito's word for a session that is over (3 minutes), used, or not this account's.
    if (nameOf(error) === 'NotAuthorizedException' || nameOf(error) === 'UserNotFoundException')
      return 'session_expired';
    throw error;
  }
}

/**
 * Whether `password` is the account's: the first step of a sign-in. With TOTP on, Cognito asks for
 * the code only once the password is right, and issues no tokens; if it does issue some (MFA was
 * off), their refresh token is revoked at once: this check opens no session.
 */
export async function passwordIsRight(email: string, password: string): Promise<boolean> {
  const { client, sdk } = await cognito();
  try {
    const answer = await client.send(
      new sdk.InitiateAuthCommand({
        ClientId: clientId(),
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    const refreshToken = answer.AuthenticationResult?.RefreshToken;
    if (refreshToken) await revoke(refreshToken);
    return true;
  } catch (error) {
    if (
      ['NotAuthorizedException', 'UserNotFoundException', 'InvalidPasswordException'].includes(nameOf(error))
    )
      return false;
    throw error;
  }
}
