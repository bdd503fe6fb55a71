/**
 * Comments: what authors do to their own comments, and what happens to them when an account
 * goes. Rules:
 * - only the author may edit or delete (403 otherwise); a guest has no account to prove it;
 * - editing is open for the site's edit window after posting, and re-checks the text;
 * - deleting leaves a placeholder in the thread and uncounts the comment;
 * - a deleted account's comments lose name and text, kept as placeholders or removed, per site.
 */
import type { Caller } from '../shared/auth/caller.js';
import { AppError } from '../shared/http/errors.js';
import { requireSite } from '../sites/service.js';
import { allAuthorComments, getCommentById } from './author-repository.js';
import { markDeleted, updateBody } from './changes-repository.js';
import { presentComment } from './present.js';
import type { CommentRecord } from './records.js';
import { checkedBody } from './text.js';
import type { Comment } from './types.js';

async function ownComment(id: string, caller: Caller): Promise<CommentRecord> {
  const record = await getCommentById(id);
  if (!record || record.status === 'deleted')
    throw new AppError('comment_not_found', 'This comment does not exist (any more).');
  if (record.authorId !== caller.userId)
    throw new AppError('forbidden', 'You can only change your own comments.');
  return record;
}

/** Replaces the text of the caller's comment within the site's edit window. */
export async function editComment(
  id: string,
  text: string,
  caller: Caller,
  now = Date.now(),
): Promise<Comment> {
  const record = await ownComment(id, caller);
  const site = await requireSite(record.site);
  if (now > Date.parse(record.createdAt) + site.editWindowSeconds * 1000) {
    const minutes = Math.round(site.editWindowSeconds / 60);
    throw new AppError(
      'edit_window_closed',
      `Comments can be edited for ${minutes} minute(s) after posting; this one no longer can.`,
    );
  }
  const updated = await updateBody(record, checkedBody(text, site), new Date(now).toISOString());
  if (!updated) throw new AppError('comment_not_found', 'This comment was deleted meanwhile.');
  return presentComment(updated);
}

/** Deletes the caller's comment, leaving a placeholder where it was visible. */
export async function deleteComment(id: string, caller: Caller, now = Date.now()): Promise<Comment> {
  const record = await ownComment(id, caller);
  if (!(await markDeleted(record, new Date(now).toISOString()))) {
    throw new AppError('conflict', 'This comment changed meanwhile; reload and try again.');
  }
  return presentComment({ ...record, status: 'deleted', body: '' });
}

/** Forgets an account's comments: name and text go; each site chooses placeholder or removal. */
export async function forgetAuthorComments(userId: string, now = Date.now()): Promise<number> {
  let changed = 0;
  for await (const record of allAuthorComments(userId)) {
    if (record.status === 'deleted' && !record.authorName) continue;
    const site = await requireSite(record.site).catch(() => undefined);
    const removeFromThread = site?.onAccountDeletion === 'remove';
    // A deleted comment has no text left; only its name remains to blank.
    if (await markDeleted(record, new Date(now).toISOString(), { accountDeleted: true, removeFromThread }))
      changed++;
  }
  return changed;
}

/** Every comment of an account, as the account holder may download them. */
export async function exportAuthorComments(
  userId: string,
): Promise<(Comment & { site: string; page: string })[]> {
  const out: (Comment & { site: string; page: string })[] = [];
  for await (const record of allAuthorComments(userId)) {
    const { replies: _replies, ...comment } = presentComment(record);
    out.push({ ...comment, replies: [], site: record.site, page: record.page });
  }
  return out;
}
