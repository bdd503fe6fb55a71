/**
 * Moderation: the public shapes of the report route and of the moderators' routes, for the widget
 * and the console. Types only, no runtime code, so zod never enters the embed bundle.
 */
import type {
  Comment,
  CommentStatus,
  HeldBy,
  LogEntry,
  MemberNote,
  MemberStanding,
  MemberWarning,
} from '../comments/types.js';
import type { ErrorCode } from '../shared/types.js';

export type { ModerationQueue as Queue } from '../comments/types.js';
export type { Action, DecisionsBody, PageNameBody, ReportBody, ReportReason } from './schemas.js';

/** The answer of `POST /v1/comments/{id}/reports`: that it was received, and nothing else. */
export interface ReportAnswer {
  reported: true;
}

/** A queued comment with its article, the parent it answers, why it was held and its reports. */
export interface QueueItem {
  comment: Comment;
  site: string;
  page: { id: string; title: string | null; url: string | null; closed: boolean };
  parent: Comment | null;
  /**
   * Why it waits or was refused now: the deciding reason, with what the rule matched; null when
   * nothing holds it (an approved comment), the reports' reason when readers reported it.
   */
  heldBy: HeldBy | null;
  /** Every reason it waits or was refused now, `heldBy` first (each rule the pipeline found). */
  reasons: HeldBy[];
  /** The text readers saw before the author's edit that sent it back to the queue; else null. */
  previousBody: string | null;
  /** Readers' reports: how many, and how many of each reason. */
  reports: { count: number; reasons: Record<string, number> };
  /** The author: an account id, or `guest:` and a hash of the email (the author filter's value). */
  authorKey: string;
  /** Published at posting and not yet looked at by a moderator: it is in the `unreviewed` queue. */
  unreviewed: boolean;
}

/** The answer of `GET /v1/moderation/queue`: a page of a queue, oldest first (`unreviewed`: newest first). */
export interface QueuePage {
  comments: QueueItem[];
  /** Pass as `cursor` for the next page; null when there are no more. */
  nextCursor: string | null;
}

/**
 * A decision refused because the comment is no longer as the moderator saw it: its state now, and
 * the last thing done to it (its last log entry besides refused attempts; null when none says).
 */
export interface DecisionConflict {
  status: CommentStatus;
  pinned: boolean;
  last: { actorName: string; action: string; at: string } | null;
}

/** The outcome of one decision: the comment's new state, or why it was not applied. */
export type DecisionResult =
  | { id: string; ok: true; status: CommentStatus; pinned: boolean }
  | { id: string; ok: false; error: { code: ErrorCode; message: string }; conflict?: DecisionConflict };

/** The answer of `POST /v1/moderation/decisions`: one result per distinct id, in order. */
export interface DecisionResults {
  results: DecisionResult[];
}

/** The answer of `POST /v1/moderation/bans/{userId}`: the end of the ban, or 'forever'. */
export interface BanAnswer {
  userId: string;
  bannedUntil: string;
}

/** The answer of `DELETE /v1/moderation/bans/{userId}`. */
export interface BanLifted {
  userId: string;
  bannedUntil: null;
}

/** The answer of `PUT /v1/moderation/users/{userId}/note`: the note, added to the author's notes. */
export interface NoteAnswer {
  userId: string;
  note: string;
  entry: MemberNote;
}

/** The answer of `POST /v1/moderation/users/{userId}/warnings`: the warning the author will see. */
export interface WarningAnswer {
  userId: string;
  warning: MemberWarning;
}

/** The answer of `PUT /v1/moderation/pages`. */
export interface PageClosed {
  site: string;
  page: string;
  closed: boolean;
}

/** The answer of `PATCH /v1/moderation/pages`: the article's title and URL as moderators now see them. */
export interface PageNamed {
  site: string;
  page: string;
  title: string | null;
  url: string | null;
}

/** The answer of `GET /v1/moderation/users/{userId}`: the author panel. */
export interface AuthorHistory {
  userId: string;
  /** The name of their newest comment on the site; null when they have none. */
  name: string | null;
  /** When the account was created, or (a guest) their first comment on the site; null when unknown. */
  joinedAt: string | null;
  joinedWith: 'account' | 'first_comment';
  member: MemberStanding;
  /** The author's comments on the site by status (of the first 500 read). */
  counts: Partial<Record<CommentStatus, number>>;
  /** Readers' reports on those comments: how many in all, and on how many comments. */
  reports: { total: number; comments: number };
  /** Bans and lifts of bans, newest first, from the audit log (entries since the author log). */
  bans: LogEntry[];
  /** The moderators' notes on the author, newest first, each with who wrote it and when. */
  notes: MemberNote[];
  /** The latest warning to the author, dismissed or not; null when never warned. */
  warning: MemberWarning | null;
  /** The latest 20, newest first, each with its article. */
  comments: (Comment & { page: string })[];
}

/** The answer of `GET /v1/moderation/log`: a page of the audit log, newest first. */
export interface LogPage {
  entries: LogEntry[];
  /** Pass as `cursor` for the next page; null when there are no more. */
  nextCursor: string | null;
}
