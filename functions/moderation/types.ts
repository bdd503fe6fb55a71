/**
 * Moderation: the public shapes of the report route, for the widget. Types only, no runtime code,
 * so zod never enters the embed bundle.
 */
export type { ReportBody, ReportReason } from './schemas.js';

/** The answer of `POST /v1/comments/{id}/reports`: that it was received, and nothing else. */
export interface ReportAnswer {
  reported: true;
}
