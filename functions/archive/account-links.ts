/**
 * Archive: with `--link-accounts`, an imported comment whose author's email is that of a
 * confirmed Réagir account becomes that account's (it shows in their "Mon compte", goes with their
 * export and their deletion); otherwise its author is a guest keyed by the email. Accounts owns
 * Cognito: it answers, once per distinct email, remembered for the run.
 */
import { confirmedAccountIdByEmail } from '../accounts/identity-provider.js';

export type AccountLookup = (email: string) => Promise<string | undefined>;

/** The confirmed account of each email, asked once per email. */
export function confirmedAccounts(): AccountLookup {
  const known = new Map<string, Promise<string | undefined>>();
  return (email) => {
    let answer = known.get(email);
    if (!answer) {
      answer = confirmedAccountIdByEmail(email);
      known.set(email, answer);
    }
    return answer;
  };
}
