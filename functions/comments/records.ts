/** Comments: what the repository stores and returns, before the service shapes it for the API. */
import type { HeldBy, HeldByPhase } from './pipeline/reasons.js';
import type { ListedComment } from './thread-projection.js';
import type { CommentStatus, Statement } from './types.js';

/** `heldBy` as items written before reasons had codes still hold it: an English sentence. */
export interface LegacyHeldBy {
  /** The same names as today's (git history has no other). */
  phase: HeldByPhase;
  reason: string;
  code?: undefined;
}

export interface CommentRecord {
  id: string;
  site: string;
  page: string;
  parentId: string | null;
  /** Ids from the top-level comment down to this one, joined by "/". */
  path: string;
  depth: number;
  /** Account id, or null for a guest. */
  authorId: string | null;
  authorName: string;
  /** Who wrote it, for "all comments of an author": the account id, or a guest key (`guest:h1.` + an HMAC of the email: shared/guest-key.ts). */
  authorKey: string;
  /** Set when a moderator or an administrator posted it (their groups at that time). */
  authorStaff?: boolean;
  /** A publisher's reader's badges when they posted ("Abonné"), from the site's own sign-in. */
  authorBadges?: string[];
  /** A guest's email: private, never returned by a public route. */
  guestEmail?: string;
  /** A guest's proof of authorship, given once in the POST answer: lets them see it while held. */
  receipt?: string;
  body: string;
  status: CommentStatus;
  createdAt: string;
  editedAt?: string;
  replyCount: number;
  /** Published comments at any depth below this one (absent on comments older than the field). */
  threadCount?: number;
  /** The answered comment, when it is not the parent (a reply at the deepest level). */
  replyTo?: { id: string; name: string };
  /** An account deletion removed it from the thread: it never comes back as a placeholder. */
  removedFromThread?: boolean;
  reactions: Record<string, number>;
  /** Sum of reaction counts, the rank in `top` order. */
  score?: number;
  /** The moderation phase that held or rejected it (or `moderator`, `reports`), and why, as a reason code. */
  heldBy?: HeldBy | LegacyHeldBy;
  /**
   * Every rule that matched when the pipeline held or refused it, `heldBy` first; reset to the one
   * reason by a moderator's or the reports' hold. Absent on items written before the list.
   */
  reasons?: HeldBy[];
  /** The text an author's edit replaced when the pipeline held that edit; gone at the next decision. */
  previousBody?: string;
  /** A moderator's own words for the last decision, shown to the author (`moderation.note`). */
  decisionReason?: string;
  /** Set once it has been approved: an author's approved count counts it once. */
  approvedOnce?: boolean;
  /**
   * Reader reports of the current round: count, by reason, and whether they await a moderator. A
   * moderator's decision that settles them closes the round: both counts start again at zero.
   */
  reportCount?: number;
  reportReasons?: Record<string, number>;
  reported?: boolean;
  /** The current round of reports (absent: 0); each report item carries the round it counted in. */
  reportRound?: number;
  /** Illegal-content notices (DSA art. 16) awaiting a decision, and the current round of them. */
  noticeCount?: number;
  noticeRound?: number;
  /** The statement of reasons (DSA art. 17) of the last decision on notices that restricted it. */
  statement?: Statement;
  pinned?: boolean;
  /** Published at posting without a human look (a post-moderated site): in `unreviewed` until a moderator decides. */
  unreviewed?: boolean;
  /** When it entered the queue it waits in, its place there; absent: since it was posted (`createdAt`). */
  queuedAt?: string;
  /** Posted from a network prefix a banned guest posted from (a signal for moderators, not a refusal). */
  bannedNetwork?: boolean;
}

export interface PageRecord {
  site: string;
  page: string;
  commentCount: number;
  pendingCount: number;
  reactions: Record<string, number>;
  closed: boolean;
  /** Copies of the pinned comments, kept on the page record so the first Query returns them. */
  pinned: CommentRecord[];
  /** The article's title and URL: the moderator's when `edited`, else as the site's page last gave them. */
  title?: string;
  url?: string;
  /** Who set the title and URL by hand, and when: comments no longer change them. */
  edited?: { by: string; at: string };
  /** When the page record was created (its first comment, closing, naming or reaction): `autoCloseAfterDays` counts from it. */
  createdAt?: string;
  /** When a moderator last reopened it: `autoCloseAfterDays` counts from then too (a reopened old article stays open). */
  reopenedAt?: string;
}

/** Where a thread listing resumes: opaque to the service, produced and read by the repository. */
export interface ThreadPosition {
  afterId: string;
  threadKey: string;
}

export interface ThreadSlice {
  /** Present when the slice starts at the top of the thread and the page has a record. */
  page?: PageRecord;
  /** Only the fields the list shows (thread-projection.ts): the Query fetches no other. */
  comments: ListedComment[];
  /** Set when more comments follow the last one of this slice. */
  next?: ThreadPosition;
}
