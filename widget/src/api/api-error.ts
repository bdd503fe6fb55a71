/** API client: the one error type the widget sees, carrying a code it can translate. */
import type { ErrorCode, ErrorParams, FieldIssue } from '../../../functions/shared/types.js';

export type { ErrorParams };

/** The parameters an error's message may use (`rate_limited {retryAfter}`…); none for most codes. */
export type AnyErrorParams = Partial<ErrorParams[keyof ErrorParams]>;

/** Codes the widget raises itself: no answer at all, an unknown answer, a check before sending. */
export type ClientErrorCode = 'network_error' | 'unknown_error' | 'invalid_email' | 'name_required';

/** Every code the widget has a message for. */
export type AnyErrorCode = ErrorCode | ClientErrorCode;

/** A failed request (or a local check), with the server's stable code and HTTP status (0: none). */
export class ApiError extends Error {
  constructor(
    readonly code: AnyErrorCode,
    readonly status = 0,
    /** The server's per-field problems of an `invalid_request` (the console shows them by its fields). */
    readonly issues: readonly FieldIssue[] = [],
    /** The server's `error.params`, for a message that says how long, how many… */
    readonly params: AnyErrorParams = {},
  ) {
    super(code);
  }
}

/** The code of anything thrown, for messages: non-API failures count as unknown. */
export const errorCode = (error: unknown): AnyErrorCode =>
  error instanceof ApiError ? error.code : 'unknown_error';
