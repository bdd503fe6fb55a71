/**
 * Accounts: the Cognito account an invitation to a site's team opens. Admin calls, apart from the
 * self-service ones of identity-provider.ts: the invitation's link has proven the email, so the
 * account is created confirmed, with the password the person chose, and Cognito sends nothing.
 */
import { cognito, nameOf, poolId, WEAK_PASSWORD } from './identity-provider.js';

export type CreateOutcome = 'created' | 'exists' | 'weak_password';

/** Creates the confirmed account of `email`; 'exists' when the email has one already. */
export async function createConfirmedAccount(
  email: string,
  name: string,
  password: string,
): Promise<CreateOutcome> {
  const { client, sdk } = await cognito();
  const UserPoolId = poolId();
  const attributes = { email, email_verified: 'true', name };
  try {
    await client.send(
      new sdk.AdminCreateUserCommand({
        UserPoolId,
        Username: email,
        MessageAction: 'SUPPRESS',
        UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
      }),
    );
  } catch (error) {
    if (nameOf(error) === 'UsernameExistsException') return 'exists';
    throw error;
  }
  try {
    // Permanent: no FORCE_CHANGE_PASSWORD challenge at the first sign-in.
    await client.send(
      new sdk.AdminSetUserPasswordCommand({
        UserPoolId,
        Username: email,
        Password: password,
        Permanent: true,
      }),
    );
    return 'created';
  } catch (error) {
    // Never half-made: an account without the chosen password is taken back, the link still works.
    await client.send(new sdk.AdminDeleteUserCommand({ UserPoolId, Username: email }));
    if (WEAK_PASSWORD.has(nameOf(error))) return 'weak_password';
    throw error;
  }
}

/** Confirms an account signed up but never confirmed, whose email an invitation has just proven. */
export async function confirmAccount(email: string): Promise<void> {
  const { client, sdk } = await cognito();
  await client.send(new sdk.AdminConfirmSignUpCommand({ UserPoolId: poolId(), Username: email }));
}
