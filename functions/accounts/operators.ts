/**
 * Accounts: the stage's operators, the Cognito group `admins` (an administrator of every site,
 * docs/deploy.md). Put there from the command line only (`npm run site -- operator`), by whoever
 * holds the stage's AWS credentials: no route can make an operator. The account signs up first.
 */
import { AppError } from '../shared/errors.js';
import { accountIdByEmail, cognito, poolId } from './identity-provider.js';

export const OPERATORS_GROUP = 'admins';

async function requireAccount(email: string): Promise<string> {
  const normalized = email.trim().toLowerCase();
  if (!(await accountIdByEmail(normalized)))
    throw new AppError(
      'not_found',
      `No Réagir account has the email ${normalized}: sign up in the widget first.`,
    );
  return normalized;
}

/** Makes the account of `email` an operator (its next tokens carry the group: log out and in). */
export async function addOperator(email: string): Promise<void> {
  const { client, sdk } = await cognito();
  const Username = await requireAccount(email);
  await client.send(
    new sdk.AdminAddUserToGroupCommand({ UserPoolId: poolId(), Username, GroupName: OPERATORS_GROUP }),
  );
}

/** Takes the account of `email` out of the operators. */
export async function removeOperator(email: string): Promise<void> {
  const { client, sdk } = await cognito();
  const Username = await requireAccount(email);
  await client.send(
    new sdk.AdminRemoveUserFromGroupCommand({ UserPoolId: poolId(), Username, GroupName: OPERATORS_GROUP }),
  );
}

/** The operators' emails and names. */
export async function listOperators(): Promise<{ email: string; name: string }[]> {
  const { client, sdk } = await cognito();
  const found: { email: string; name: string }[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new sdk.ListUsersInGroupCommand({ UserPoolId: poolId(), GroupName: OPERATORS_GROUP, NextToken: token }),
    );
    for (const user of page.Users ?? []) {
      const attribute = (name: string) => user.Attributes?.find((a) => a.Name === name)?.Value ?? '';
      found.push({ email: attribute('email'), name: attribute('name') });
    }
    token = page.NextToken;
  } while (token);
  return found;
}
