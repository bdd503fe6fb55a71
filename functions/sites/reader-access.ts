/**
 * Sites: which kind of signed-in reader a site accepts (its `accounts` setting; guests have
 * theirs, `guests`). Staff always may act: a newsroom that lets only its own readers comment
 * still moderates, and answers, with Réagir accounts.
 */
import { type Caller, rolesOn } from '../shared/auth/caller.js';
import { AppError } from '../shared/errors.js';

/** 403 `accounts_not_accepted` when a Réagir account that is not staff writes on an SSO-only site. */
export function assertReaderAccepted(site: { id: string; accounts: boolean }, caller: Caller): void {
  if (caller.kind !== 'account' || site.accounts || rolesOn(caller, site.id).length) return;
  throw new AppError(
    'accounts_not_accepted',
    "This site accepts its own readers' sign-in only: log in with your account on the site.",
  );
}
