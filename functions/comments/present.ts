/** Comments: turning stored records into the public API shape (never an email or an address). */
import type { CommentRecord, PageRecord } from './records.js';
import type { Comment, PageSummary } from './types.js';

/** The public view of one comment; a deleted one (listed while replies hang from it) loses author and text. */
export function presentComment(record: CommentRecord): Comment {
  const deleted = record.status === 'deleted';
  return {
    id: record.id,
    parentId: record.parentId,
    depth: record.depth,
    author: deleted
      ? { id: null, name: '', guest: record.authorId === null }
      : { id: record.authorId, name: record.authorName, guest: record.authorId === null },
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
    moderation: ['pending', 'rejected', 'spam'].includes(record.status)
      ? { phase: record.heldBy?.phase ?? null, reason: record.decisionReason ?? record.heldBy?.reason ?? '' }
      : null,
  };
}

export function presentPage(site: string, page: string, record: PageRecord | undefined): PageSummary {
  return {
    site,
    page,
    commentCount: record?.commentCount ?? 0,
    reactions: record?.reactions ?? {},
    closed: record?.closed ?? false,
    pinned: (record?.pinned ?? []).map(presentComment),
  };
}

/**
 * Nests comments listed in thread order under their parents. A comment whose parent is not in
 * the list (it was on an earlier page) stays at the top level, with its parentId.
 */
export function nestThread(records: CommentRecord[]): Comment[] {
  const comments = records.map(presentComment);
  const byId = new Map(comments.map((c) => [c.id, c]));
  const top: Comment[] = [];
  for (const comment of comments) {
    const parent = comment.parentId ? byId.get(comment.parentId) : undefined;
    if (parent) parent.replies.push(comment);
    else top.push(comment);
  }
  return top;
}
