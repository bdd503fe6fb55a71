/**
 * Comments: the one status model. Every fact about a status lives here: whether it is published
 * (counted, shown to everyone), whether it keeps a place in the public thread, whether its author
 * sees it there while the public does not, which moderation queue it waits in, how strict it is,
 * and which moderators' actions move it where. Repositories and services ask this module; none
 * spells a list of statuses of its own.
 */
import type { CommentStatus, ModerationQueue } from './types.js';

/** The moderation queues, as a moderator meets them: held first. */
export const QUEUES = [
  'pending',
  'reported',
  'notices',
  'unreviewed',
  'rejected',
  'spam',
  'approved',
] as const satisfies readonly QueueName[];

/** A moderation queue (declared in types.ts, the wire contract). */
export type QueueName = ModerationQueue;

// Every queue of the contract is listed above: a queue added to the type and not here fails to compile.
const _everyQueue: Record<Exclude<QueueName, (typeof QUEUES)[number]>, never> = {};
void _everyQueue;

interface StatusFacts {
  /** Counted on the article and the parent, and shown to every reader. */
  published: boolean;
  /** Keeps a place in the public thread: published, or deleted (a placeholder while replies hang from it). */
  inThread: boolean;
  /** Its author (an account, or a guest with the receipt) sees it in the thread, with why it is held. */
  shownToAuthor: boolean;
  /** Comes with the reason it is not public (`Comment.moderation`). */
  explained: boolean;
  /** The queue it waits in, unless reported; none for a deleted comment. */
  queue: QueueName | undefined;
  /** Order from the most public to the least: an edit may only move a comment to a stricter status. */
  strictness: number;
}

/** The facts of each status (a new status fails the type check until it is described here). */
export const STATUS_FACTS: Readonly<Record<CommentStatus, StatusFacts>> = {
  approved: {
    published: true,
    inThread: true,
    shownToAuthor: false,
    explained: false,
    queue: 'approved',
    strictness: 0,
  },
  pending: {
    published: false,
    inThread: false,
    shownToAuthor: true,
    explained: true,
    queue: 'pending',
    strictness: 1,
  },
  rejected: {
    published: false,
    inThread: false,
    shownToAuthor: true,
    explained: true,
    queue: 'rejected',
    strictness: 2,
  },
  spam: {
    published: false,
    inThread: false,
    shownToAuthor: false,
    explained: true,
    queue: 'spam',
    strictness: 3,
  },
  deleted: {
    published: false,
    inThread: true,
    shownToAuthor: false,
    explained: false,
    queue: undefined,
    strictness: 4,
  },
};

/** Every status, from the most public to the least. */
export const STATUSES = (Object.keys(STATUS_FACTS) as CommentStatus[]).sort(
  (a, b) => STATUS_FACTS[a].strictness - STATUS_FACTS[b].strictness,
);

/** The statuses that have the fact `fact`. */
export const statusesWhere = (fact: 'published' | 'inThread' | 'shownToAuthor' | 'explained') =>
  STATUSES.filter((status) => STATUS_FACTS[status][fact]);

export const isPublished = (status: CommentStatus) => STATUS_FACTS[status].published;

export const isInThread = (status: CommentStatus) => STATUS_FACTS[status].inThread;

/** Is `to` stricter (less public) than `from`? */
export const isStricter = (to: CommentStatus, from: CommentStatus) =>
  STATUS_FACTS[to].strictness > STATUS_FACTS[from].strictness;

/** Where a comment waits, whatever its status, while readers' reports await a moderator's decision. */
export const REPORTED_QUEUE: QueueName = 'reported';

/** The queue a comment waits in: `reported` while readers' reports await a decision, else its status's. */
export function queueOf(record: { status: CommentStatus; reported?: boolean }): QueueName | undefined {
  const { queue } = STATUS_FACTS[record.status];
  return queue && record.reported ? REPORTED_QUEUE : queue;
}

/**
 * Where a comment published at posting waits for a first human look, newest first: a queue over
 * approved comments, not a status (each keeps its `approved` place too). It leaves it with any
 * moderator's decision (approving it again means "reviewed, keep") or any change of its status.
 */
export const UNREVIEWED_QUEUE: QueueName = 'unreviewed';

/**
 * Where a comment with notices of illegal content (DSA art. 16) waits for a decision on them,
 * whatever its status: a queue of marks beside the comment, not a status (notice-marks.ts).
 */
export const NOTICES_QUEUE: QueueName = 'notices';

/**
 * Does a new comment enter `unreviewed`: published by the pipeline alone on a post-moderated site
 * (a moderator's or an administrator's own comment needs no second look).
 */
export const awaitsReview = (
  record: { status: CommentStatus; authorStaff?: boolean },
  moderation: 'pre' | 'post',
) => moderation === 'post' && isPublished(record.status) && record.authorStaff !== true;

/** The moderators' actions that change a status. */
export type StatusAction = 'approve' | 'reject' | 'spam' | 'delete';

/** What each action turns a comment into, and from which statuses it may. */
export const TRANSITIONS: Readonly<
  Record<StatusAction, { to: CommentStatus; from: readonly CommentStatus[] }>
> = {
  approve: { to: 'approved', from: ['pending', 'rejected', 'spam'] },
  reject: { to: 'rejected', from: ['pending', 'approved', 'spam'] },
  spam: { to: 'spam', from: ['pending', 'approved', 'rejected'] },
  delete: { to: 'deleted', from: ['pending', 'approved', 'rejected', 'spam'] },
};

/**
 * The status `action` gives a comment, or undefined when its status does not allow it. Approving
 * a published comment that readers reported is allowed: it settles the reports; so is approving
 * one still unreviewed: it marks it reviewed.
 */
export function transition(
  action: StatusAction,
  record: { status: CommentStatus; reported?: boolean; unreviewed?: boolean },
): CommentStatus | undefined {
  const { to, from } = TRANSITIONS[action];
  if (from.includes(record.status)) return to;
  const keeps = record.reported === true || record.unreviewed === true;
  return action === 'approve' && record.status === 'approved' && keeps ? to : undefined;
}
