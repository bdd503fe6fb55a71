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
  ModerationQueue,
  Statement,
} from '../comments/types.js';
import type { ErrorCode } from '../shared/types.js';

export type { ModerationQueue as Queue } from '../comments/types.js';
export type {
  Action,
  BanBody,
  BanPreset,
  DecisionsBody,
  LogAction,
  ModeratorAlertsBody,
  NoticeDecisionBody,
  PageNameBody,
  ReportBody,
  ReportReason,
} from './schemas.js';

import type { LogAction, ReportReason } from './schemas.js';

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
  /**
   * Readers' reports of the current round (a moderator's "keep" closes a round): how many, how
   * many of each reason, and each one with its reader's words.
   */
  reports: { count: number; reasons: Record<string, number>; items: ReportView[] };
  /** Notices of illegal content (DSA art. 16) awaiting a decision: how many, and each one. */
  notices: { count: number; items: NoticeView[] };
  /** The author: an account id, or `guest:h1.` and an HMAC of the email (the author filter's value). */
  authorKey: string;
  /** Published at posting and not yet looked at by a moderator: it is in the `unreviewed` queue. */
  unreviewed: boolean;
  /** Posted from the network prefix of a banned guest ("même réseau qu'un auteur banni"): a signal only. */
  bannedNetwork: boolean;
}

/** How many comments each queue of the site holds (kept exactly, in the transactions that move them). */
export type QueueCounts = Record<ModerationQueue, number>;

/** Who sent a report or a notice, for moderators only: a name (none for an anonymous notice), guest or account. */
export interface Reporter {
  name: string | null;
  guest: boolean;
}

/** One reader's report, as moderators read it (no public answer ever carries it). */
export interface ReportView {
  reason: ReportReason;
  /** The reader's own words; null when they gave none. */
  text: string | null;
  reporter: Reporter;
  at: string;
}

/** One notice of illegal content, as moderators read it: the notifier's explanation and what they saw. */
export interface NoticeView {
  /** Why the notifier holds the comment illegal (the law, and why). */
  text: string;
  reporter: Reporter;
  at: string;
  /** Child sexual abuse (arts. 3 to 7 of Directive 2011/93/EU): name and email were optional. */
  exemptOffence: boolean;
  /** The comment as the notifier saw it. */
  seen: { body: string; authorName: string; editedAt: string | null };
}

/**
 * The answer of `GET /v1/moderation/queue`: a page of a queue, oldest first (`unreviewed`: newest
 * first); with `since`, the comments that entered the queue after that moment instead.
 */
export interface QueuePage {
  comments: QueueItem[];
  /** Pass as `cursor` for the next page; null when there are no more (always null with `since`). */
  nextCursor: string | null;
  /** Every queue's count, as of this answer: the console's tabs. */
  counts: QueueCounts;
  /** Pass as `since` to poll what entered the queue after this answer (a few seconds overlap). */
  asOf: string;
}

/** What `GET /v1/moderation/search` answers: matching comments, newest first, shown as in a queue. */
export interface SearchPage {
  comments: QueueItem[];
  /** How the query was read: `words` (text and names) or `email` (an author's comments). */
  by: 'words' | 'email';
  /** More comments matched than were returned: narrow the search (more words, fewer days). */
  more: boolean;
}

/**
 * A decision refused because the comment is no longer as the moderator saw it: its state now, and
 * the last thing done to it (its last log entry besides refused attempts; null when none says).
 */
export interface DecisionConflict {
  status: CommentStatus;
  pinned: boolean;
  /** The last logged change: by whom (`system` for the automatic rules, whose name is internal). */
  last: { actorName: string; system: boolean; action: string; at: string } | null;
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
  /** An account's ban also bans its email as a guest on the site. */
  coversGuest: boolean;
  /** A guest's ban flags the network prefix it last posted from (asked with `network`, and one was known). */
  network: boolean;
  /** How many pending comments were rejected (`rejectPending`). */
  rejected: number;
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

/**
 * The filters of `GET /v1/moderation/log`: a date range (ISO instants or days, both included), the
 * moderator's id (or `system`), an action, an article, an author key.
 */
export interface LogFilters {
  from?: string;
  to?: string;
  moderator?: string;
  action?: LogAction;
  page?: string;
  author?: string;
  /** One comment's entries only. */
  comment?: string;
}

/** An entry as `GET /v1/moderation/log` returns it, with its article's title and URL as they are now. */
export interface LogRow extends LogEntry {
  pageTitle: string | null;
  pageUrl: string | null;
}

/** The answer of `GET /v1/moderation/log`: a page of the audit log, newest first. */
export interface LogPage {
  entries: LogRow[];
  /** Pass as `cursor` for the next page; null when there are no more. */
  nextCursor: string | null;
}

/** The answer of `POST /v1/moderation/notices/{id}`: the comment's status now, and the statement recorded. */
export interface NoticeDecision {
  id: string;
  status: CommentStatus;
  /** How many open notices the decision answered. */
  notices: number;
  statement: Statement;
}

/** How often a staff member gets the digest of a site's pending, reported and notices queues. */
export type DigestFrequency = 'off' | '15m' | '1h' | '1d';

/**
 * The answer of `GET` and `PUT /v1/moderation/alerts`: the caller's moderator alerts on a site.
 * Both are off until the staff member turns them on (Coral's notifications are off by default too).
 */
export interface ModeratorAlerts {
  site: string;
  digest: DigestFrequency;
  /** An email at once for each illegal-content notice on the site. */
  notices: boolean;
  /** When the next digest is due (ISO); null when the digest is off. */
  nextDigestAt: string | null;
}
