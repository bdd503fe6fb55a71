/**
 * Accounts: the message sent to an address that already has a confirmed account when someone
 * signs up with it (or asks for a confirmation code again): the person is not stuck, and the
 * answer on the page stays that of a new sign-up. In French then English, like the Cognito
 * templates (infra/constructs/identity-messages.ts): a pool has no reader language at sign-up.
 * It carries no code and no link that acts, so forwarding or clicking it changes nothing.
 */
import type { MailMessage } from '../shared/mail/mailer.js';

/** The sentence the issue fixes, in both languages (the widget's tests read it in the mailbox). */
export const EXISTING_ACCOUNT = {
  fr: 'Vous avez déjà un compte Réagir : connectez-vous ou réinitialisez votre mot de passe.',
  en: 'You already have a Réagir account: log in or reset your password.',
} as const;

/** The whole message to `to`. */
export const existingAccountMail = (to: string): MailMessage => ({
  to,
  kind: 'ExistingAccount',
  subject: 'Votre compte Réagir / Your Réagir account',
  text: [
    'Bonjour,',
    '',
    EXISTING_ACCOUNT.fr,
    'Quelqu’un, vous sans doute, a demandé à créer un compte ou un code de confirmation avec cette adresse. Pour retrouver l’accès, utilisez « Se connecter » ou « Mot de passe oublié ? » sous les commentaires. Si ce n’est pas vous, ignorez ce message : votre compte ne change pas.',
    '',
    '—',
    '',
    'Hello,',
    '',
    EXISTING_ACCOUNT.en,
    'Someone, most likely you, asked to create an account or for a confirmation code with this address. To get back in, use “Log in” or “Forgot your password?” under the comments. If it was not you, ignore this message: your account stays as it is.',
  ].join('\n'),
});
