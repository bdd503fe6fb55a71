/**
 * i18n: the shape every catalogue must fill. Error messages are keyed by every API error code, so a
 * code added on the server and not translated here fails the type check.
 */
import type { AnyErrorCode } from '../api/api-error.js';

/** The languages the widget speaks. */
export type Lang = 'fr' | 'en';

/** Every text of the widget in one language. */
export interface Messages {
  title: string;
  count: (n: string) => string;
  sort: string;
  newest: string;
  oldest: string;
  loading: string;
  empty: string;
  more: string;
  closed: string;
  // The form
  yourComment: string;
  replyTo: (name: string) => string;
  chars: (n: string, max: string) => string;
  send: string;
  cancel: string;
  name: string;
  email: string;
  emailHint: string;
  posted: string;
  postedPending: string;
  loginToPost: string;
  // A comment
  reply: string;
  edit: string;
  save: string;
  remove: string;
  confirmRemove: string;
  deleted: string;
  edited: string;
  pending: string;
  showReplies: (n: number) => string;
  hideReplies: (n: number) => string;
  guest: string;
  // Accounts
  loginTitle: string;
  login: string;
  signupTitle: string;
  signup: string;
  forgot: string;
  password: string;
  newPassword: string;
  passwordHint: string;
  code: string;
  confirmTitle: string;
  confirm: string;
  sendCode: string;
  resend: string;
  codeSent: string;
  resetTitle: string;
  reset: string;
  signedInAs: (name: string) => string;
  logout: string;
  loggedIn: string;
  loggedOut: string;
  errors: Record<AnyErrorCode, string>;
}
