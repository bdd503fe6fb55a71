/**
 * Accounts: the account behind an accepted invitation to a site's team. The invitation's link has
 * proven the email, so an email without an account gets one at once (confirmed, with the chosen
 * name and password); an email that has one (signed up since the invitation) must give its
 * password, which is checked as a login would. Attempts count as logins do, per address and email.
 */
import { AppError } from '../shared/errors.js';
import { consume } from '../shared/rate-limit/rate-limit.js';
import { authLimits, checkPassword, weakPassword } from './auth-rules.js';
import * as idp from './identity-provider.js';
import { confirmAccount, createConfirmedAccount } from './invited-identity.js';
import { assertNameNotReserved } from './reserved-names.js';

/** The id of the account of `email`, made now or proven by its password. */
export async function openInvitedAccount(
  email: string,
  name: string,
  password: string,
  ip: string,
): Promise<string> {
  await consume(authLimits('invitation', ip, email));
  checkPassword(password);
  if (!(await idp.accountIdByEmail(email))) {
    if (!name) {
      const issue = {
        path: 'body.name',
        code: 'required' as const,
        params: {},
        message: 'Choose a display name.',
      };
      throw new AppError('invalid_request', 'Choose the name shown under your comments.', [issue]);
    }
    await assertNameNotReserved(name, 'body.name');
    const outcome = await createConfirmedAccount(email, name, password);
    if (outcome === 'weak_password') throw weakPassword();
    // 'exists': signed up in the meantime, so it is proven by its password like the others.
    if (outcome === 'created') return requireAccountId(email);
  }
  const login = await idp.logIn(email, password);
  if (login === 'invalid_credentials')
    throw new AppError('invalid_credentials', 'This email has an account: give its password, not a new one.');
  // Signed up but never confirmed: the invitation's link proves the email as the code would have.
  if (login === 'not_confirmed') await confirmAccount(email);
  return requireAccountId(email);
}

async function requireAccountId(email: string): Promise<string> {
  const id = await idp.accountIdByEmail(email);
  if (!id) throw new Error(`The account of an invitation vanished: ${email}`);
  return id;
}
