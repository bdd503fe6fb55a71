/** Comments: turning stored records into the public API shape (never an email or an address). */

import { publicAuthorId } from '../shared/public-ids.js';
import { isClosed } from './page-record.js';
import type { HeldBy } from './pipeline/reasons.js';
import type { CommentRecord, PageRecord } from './records.js';
import { isPublished, STATUS_FACTS } from './status.js';
import type { ListedComment } from './thread-projection.js';
import type { Comment, CommentModeration, PageSummary } from './types.js';

// Items stored before reasons had codes: the phases whose reason needs no parameter keep theirs.
const LEGACY_CODES: Partial<
  Record<string, 'banned_word' | 'suspect_word' | 'repeated_text' | 'guest_comment' | 'pre_moderation'>
> = {
  banned_words: 'banned_word',
  suspect_words: 'suspect_word',
  repeated_text: 'repeated_text',
  guests: 'guest_comment',
  pre_moderation: 'pre_moderation',
};

/**
 * Why the comment is held or refused now, with what the rule matched (for moderators only). A
 * published comment is held by nothing: reported, its readers' reports are the reason; else none
 * (the reason it was once held is history, in the log).
 */
export function heldByView(record: ListedComment): HeldBy | null {
  if (isPublished(record.status)) return record.reported ? reportedReason(record) : null;
  const held = record.heldBy;
  if (!held) return null;
  if (held.code) return held;
  return { phase: held.phase, code: LEGACY_CODES[held.phase] ?? 'unspecified', params: {} };
}

/**
 * Every reason the comment is held or refused now, the deciding one first: each rule the pipeline
 * found, or the one reason of a moderator or of reports (items written before the list: `heldBy`).
 */
export function reasonsView(record: CommentRecord): HeldBy[] {
  const held = heldByView(record);
  if (!held) return [];
  const listed = record.reasons;
  // The list is the pipeline's; a later hold by a moderator or reports keeps only its own reason.
  return listed?.[0]?.code === held.code && listed[0].phase === held.phase ? listed : [held];
}

const reportedReason = (record: ListedComment): HeldBy => ({
  phase: 'reports',
  code: 'reported',
  params: { reports: record.reportCount ?? 0 },
});

/**
 * The `moderation` of a comment the public does not see: a reason code, never a sentence, and the
 * statement of reasons of a decision on notices that removed it.
 */
function moderationOf(record: ListedComment): CommentModeration | null {
  if (!STATUS_FACTS[record.status].explained) return null;
  const moderation = reasonOf(record);
  return record.statement ? { ...moderation, statement: record.statement } : moderation;
}

function reasonOf(record: ListedComment): CommentModeration {
  const held = heldByView(record);
  // Before codes, a moderator's refusal kept the pipeline's heldBy: their words stood for it.
  const legacy = !record.heldBy?.code;
  const note =
    record.decisionReason && (legacy || held?.phase === 'moderator') ? record.decisionReason : undefined;
  if (held && !(legacy && note)) {
    const { matched: _matched, ...reason } = held;
    return { ...reason, ...(note ? { note } : {}) };
  }
  const reason: CommentModeration =
    record.status === 'spam'
      ? { phase: 'moderator', code: 'moderator_spam', params: {} }
      : record.status === 'rejected'
        ? { phase: 'moderator', code: 'moderator_rejected', params: {} }
        : record.reported
          ? { phase: 'reports', code: 'reported', params: { reports: record.reportCount ?? 0 } }
          : { phase: held?.phase ?? null, code: 'unspecified', params: {} };
  return { ...reason, ...(note ? { note } : {}) };
}

/** Who the comment is shown to: staff of its site also get the author's internal key. */
export interface CommentView {
  staff?: boolean;
}

/**
 * The public view of one comment; a deleted one (listed while replies hang from it) loses author
 * and text. The author's id is their pseudonym on the comment's site (public-ids.ts).
 */
export function presentComment(record: ListedComment, view: CommentView = {}): Comment {
  const deleted = record.status === 'deleted';
  return {
    id: record.id,
    parentId: record.parentId,
    depth: record.depth,
    author: deleted
      ? { id: null, name: '', guest: record.authorId === null, staff: false }
      : {
          id: record.authorId === null ? null : publicAuthorId(record.site, record.authorId),
          ...(view.staff ? { key: record.authorKey } : {}),
          name: record.authorName,
          guest: record.authorId === null,
          staff: record.authorStaff === true,
          ...(record.authorBadges?.length ? { badges: record.authorBadges } : {}),
        },
    body: deleted ? '' : record.body,
    createdAt: record.createdAt,
    editedAt: record.editedAt ?? null,
    status: record.status,
    reactions: record.reactions ?? {},
    replyCount: record.replyCount ?? 0,
    threadCount: record.threadCount ?? record.replyCount ?? 0,
    replyTo: record.replyTo ?? null,
    replies: [],
    pinned: record.pinned === true && !deleted,
    moderation: moderationOf(record),
  };
}

/** The article's summary; `closeCutoff` (the site's `autoCloseAfterDays`, see page-record.ts) closes an older one. */
export function presentPage(
  site: string,
  page: string,
  record: PageRecord | undefined,
  closeCutoff?: string,
  view: CommentView = {},
): PageSummary {
  return {
    site,
    page,
    commentCount: record?.commentCount ?? 0,
    reactions: record?.reactions ?? {},
    closed: isClosed(record, closeCutoff),
    pinned: (record?.pinned ?? []).map((pinned) => presentComment(pinned, view)),
  };
}

/**
 * Nests comments listed in thread order under their parents. A comment whose parent is not in
 * the list (it was on an earlier page) stays at the top level, with its parentId.
 */
export function nestThread(records: ListedComment[], view: CommentView = {}): Comment[] {
  const comments = records.map((record) => presentComment(record, view));
  const byId = new Map(comments.map((c) => [c.id, c]));
  const top: Comment[] = [];
  for (const comment of comments) {
    const parent = comment.parentId ? byId.get(comment.parentId) : undefined;
    if (parent) parent.replies.push(comment);
    else top.push(comment);
  }
  return top;
}
