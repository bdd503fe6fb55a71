/** i18n: the English error messages, a chunk loaded when the first error is shown. */
import type { ErrorMessages } from './messages.js';

// Codes a reader cannot act on one by one share a message: fewer bytes for the same advice.
const reload = 'Something went wrong: reload the page and try again.';
const retry = 'Something went wrong on our side. Try again.';
const n = (value: number) => value.toLocaleString('en');
// "40 seconds", "2 minutes": a wait rounded up to the minute past one minute.
const wait = (seconds: number) =>
  seconds < 60
    ? `${n(seconds)} second${seconds === 1 ? '' : 's'}`
    : `${n(Math.ceil(seconds / 60))} minute${seconds > 60 ? 's' : ''}`;

/** English messages of every error code. */
export const errors: ErrorMessages = {
  invalid_json: reload,
  invalid_request: 'Some fields are not valid. Check them and try again.',
  invalid_cursor: reload,
  body_empty: 'Your comment is empty.',
  body_too_long: ({ length, max }) =>
    length && max
      ? `Your comment is too long (${n(length)} characters; ${n(max)} at most).`
      : 'Your comment is too long.',
  parent_not_found: 'The comment you are replying to no longer exists.',
  parent_too_deep: 'Replies are no longer possible at this level of the discussion.',
  invalid_code: 'This code is not valid or has expired.',
  invalid_mfa_code: 'This code is not the right one: type the one your app shows now.',
  mfa_session_expired: 'The time to type the code has run out: log in again.',
  reaction_type_not_enabled: 'This reaction is not offered on this site.',
  password_too_weak: 'Password too weak: at least 8 characters.',
  report_text_required: 'Say in a few words what is wrong with this comment.',
  reporter_email_required: 'Give your email to report this comment.',
  notifier_required: 'A notice of illegal content must give your name and email.',
  good_faith_required: 'Tick the statement of good faith to send this notice.',
  invalid_credentials: 'Invalid username and/or password',
  sso_token_expired: 'Your session on this site has expired: log in again.',
  sso_token_not_yet_valid: 'Your session on this site could not be opened: try again in a moment.',
  sso_unknown_key: 'Your session on this site could not be verified: log in again.',
  sso_algorithm_refused: 'Your session on this site could not be verified: log in again.',
  sso_bad_signature: 'Your session on this site could not be verified: log in again.',
  sso_claims_invalid: 'Your session on this site could not be read: log in again.',
  sso_disabled: 'This site does not (or no longer) accept its own sign-in: contact the editorial team.',
  sso_wrong_site: 'Your session is for another site: log in again on this one.',
  sso_profile_managed: 'Your name is changed on your account with this site.',
  mfa_required:
    "This site requires two-step sign-in of its staff: turn it on in the console's Security page.",
  accounts_not_accepted: 'This site only accepts its own sign-in: log in with your account there.',
  invitation_not_valid:
    'This invitation link no longer works (used, withdrawn or expired): ask the site administrator for a new one.',
  mail_not_sent: 'The email could not be sent; what was saved is still saved. Try again in a moment.',
  sso_role_not_allowed: "This site's sign-in is misconfigured: contact the editorial team.",
  unauthorized: 'Your session has expired: please log in again.',
  forbidden: 'You are not allowed to do this.',
  origin_not_allowed: 'This site does not accept comments from this page.',
  guests_not_allowed: 'Log in to comment on this article.',
  page_closed: 'Comments are closed on this article.',
  page_url_not_allowed: "The article's address must be on one of the site's own domains.",
  webhook_url_refused:
    'This webhook address is refused: it must be https:// and reach a public internet address.',
  account_not_confirmed: 'Your account is not confirmed yet: enter the code we emailed you.',
  banned: ({ until }) =>
    until
      ? `Your account can no longer post comments until ${new Date(until).toLocaleDateString('en', { dateStyle: 'long' })}.`
      : 'Your account can no longer post comments.',
  own_ban: 'Another moderator must lift your ban.',
  edit_window_closed: 'The time to edit this comment has passed (you can still delete it).',
  not_found: reload,
  site_not_found: 'Comments are not set up for this site.',
  comment_not_found: 'This comment no longer exists.',
  method_not_allowed: reload,
  conflict: retry,
  name_taken: 'This is the name of a registered reader: choose another one or log in.',
  action_not_allowed: 'This action is not possible on this comment.',
  already_reported: 'You have already reported this comment.',
  export_running: 'An export of this site is already running: wait for it to finish.',
  follows_full:
    'You already follow as many articles as you may: unfollow one in “My account” to follow another.',
  payload_too_large: 'Your message is too large.',
  unsupported_media_type: reload,
  idempotency_key_reused: 'Your comment changed while it was being sent: post it again.',
  rate_limited: ({ retryAfter }) =>
    retryAfter
      ? `You are posting too fast: try again in ${wait(retryAfter)}.`
      : 'You are posting too fast: wait a moment.',
  internal_error: retry,
  service_unavailable: 'The service is briefly unavailable. Nothing was saved: try again.',
  network_error: 'Cannot connect. Check your network and try again.',
  unknown_error: retry,
  invalid_email: 'We did not recognise your email; please enter a valid email address',
  name_required: 'Please enter your name.',
};
