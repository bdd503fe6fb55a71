/**
 * i18n: the shapes every catalogue must fill. The core messages travel in the entry script (French)
 * or in a chunk (English); error messages are a chunk of their own, loaded when one is first
 * shown. They are keyed by every API error code, so a code added on the server and not
 * translated here fails the type check.
 */
import type { AnyErrorCode, ErrorParams } from '../api/api-error.js';
import type { ReactionType } from '../api/reactions.js';

/** The languages the widget speaks. */
export type Lang = 'fr' | 'en';

/**
 * A message for every error code: a text, or for a code with parameters a function of them
 * (each may be missing: an older server sends none).
 */
export type ErrorMessages = {
  [C in AnyErrorCode]:
    | string
    | (C extends keyof ErrorParams ? (params: Partial<ErrorParams[C]>) => string : never);
};

/** Every text of the thread, the form and the account line in one language. */
export interface Messages {
  title: string;
  /** The heading; `n` is the formatted count, '' while the first page is not known (no "(0)"). */
  count: (n: string) => string;
  sort: string;
  newest: string;
  oldest: string;
  top: string;
  loading: string;
  empty: string;
  more: string;
  closed: string;
  // The form
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
  /** A refused comment (its reason, from the server's code, is moderation-reason.tsx's). */
  rejected: string;
  pinned: string;
  showReplies: (n: number) => string;
  hideReplies: (n: number) => string;
  loadReplies: (n: number) => string;
  guest: string;
  /** The report action on a comment, before and after (its panel brings its own texts). */
  report: string;
  reported: string;
  // Reactions
  reactions: Record<ReactionType, string>;
  pageReactions: string;
  loginToReact: string;
  // The account line (the forms bring their own texts)
  loginTitle: string;
  login: string;
  signupTitle: string;
  signup: string;
  signedInAs: (name: string) => string;
  logout: string;
  loggedIn: string;
  loggedOut: string;
  /** Shown when an error's own message cannot be loaded (the network is down, most likely). */
  failed: string;
  /** The badge of a comment by a moderator or an administrator. */
  staff: string;
  /** The thread could not load (API unreachable, or the page's origin not allowed), and its button. */
  unavailable: string;
  retry: string;
}

/** The language of a widget and its messages. */
export interface I18n {
  lang: Lang;
  t: Messages;
}
