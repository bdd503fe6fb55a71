/**
 * Domain errors: the one list of error codes a client can receive, and the error services throw.
 * The widget maps every code to a translated message, so codes are stable API; the HTTP layer
 * maps each code to a status once (shared/http/errors.ts).
 */
export const errorCodes = [
  'invalid_json',
  'invalid_request',
  'invalid_cursor',
  'body_empty',
  'body_too_long',
  'parent_not_found',
  'parent_too_deep',
  'invalid_code',
  'invalid_mfa_code',
  'mfa_session_expired',
  'reaction_type_not_enabled',
  'password_too_weak',
  'report_text_required',
  'reporter_email_required',
  'notifier_required',
  'good_faith_required',
  'invalid_credentials',
  'sso_token_expired',
  'sso_token_not_yet_valid',
  'sso_unknown_key',
  'sso_algorithm_refused',
  'sso_bad_signature',
  'sso_claims_invalid',
  'sso_role_not_allowed',
  'sso_disabled',
  'sso_wrong_site',
  'sso_profile_managed',
  'accounts_not_accepted',
  'invitation_not_valid',
  'mail_not_sent',
  'mfa_required',
  'unauthorized',
  'forbidden',
  'origin_not_allowed',
  'guests_not_allowed',
  'page_closed',
  'page_url_not_allowed',
  'webhook_url_refused',
  'account_not_confirmed',
  'banned',
  'own_ban',
  'edit_window_closed',
  'not_found',
  'site_not_found',
  'comment_not_found',
  'method_not_allowed',
  'conflict',
  'name_taken',
  'action_not_allowed',
  'already_reported',
  'export_running',
  'follows_full',
  'payload_too_large',
  'unsupported_media_type',
  'idempotency_key_reused',
  'rate_limited',
  'internal_error',
  'service_unavailable',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** What is wrong with a field, as a code and its parameters (clients translate them). */
export interface IssueParams {
  required: Record<string, never>;
  /** Shorter (string), fewer (array) or smaller (number) than `min`. */
  too_small: { min: number; origin: string };
  too_big: { max: number; origin: string };
  invalid_type: { expected: string };
  invalid_value: { options: string[] };
  /** `regex`: characters that are not allowed; otherwise a format such as `email`, `url`, `datetime`. */
  invalid_format: { format: string };
  unknown_fields: { keys: string[] };
  not_in_future: Record<string, never>;
  /** A name too close to a member of the moderation team's. */
  name_reserved: Record<string, never>;
  /** A guest's name that folds to the name of a registered reader of the site. */
  name_taken: Record<string, never>;
  invalid: Record<string, never>;
  /** The end of a date range before its start. */
  range_reversed: Record<string, never>;
  /** A date range holding more entries than one answer gives (a CSV export): `max`. */
  range_too_large: { max: number };
}

export type IssueCode = keyof IssueParams;

/**
 * A problem detail attached to `invalid_request`, one per offending field: a code and its
 * parameters for clients to translate, and an English `message` for API users (never shown).
 */
export type FieldIssue = {
  [C in IssueCode]: { path: string; code: C; params: IssueParams[C]; message: string };
}[IssueCode];

/** The parameters some error codes carry (in `error.params`), for a client's message. */
export interface ErrorParams {
  /** Seconds to wait (also in the Retry-After header). */
  rate_limited: { retryAfter: number };
  body_too_long: { length: number; max: number };
  /** ISO date the ban ends; null for good. */
  banned: { until: string | null };
}

type ParamsOf<C extends ErrorCode> = C extends keyof ErrorParams ? ErrorParams[C] : never;

/** The one error type thrown by services and handlers; the HTTP wrapper turns it into a JSON response. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
    readonly params?: ParamsOf<ErrorCode>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
