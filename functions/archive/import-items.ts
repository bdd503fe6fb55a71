/**
 * Archive: the items an imported comment is written as, built by the comments domain's own
 * `commentItem` (the keys of its three thread indexes, its author's, its queue's, the search's),
 * so an imported comment is read, moderated, exported and deleted like one posted through the API.
 * Each item carries the import's mark (`migratedBy: import`): the stream tells nothing of its
 * writing (no reply alert for a reply of 2014, no webhook), and tells what happens to it after.
 */

import type { CommentRecord } from '../comments/records.js';
import { commentItem } from '../comments/store.js';
import { MIGRATED_BY_ATTRIBUTE } from '../shared/data/items.js';
import { commentPointerKey, PAGE_RECORD_THREAD_KEY, pageKey } from '../shared/data/keys.js';
import { guestKey } from '../shared/guest-key.js';
import { MAX_COMMENT_LENGTH } from '../sites/schemas.js';
import type { PlannedComment, PlannedThread } from './import-plan.js';
import type { SourcePost } from './sources/types.js';

export const IMPORT_MARK = 'import';

/** What stands for a name the source does not give (a Disqus anonymous post, say). */
const NO_NAME = 'Anonyme';
const MAX_NAME = 80;

/** The name an imported comment shows (and a reply to it names in `replyTo`). */
export const importedName = (name: string) => (name.trim() || NO_NAME).slice(0, MAX_NAME);

/** Who wrote an imported comment: a guest keyed by their email, or the account it was linked to. */
export type ImportedAuthor = { kind: 'guest'; email?: string } | { kind: 'account'; userId: string };

/**
 * A guest without an email (an anonymous Disqus post) gets a key of its own post: nothing tells
 * two such authors apart, so none is joined to another (a ban of one bans that one only).
 */
function authorKeyOf(author: ImportedAuthor, site: string, sourceId: string): string {
  if (author.kind === 'account') return author.userId;
  return guestKey(author.email ?? `anonymous.${site}.${sourceId}@import.invalid`);
}

/** The comment's record: where the plan put it, what the source wrote. */
export function importedRecord(
  site: string,
  planned: PlannedComment,
  post: SourcePost,
  body: string,
  author: ImportedAuthor,
): CommentRecord {
  const deleted = planned.status === 'deleted';
  return {
    id: planned.id,
    site,
    page: planned.page,
    parentId: planned.parentId,
    path: planned.path,
    depth: planned.depth,
    authorId: author.kind === 'account' ? author.userId : null,
    authorName: deleted ? '' : importedName(post.authorName),
    authorKey: authorKeyOf(author, site, post.sourceId),
    // A deleted comment is a placeholder: its text and address go, as when its author deletes it.
    ...(author.kind === 'guest' && author.email && !deleted ? { guestEmail: author.email } : {}),
    body: deleted ? '' : body.slice(0, MAX_COMMENT_LENGTH),
    status: planned.status,
    createdAt: planned.createdAt,
    replyCount: planned.replyCount,
    threadCount: planned.threadCount,
    ...(planned.replyTo ? { replyTo: planned.replyTo } : {}),
    reactions: {},
    score: 0,
    ...(planned.status === 'approved' ? { approvedOnce: true } : {}),
  };
}

/** The comment's item and its id pointer, both marked as the import's. */
export function importedItems(record: CommentRecord) {
  return {
    comment: { ...commentItem(record), [MIGRATED_BY_ATTRIBUTE]: IMPORT_MARK },
    pointer: {
      ...commentPointerKey(record.id),
      type: 'pointer',
      site: record.site,
      page: record.page,
      [MIGRATED_BY_ATTRIBUTE]: IMPORT_MARK,
    },
  };
}

/** A new page record for an imported thread, with the counts the plan computed. */
export function importedPageItem(site: string, thread: PlannedThread) {
  return {
    ...pageKey(site, thread.page),
    type: 'page',
    site,
    page: thread.page,
    lsi1sk: PAGE_RECORD_THREAD_KEY,
    lsi2sk: PAGE_RECORD_THREAD_KEY,
    lsi3sk: PAGE_RECORD_THREAD_KEY,
    pinned: {},
    createdAt: thread.createdAt ?? thread.firstAt ?? new Date().toISOString(),
    commentCount: thread.commentCount,
    pendingCount: thread.pendingCount,
    ...(thread.title ? { title: thread.title.slice(0, 300) } : {}),
    ...(thread.url && /^https?:\/\/\S+$/.test(thread.url) ? { url: thread.url.slice(0, 2048) } : {}),
    ...(thread.closed ? { closed: true } : {}),
    [MIGRATED_BY_ATTRIBUTE]: IMPORT_MARK,
  };
}
