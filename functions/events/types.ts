/**
 * Events: what the comments table's stream says happened, as the riders (alerts, decisions told,
 * webhooks) read it. One stream record gives zero or more events; an event's `id` is unique and
 * stable across the stream's retries and replays (the record's event id, then the event's type),
 * so every effect of it is recorded once (`ledger.ts`).
 */
import type { CommentRecord } from '../comments/records.js';
import type { Statement } from '../comments/types.js';

export type CommentEventType =
  | 'comment.created'
  | 'comment.published'
  | 'comment.refused'
  | 'comment.deleted'
  | 'comment.edited'
  | 'comment.reported';

/** Every event type, as webhooks name them. `comment.refused` covers rejected and spam. */
export type EventType = CommentEventType | 'notice.received' | 'decision.made';

interface EventBase {
  /** `<stream event id>:<type>`: the same on every delivery of the record. */
  id: string;
  /** When the change was written (the stream's approximate time, ISO). */
  at: string;
  site: string;
  page: string;
  commentId: string;
}

/** A comment's life: created, published, refused (rejected or spam), deleted, edited, reported. */
export interface CommentEvent extends EventBase {
  type: CommentEventType;
  /** The comment as written by this change. */
  comment: CommentRecord;
  /** The comment before it (absent for `comment.created`). */
  previous?: CommentRecord;
}

/** The private part of a notice item a rider may need (whom to tell): never in a webhook. */
export interface NoticeParty {
  reporterKey: string;
  reporterName?: string;
  reporterEmail?: string;
  userId: string | null;
}

/** An illegal-content notice (DSA art. 16) arrived on a comment. */
export interface NoticeEvent extends EventBase {
  type: 'notice.received';
  reason: string;
  text?: string;
  notifier: NoticeParty;
}

/** A moderator decided on a comment's notices: the statement of reasons (DSA art. 17). */
export interface DecisionEvent extends EventBase {
  type: 'decision.made';
  statement: Statement;
  /** Whom the statement is for: an account id, or a guest key. */
  authorKey: string;
  /** The notices it answers (their `N#` sort keys' reporter keys). */
  notifierKeys: string[];
}

/**
 * A moderator warned a reader on a site (issue 14, point 8): a new `warning` on their member
 * item. Not a comment's event (`page` and `commentId` are empty) and offered to no webhook.
 */
export interface WarningEvent extends EventBase {
  type: 'author.warned';
  /** The warned account's id (warnings are for accounts only). */
  authorKey: string;
  warning: { id: string; message: string };
}

/** The events a webhook can subscribe to (a warning is between the moderators and the reader). */
export type WebhookEvent = CommentEvent | NoticeEvent | DecisionEvent;

export type DomainEvent = WebhookEvent | WarningEvent;
