/**
 * Shared HTTP layer: the status of each domain error code (exhaustive, so a new code needs its
 * status to compile) and the JSON body of every error response.
 */
import type { ErrorCode, ErrorParams, FieldIssue } from '../errors.js';

/** The HTTP status each error code answers with. */
export const errorStatuses: Record<ErrorCode, number> = {
  invalid_json: 400,
  invalid_request: 400,
  invalid_cursor: 400,
  body_empty: 400,
  body_too_long: 400,
  parent_not_found: 400,
  parent_too_deep: 400,
  invalid_code: 400,
  invalid_mfa_code: 400,
  mfa_session_expired: 401,
  reaction_type_not_enabled: 400,
  password_too_weak: 400,
  report_text_required: 400,
  reporter_email_required: 400,
  notifier_required: 400,
  good_faith_required: 400,
  page_url_not_allowed: 400,
  webhook_url_refused: 422,
  invalid_credentials: 401,
  sso_token_expired: 401,
  sso_token_not_yet_valid: 401,
  sso_unknown_key: 401,
  sso_algorithm_refused: 401,
  sso_bad_signature: 401,
  sso_claims_invalid: 400,
  sso_role_not_allowed: 403,
  sso_disabled: 403,
  sso_wrong_site: 403,
  sso_profile_managed: 409,
  accounts_not_accepted: 403,
  invitation_not_valid: 404,
  mail_not_sent: 502,
  mfa_required: 403,
  unauthorized: 401,
  forbidden: 403,
  origin_not_allowed: 403,
  guests_not_allowed: 403,
  page_closed: 403,
  account_not_confirmed: 403,
  banned: 403,
  own_ban: 403,
  edit_window_closed: 403,
  not_found: 404,
  site_not_found: 404,
  comment_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  name_taken: 409,
  action_not_allowed: 409,
  already_reported: 409,
  export_running: 409,
  follows_full: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
};

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: FieldIssue[]; params?: ErrorParams[keyof ErrorParams] };
}
