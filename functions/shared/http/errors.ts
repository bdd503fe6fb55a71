/**
 * Shared HTTP layer: the one list of error codes a client can receive, and their statuses.
 * The widget maps every code to a translated message, so codes are stable API.
 */
export const errorStatuses = {
  invalid_json: 400,
  invalid_request: 400,
  invalid_cursor: 400,
  body_empty: 400,
  body_too_long: 400,
  parent_not_found: 400,
  parent_too_deep: 400,
  invalid_code: 400,
  reaction_type_not_enabled: 400,
  password_too_weak: 400,
  report_text_required: 400,
  reporter_email_required: 400,
  notifier_required: 400,
  good_faith_required: 400,
  invalid_credentials: 401,
  unauthorized: 401,
  forbidden: 403,
  origin_not_allowed: 403,
  guests_not_allowed: 403,
  page_closed: 403,
  account_not_confirmed: 403,
  banned: 403,
  edit_window_closed: 403,
  not_found: 404,
  site_not_found: 404,
  comment_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  name_taken: 409,
  action_not_allowed: 409,
  already_reported: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatuses;

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

/** The one error type thrown by services and handlers; the wrapper turns it into a JSON response. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
    readonly params?: ParamsOf<ErrorCode>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = errorStatuses[code];
  }
}

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: FieldIssue[]; params?: ErrorParams[keyof ErrorParams] };
}
