/**
 * Shared: the error contract every client reads (the codes, their parameters, field issues, the
 * body of an error answer). Types only, re-exported from where the lists live, so the widget
 * imports them without the error classes or the HTTP mapping.
 */
export type { ErrorCode, ErrorParams, FieldIssue, IssueCode, IssueParams } from './errors.js';
export type { ErrorBody } from './http/errors.js';
