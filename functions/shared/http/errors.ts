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

/** A problem detail attached to `invalid_request`, one per offending field. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The one error type thrown by services and handlers; the wrapper turns it into a JSON response. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = errorStatuses[code];
  }
}

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: FieldIssue[] };
}
