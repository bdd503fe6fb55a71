/**
 * Comments: the public shapes the API returns. Plain types with no runtime code, so the widget
 * imports them without pulling zod or the SDK into its bundle.
 */

import type { PublicSiteSettings } from '../sites/types.js';
import type { HeldByPhase, Reason, ReasonCode } from './pipeline/reasons.js';

export type {
  ClassifierSignal,
  HeldBy,
  HeldByPhase,
  HoldPhase,
  Reason,
  ReasonCode,
  ReasonParams,
} from './pipeline/reasons.js';

/**
 * Why a comment is not public, as a reason code and its parameters (never a sentence: clients
 * translate it), the phase that gave it (`moderator`, `reports`, or a pipeline phase; null when
 * unknown), and a moderator's own words when they gave some.
 */
export type CommentModeration = Reason & {
  phase: HeldByPhase | null;
  note?: string;
  /** The statement of reasons of a decision on notices of illegal content that removed it. */
  statement?: Statement;
};

/**
 * A statement of reasons (EU Digital Services Act, art. 17) for a moderator's decision on notices
 * of illegal content: what was decided, the facts, the ground (a law or the site's charter, named
 * and explained), the redress open to the author, and whether automated means took part.
 */
export interface Statement {
  /** `remove`: the comment is no longer shown (rejected); `keep`: it stays published. */
  decision: 'keep' | 'remove';
  /** The facts and circumstances the decision rests on (art. 17(3)(b)). */
  facts: string;
  /** A law (art. 17(3)(d)) or the site's charter (art. 17(3)(e)), by name, and why it applies. */
  ground: { kind: 'law' | 'charter'; name: string; explanation: string };
  /** How the author may contest it: internal complaint, out-of-court settlement, the courts. */
  redress: string;
  /** Whether automated means detected or decided it (art. 17(3)(c)). */
  automated: boolean;
  /** Taken on notices (art. 16); when. */
  notice: true;
  at: string;
}

export type CommentStatus = 'pending' | 'approved' | 'rejected' | 'spam' | 'deleted';

/**
 * A moderation queue: one per waiting status, `reported` for published comments readers reported,
 * `notices` for comments with notices of illegal content (DSA art. 16) awaiting a decision, and
 * `unreviewed` for comments published at posting that no moderator has looked at yet.
 */
export type ModerationQueue =
  | 'pending'
  | 'reported'
  | 'notices'
  | 'unreviewed'
  | 'rejected'
  | 'spam'
  | 'approved';

/** `top`: top-level comments by reaction score, then newest; their replies are fetched by `thread`. */
export type CommentSort = 'newest' | 'oldest' | 'top';

export interface CommentAuthor {
  /**
   * The author's pseudonym on this site (`a_…`: never the same on another site, never the
   * account's own id); null for a guest.
   */
  id: string | null;
  /**
   * For the site's staff only: the author's internal key (the account id, or a guest's key), which
   * the moderation routes take (ban, note, history).
   */
  key?: string;
  name: string;
  guest: boolean;
  /**
   * Written by a moderator or an administrator (the widget shows "Modération"): taken from the
   * account's groups when the comment was posted, never from anything a guest sends.
   */
  staff: boolean;
  /**
   * Badges the site's own sign-in gave a reader when they posted ("Abonné", "Journaliste"): set by
   * the publisher's signed token, never by anything a reader sends. Absent when none.
   */
  badges?: string[];
}

export interface Comment {
  id: string;
  parentId: string | null;
  /** 0 for a top-level comment, 1 for a reply to it, and so on. */
  depth: number;
  author: CommentAuthor;
  /** Plain text; line breaks are "\n". Never HTML. */
  body: string;
  createdAt: string;
  editedAt: string | null;
  status: CommentStatus;
  reactions: Record<string, number>;
  /** Published direct replies under this comment. */
  replyCount: number;
  /**
   * Published replies at any depth under this comment: for a top-level comment, the replies
   * `thread=` lists (with, besides them, the placeholders of deleted comments they hang from).
   */
  threadCount: number;
  /**
   * The comment this one answers when it is not its parent: a reply to a comment at the site's
   * deepest level is stored beside it, under the same parent. The name is as it was when posted.
   */
  replyTo: { id: string; name: string } | null;
  /** Replies present in this response, in thread order. */
  replies: Comment[];
  /** Pinned by a moderator: it also leads the thread (see PageSummary.pinned). */
  pinned: boolean;
  /**
   * Why a comment is not public (pending, rejected, spam): the rule that held it or the
   * moderator's reason. Only its author and moderators ever see such a comment.
   */
  moderation: CommentModeration | null;
}

export interface PageSummary {
  site: string;
  page: string;
  /** Published comments on the article, replies included. */
  commentCount: number;
  reactions: Record<string, number>;
  closed: boolean;
  /** Comments a moderator pinned, shown before the thread. */
  pinned: Comment[];
}

export interface CommentList {
  /** The article's counts; null when listing one thread's replies (`thread=`). */
  page: PageSummary | null;
  site: PublicSiteSettings;
  /**
   * The comments of this response, in thread order, nested under their parents. A reply whose
   * parent was on an earlier page is listed at this level, with its `parentId`.
   */
  comments: Comment[];
  /** Pass as `cursor` to get the next comments; null when there are no more. */
  nextCursor: string | null;
}

/**
 * The answer of `GET /v1/comments/mine`: what of an article's thread is the caller's own, never
 * cached (`private, no-store`). The widget asks for it beside the shared first page, only for a
 * signed-in reader or a guest holding receipts, and merges it in.
 */
export interface ReaderThread {
  /**
   * The caller's comments the shared page may not show them: those the public does not see
   * (pending, rejected; a guest's, proven by their receipts), and their published ones of the
   * last minute, which the CDN's copy may still lack. Each on its own (`replies` empty).
   */
  comments: Comment[];
  /** With a token: the caller's reactions on the article and on its comments (by id). */
  myReactions?: { page: string[]; comments: Record<string, string[]> };
  /** With a token, when the caller is banned on the site: its end (null: for good). */
  myBan?: { until: string | null };
  /** With a token: the moderators' warning to this reader, until they dismiss it. */
  warning?: ReaderWarning;
  /** With a token: whether the caller follows the article (its daily digest). */
  following?: boolean;
  /** With a token: the caller's own pseudonym on the site, to recognise their comments. */
  viewer?: { authorId: string };
}

/** A first page as the widget shows it: the shared page with the reader's own part merged in. */
export type ReaderList = CommentList & Omit<ReaderThread, 'comments'>;

/** A moderators' warning as its reader sees it: the words, and when (never who wrote it). */
export interface ReaderWarning {
  id: string;
  message: string;
  at: string;
}

/** The answer of `DELETE /v1/warnings/{id}`: the warning is dismissed, and stays so. */
export interface WarningDismissed {
  id: string;
  dismissedAt: string;
}

export interface CreatedComment {
  comment: Comment;
  /**
   * For a guest: keep it and send it back as `receipts=<id>.<receipt>` to see this comment in
   * the thread while it waits for a moderator (a guest has no account to prove authorship).
   */
  receipt?: string;
}

/** The answer of `PATCH` and `DELETE /v1/comments/{id}`: the comment as it is now. */
export interface CommentAnswer {
  comment: Comment;
}

/** The answer of `GET /v1/counts`: published comments per article, replies included. */
export interface PageCounts {
  counts: Record<string, number>;
}

/** One entry of the audit log, as written and as `GET /v1/moderation/log` returns it. */
export interface LogEntry {
  at: string;
  site: string;
  page: string;
  /** Empty for decisions about an article or an author. */
  commentId: string;
  /** The author a ban or note is about. */
  userId?: string;
  /** The moderator's (or the system's) account id, and their name at the time. */
  actorId: string;
  actorName: string;
  action: string;
  from?: string;
  to?: string;
  /** A moderator's own words. */
  reason?: string;
  /** A refused attempt (`conflict`): the action the moderator asked for, and the status they saw. */
  attempted?: string;
  seen?: string;
  /** Why the system (the pipeline on an edit, readers' reports) moved it, as a reason code. */
  code?: ReasonCode;
  params?: Reason['params'];
  /** A ban's end (`ban`): an ISO date, or 'forever'. */
  until?: string;
  /** A change to the site's team (`team_*`): the member's email; `from` and `to` are roles then. */
  member?: string;
  /** A moderator's edit of an article (`page_edit`): the title and URL set. */
  title?: string;
  url?: string;
  /**
   * What a readable row needs, written with the entry (entries older than 2026-12-02 lack them):
   * the first characters of the comment's text as the decision found it, its author's name and
   * key (a ban's or note's author too).
   */
  excerpt?: string;
  authorName?: string;
  authorKey?: string;
  /** A hold or refusal at posting (`held`, `refused`): every rule that matched, `code` first. */
  reasons?: Reason[];
}

/** One day of a site's counters: comments posted, and comments that reached each status that day. */
export type DayStats = { day: string } & Record<'posted' | CommentStatus, number>;

/** The answer of `GET /v1/moderation/stats`: the last days, oldest first, each with every counter. */
export interface DailyStats {
  days: DayStats[];
}

/**
 * An author's standing on a site ("member"), as moderators read it. The answer also carries
 * `lastBodyHash` and `recentBodyHashes` (the pipeline's repeat check), which are not part of the
 * contract.
 */
export interface MemberStanding {
  /** Comments of this author ever approved on the site. */
  approvedCount: number;
  /** ISO date the ban ends, or 'forever'; absent when not banned. */
  bannedUntil?: string;
  banReason?: string;
  /** The moderators' note on the author. */
  note?: string;
}

/** The JSON answer of `POST /v1/guests/confirm`: the guest's email is confirmed on the site. */
export interface GuestConfirmed {
  confirmed: true;
  /** The link also turned on reply alerts (the guest ticked "Me prévenir des réponses"). */
  replyAlerts: boolean;
}

/** One moderator's note on an author, with who wrote it and when (the author panel's history). */
export interface MemberNote {
  text: string;
  byId: string;
  byName: string;
  at: string;
}

/** A moderators' warning to an author, as moderators read it: who wrote it, and whether it was dismissed. */
export interface MemberWarning extends ReaderWarning {
  byId: string;
  byName: string;
  /** When the reader dismissed it in the widget; absent while it is still shown to them. */
  dismissedAt?: string;
}
