/**
 * Whether an account has TOTP MFA on, for the staff routes of a site that requires it
 * (`staffMfaRequired`): the `mfa` mark the accounts domain keeps on the account's profile item
 * (functions/accounts/profile-repository.ts, `saveMfa`), not a Cognito call per request.
 *
 * Read on staff routes only, beside the session and site-team reads the request makes anyway
 * (no time added, ½ RCU): the site a request acts on is known only once its operation declares
 * it (`useSite`, synchronous), too late to read then. The mark follows what Cognito confirmed when
 * the account turned MFA on or off in Réagir, and is set again or removed at each sign-in (a
 * sign-in that Cognito let through without a code proves MFA is off). Its window: a session
 * opened before MFA was turned on (its ID token, and the refresh token behind it) counts as one
 * with MFA from then on, until it ends (docs/security.md, "Two-step sign-in").
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.js';
import { dynamo } from '../data/dynamo-client.js';
import { profileKey } from '../data/keys.js';

/** Whether the account's profile carries the `mfa` mark. */
export async function hasMfa(userId: string): Promise<boolean> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: profileKey(userId), ProjectionExpression: 'mfa' }),
  );
  return Item?.mfa === true;
}
