/**
 * Accounts: the Cognito user pool, through the SDK. The only code that knows Cognito's API and
 * its exception names; it answers with plain outcomes the service decides on. Both Cognito and
 * cognito-local are handled (a wrong password is InvalidPasswordException on the latter).
 */
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { config } from '../shared/config.js';

/** The Cognito SDK module: its client and command classes. */
export type CognitoSdk = typeof import('@aws-sdk/client-cognito-identity-provider');

// Imported on first use, not at the top: the bundles take the SDK from the Lambda runtime
// (infra/bundling.ts), and a static import would load it at every cold start of the comments,
// moderation and sites Lambdas, which call Cognito on a few routes only (staff names, searches
// by email, teams). The accounts Lambda loads it on its first request instead.
let sdk: Promise<CognitoSdk> | undefined;
let client: CognitoIdentityProviderClient | undefined;

/** The one SDK client and the SDK's commands (mfa-provider.ts, operators.ts share them). */
export async function cognito(): Promise<{ client: CognitoIdentityProviderClient; sdk: CognitoSdk }> {
  sdk ??= import('@aws-sdk/client-cognito-identity-provider');
  const loaded = await sdk;
  client ??= new loaded.CognitoIdentityProviderClient({
    region: config.region,
    endpoint: process.env.COGNITO_ENDPOINT || undefined,
    maxAttempts: 3,
  });
  return { client, sdk: loaded };
}

export const clientId = () => config.cognitoClientId;
export const poolId = () => config.cognitoUserPoolId;

/** The Cognito exception name of an error, for the mappings below. */
export const nameOf = (error: unknown) => (error instanceof Error ? error.name : '');

const BAD_CREDENTIALS = new Set([
  'NotAuthorizedException',
  'UserNotFoundException',
  'InvalidPasswordException',
]);
const BAD_CODE = new Set([
  'CodeMismatchException',
  'ExpiredCodeException',
  'UserNotFoundException',
  'NotAuthorizedException',
]);
export const WEAK_PASSWORD = new Set(['InvalidPasswordException', 'InvalidParameterException']);

export type SignUpOutcome = 'created' | 'exists' | 'weak_password';

export async function signUp(email: string, password: string, name: string): Promise<SignUpOutcome> {
  const { client, sdk } = await cognito();
  try {
    await client.send(
      new sdk.SignUpCommand({
        ClientId: clientId(),
        Username: email,
        Password: password,
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'name', Value: name },
        ],
      }),
    );
    return 'created';
  } catch (error) {
    if (nameOf(error) === 'UsernameExistsException') return 'exists';
    if (WEAK_PASSWORD.has(nameOf(error))) return 'weak_password';
    throw error;
  }
}

/** False when the code is wrong, expired, or the account unknown or already confirmed. */
export async function confirmSignUp(email: string, code: string): Promise<boolean> {
  const { client, sdk } = await cognito();
  try {
    await client.send(
      new sdk.ConfirmSignUpCommand({ ClientId: clientId(), Username: email, ConfirmationCode: code }),
    );
    return true;
  } catch (error) {
    if (BAD_CODE.has(nameOf(error)) || nameOf(error) === 'LimitExceededException') return false;
    throw error;
  }
}

export interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  expiresIn: number;
}

/** The password was right, and Cognito asks for the account's TOTP code: answer it with `session`. */
export interface TotpChallenge {
  challenge: 'totp';
  session: string;
}

export type LoginOutcome = Tokens | TotpChallenge | 'invalid_credentials' | 'not_confirmed';

export function tokensOf(
  result: { IdToken?: string; AccessToken?: string; RefreshToken?: string; ExpiresIn?: number } | undefined,
) {
  if (!result?.IdToken || !result.AccessToken) throw new Error('Cognito returned no tokens');
  return {
    idToken: result.IdToken,
    accessToken: result.AccessToken,
    refreshToken: result.RefreshToken,
    expiresIn: result.ExpiresIn ?? 3600,
  };
}

export async function logIn(email: string, password: string): Promise<LoginOutcome> {
  const { client, sdk } = await cognito();
  try {
    const { AuthenticationResult, ChallengeName, Session } = await client.send(
      new sdk.InitiateAuthCommand({
        ClientId: clientId(),
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    if (ChallengeName === 'SOFTWARE_TOKEN_MFA' && Session) return { challenge: 'totp', session: Session };
    // The pool's MFA is OPTIONAL with TOTP only (docs/deploy.md): SMS_MFA, SELECT_MFA_TYPE and
    // MFA_SETUP never come; if one did, say so rather than answer a login without tokens.
    if (ChallengeName) throw new Error(`Cognito asked for an unexpected challenge: ${ChallengeName}`);
    return tokensOf(AuthenticationResult);
  } catch (error) {
    if (nameOf(error) === 'UserNotConfirmedException') return 'not_confirmed';
    if (BAD_CREDENTIALS.has(nameOf(error))) return 'invalid_credentials';
    throw error;
  }
}

/** New ID and access tokens, or undefined when the refresh token is no longer valid. */
export async function refresh(refreshToken: string): Promise<Tokens | undefined> {
  const { client, sdk } = await cognito();
  try {
    const { AuthenticationResult } = await client.send(
      new sdk.InitiateAuthCommand({
        ClientId: clientId(),
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: refreshToken },
      }),
    );
    return tokensOf(AuthenticationResult);
  } catch (error) {
    if (BAD_CREDENTIALS.has(nameOf(error)) || nameOf(error) === 'InvalidParameterException') return undefined;
    throw error;
  }
}

/** Revokes a refresh token (and the tokens it issued, on Cognito). Unknown tokens are ignored. */
export async function revoke(refreshToken: string): Promise<void> {
  const { client, sdk } = await cognito();
  try {
    await client.send(new sdk.RevokeTokenCommand({ ClientId: clientId(), Token: refreshToken }));
  } catch (error) {
    if (
      !['NotAuthorizedException', 'InvalidParameterException', 'UnauthorizedException'].includes(
        nameOf(error),
      )
    )
      throw error;
  }
}

/** Revokes every refresh token of the account (and, on Cognito, the access tokens they issued). */
export async function revokeAll(userId: string): Promise<void> {
  const { client, sdk } = await cognito();
  await client.send(new sdk.AdminUserGlobalSignOutCommand({ UserPoolId: poolId(), Username: userId }));
}

/** Starts a password reset; silent for unknown accounts so the answer reveals nothing. */
export async function forgotPassword(email: string): Promise<void> {
  const { client, sdk } = await cognito();
  try {
    await client.send(new sdk.ForgotPasswordCommand({ ClientId: clientId(), Username: email }));
  } catch (error) {
    if (
      ![
        'UserNotFoundException',
        'NotAuthorizedException',
        'InvalidParameterException',
        'LimitExceededException',
      ].includes(nameOf(error))
    ) {
      throw error;
    }
  }
}

export type ResetOutcome = 'done' | 'invalid_code' | 'weak_password';

export async function confirmForgotPassword(
  email: string,
  code: string,
  password: string,
): Promise<ResetOutcome> {
  const { client, sdk } = await cognito();
  try {
    await client.send(
      new sdk.ConfirmForgotPasswordCommand({
        ClientId: clientId(),
        Username: email,
        ConfirmationCode: code,
        Password: password,
      }),
    );
    return 'done';
  } catch (error) {
    if (BAD_CODE.has(nameOf(error)) || nameOf(error) === 'LimitExceededException') return 'invalid_code';
    if (WEAK_PASSWORD.has(nameOf(error))) return 'weak_password';
    throw error;
  }
}

/** `sent`: a new code went out; `confirmed`: the account needs none; `none`: unknown, or refused. */
export type ResendOutcome = 'sent' | 'confirmed' | 'none';

/** Sends a new confirmation code to an unconfirmed account; says what it found otherwise. */
export async function resendCode(email: string): Promise<ResendOutcome> {
  const { client, sdk } = await cognito();
  try {
    await client.send(new sdk.ResendConfirmationCodeCommand({ ClientId: clientId(), Username: email }));
    return 'sent';
  } catch (error) {
    // Cognito's (and cognito-local's) word for an account that is already confirmed.
    if (nameOf(error) === 'InvalidParameterException' && /already confirmed/i.test(String(error))) {
      return 'confirmed';
    }
    if (
      ![
        'UserNotFoundException',
        'InvalidParameterException',
        'NotAuthorizedException',
        'LimitExceededException',
      ].includes(nameOf(error))
    ) {
      throw error;
    }
    return 'none';
  }
}

export async function setDisplayName(userId: string, name: string): Promise<void> {
  const { client, sdk } = await cognito();
  await client.send(
    new sdk.AdminUpdateUserAttributesCommand({
      UserPoolId: poolId(),
      Username: userId,
      UserAttributes: [{ Name: 'name', Value: name }],
    }),
  );
}

export async function deleteUser(userId: string): Promise<void> {
  const { client, sdk } = await cognito();
  try {
    await client.send(new sdk.AdminDeleteUserCommand({ UserPoolId: poolId(), Username: userId }));
  } catch (error) {
    if (nameOf(error) !== 'UserNotFoundException') throw error;
  }
}

/** The Cognito groups of an account; empty when it does not exist. */
export async function groupsOf(userId: string): Promise<string[]> {
  const { client, sdk } = await cognito();
  try {
    const { Groups = [] } = await client.send(
      new sdk.AdminListGroupsForUserCommand({ UserPoolId: poolId(), Username: userId }),
    );
    return Groups.map((g) => g.GroupName ?? '');
  } catch (error) {
    if (nameOf(error) === 'UserNotFoundException') return [];
    throw error;
  }
}

/** The email of an account (as guests are recognised, a ban covers it too); undefined when it does not exist. */
export async function emailOf(userId: string): Promise<string | undefined> {
  const { client, sdk } = await cognito();
  try {
    const user = await client.send(new sdk.AdminGetUserCommand({ UserPoolId: poolId(), Username: userId }));
    return user.UserAttributes?.find((a) => a.Name === 'email')?.Value;
  } catch (error) {
    if (nameOf(error) === 'UserNotFoundException') return undefined;
    throw error;
  }
}

/** The display name of an account (its `name` attribute); undefined when it does not exist. */
export async function displayNameOf(userId: string): Promise<string | undefined> {
  const { client, sdk } = await cognito();
  try {
    const user = await client.send(new sdk.AdminGetUserCommand({ UserPoolId: poolId(), Username: userId }));
    return user.UserAttributes?.find((a) => a.Name === 'name')?.Value;
  } catch (error) {
    if (nameOf(error) === 'UserNotFoundException') return undefined;
    throw error;
  }
}

/** When an account was created (ISO date), for the author panel; undefined when it does not exist. */
export async function accountCreatedAt(userId: string): Promise<string | undefined> {
  const { client, sdk } = await cognito();
  try {
    const user = await client.send(new sdk.AdminGetUserCommand({ UserPoolId: poolId(), Username: userId }));
    return user.UserCreateDate?.toISOString();
  } catch (error) {
    if (nameOf(error) === 'UserNotFoundException') return undefined;
    throw error;
  }
}

/** The display names of the members of a group (moderators, admins), every page. */
export async function groupMemberNames(group: string): Promise<{ userId: string; name: string }[]> {
  const { client, sdk } = await cognito();
  const members: { userId: string; name: string }[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new sdk.ListUsersInGroupCommand({ UserPoolId: poolId(), GroupName: group, NextToken: token }),
    );
    for (const user of page.Users ?? []) {
      const attribute = (name: string) => user.Attributes?.find((a) => a.Name === name)?.Value;
      const name = attribute('name');
      if (name) members.push({ userId: attribute('sub') ?? user.Username ?? '', name });
    }
    token = page.NextToken;
  } while (token);
  return members;
}

/** The id (`sub`) of the account signed up with this email, if any (the moderators' search by email). */
export async function accountIdByEmail(email: string): Promise<string | undefined> {
  const { client, sdk } = await cognito();
  // The schema let only an email through: no quote can end the filter's string.
  const { Users = [] } = await client.send(
    new sdk.ListUsersCommand({
      UserPoolId: poolId(),
      Filter: `email = "${email.replaceAll('"', '')}"`,
      Limit: 1,
    }),
  );
  const sub = Users[0]?.Attributes?.find((a) => a.Name === 'sub')?.Value;
  return sub ?? undefined;
}

/**
 * The id of the confirmed account of this email, if any: an import gives it the archive's
 * comments of that address (`npm run import -- … --link-accounts`). A sign-up is CONFIRMED once
 * its emailed code was entered; cognito-local does not set `email_verified` then, Cognito does:
 * only an explicit false refuses.
 */
export async function confirmedAccountIdByEmail(email: string): Promise<string | undefined> {
  const { client, sdk } = await cognito();
  // Addresses come from a source file: a quote would end the filter's string.
  if (email.includes('"')) return undefined;
  const { Users = [] } = await client.send(
    new sdk.ListUsersCommand({ UserPoolId: poolId(), Filter: `email = "${email}"`, Limit: 1 }),
  );
  const user = Users[0];
  const attribute = (name: string) => user?.Attributes?.find((a) => a.Name === name)?.Value;
  if (user?.UserStatus !== 'CONFIRMED' || attribute('email_verified') === 'false') return undefined;
  return attribute('sub');
}
