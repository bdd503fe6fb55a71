/**
 * Comments: what authors do to their own comments, and what happens to them when an account
 * goes. Rules:
 * - only the author may edit or delete (403 otherwise); a guest has no account to prove it;
 * - editing is open for the site's edit window after posting, and the text goes through the
 *   moderation pipeline again (a held or rejected edit leaves the thread), at most the site's
 *   `editsPerMinutePerUser` a minute;
 * - a banned author can neither edit nor delete;
 * - deleting leaves a placeholder in the thread and uncounts the comment;
 * - a deleted account's comments lose name and text, kept as placeholders or removed, per site.
 */
import { createHash } from 'node:crypto';
import type { Caller } from '../shared/auth/caller.js';
import { AppError } from '../shared/errors.js';
import { consume, hashed } from '../shared/rate-limit/rate-limit.js';
import type { SiteGate } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import { allAuthorComments, getCommentById } from './author-repository.js';
import { assertNotBanned } from './bans.js';
import { updateBody } from './edit-repository.js';
import { getMember } from './member-repository.js';
import { moderate } from './pipeline/index.js';
import type { HeldBy } from './pipeline/reasons.js';
import { heldByOf, standingForEdit } from './pipeline/types.js';
import { presentComment } from './present.js';
import type { CommentRecord } from './records.js';
import { isStricter } from './status.js';
import { changeStatus } from './status-repository.js';
import { checkedBody } from './text.js';
import type { Comment, CommentStatus } from './types.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

async function ownComment(id: string, caller: Caller, onSite: SiteGate): Promise<CommentRecord> {
  const record = await getCommentById(id);
  if (!record || record.status === 'deleted')
    throw new AppError('comment_not_found', 'This comment does not exist (any more).');
  onSite(await requireSite(record.site));
  if (record.authorId !== caller.userId)
    throw new AppError('forbidden', 'You can only change your own comments.');
  return record;
}

/**
 * Replaces the text of the caller's comment within the site's edit window. The new text meets
 * the pipeline as a new comment by its author would now (`standingForEdit`).
 */
export async function editComment(
  id: string,
  text: string,
  caller: Caller,
  onSite: SiteGate,
  now = Date.now(),
): Promise<Comment> {
  const record = await ownComment(id, caller, onSite);
  const site = await requireSite(record.site);
  // Each edit runs the pipeline again: limited per account and site, before the pipeline or a write.
  await consume([
    { name: `edit:${site.id}:${hashed(caller.userId)}`, max: site.editsPerMinutePerUser, windowSeconds: 60 },
  ]);
  if (now > Date.parse(record.createdAt) + site.editWindowSeconds * 1000) {
    const minutes = Math.round(site.editWindowSeconds / 60);
    throw new AppError(
      'edit_window_closed',
      `Comments can be edited for ${minutes} minute(s) after posting; this one no longer can.`,
    );
  }
  const body = checkedBody(text, site);
  const member = await getMember(site.id, record.authorKey);
  const bodyHash = sha256(body);
  // Judged as a new comment by its author would be now, the edited comment not counting for itself.
  const author = standingForEdit(member, {
    approvedOnce: record.approvedOnce,
    ownBodyHash: sha256(record.body),
  });
  const decision = await moderate({ site, body, bodyHash, guest: false, author, now });
  // An edit can only make a comment stricter to see: held or rejected text leaves the thread first,
  // so a failure between the two writes never shows unreviewed text.
  if (decision.status !== 'approved' && isStricter(decision.status, record.status)) {
    await applyEditVerdict(record, decision.status, heldByOf(decision));
  }
  const updated = await updateBody(record, body, new Date(now).toISOString());
  if (!updated) throw new AppError('comment_not_found', 'This comment was deleted meanwhile.');
  return presentComment(updated);
}

/** A held comment the author edited: the pipeline's verdict moves it like a decision would. */
async function applyEditVerdict(record: CommentRecord, to: CommentStatus, heldBy: HeldBy) {
  if (record.status === to) return true;
  const at = new Date().toISOString();
  const log = {
    at,
    actorId: 'system',
    actorName: 'pipeline',
    action: `edit_${heldBy.phase}`,
    from: record.status,
    to,
    code: heldBy.code,
    params: heldBy.params,
  };
  return changeStatus({ record, to, heldBy, settleReports: false, log });
}

const byAuthor = (caller: Caller, at: string, action: string, from: string) => ({
  at,
  actorId: caller.userId,
  actorName: caller.name,
  action,
  from,
  to: 'deleted',
});

/** Deletes the caller's comment, leaving a placeholder where it was visible. */
export async function deleteComment(
  id: string,
  caller: Caller,
  onSite: SiteGate,
  now = Date.now(),
): Promise<Comment> {
  const record = await ownComment(id, caller, onSite);
  // A ban freezes what the author wrote there: deleting is refused as editing is (403 `banned`).
  await assertNotBanned(record.site, record.authorKey, now);
  const log = byAuthor(caller, new Date(now).toISOString(), 'delete_own', record.status);
  if (!(await changeStatus({ record, to: 'deleted', settleReports: true, log }))) {
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
    const actor = { userId, name: '', email: '', roles: [] };
    const log = byAuthor(actor, new Date(now).toISOString(), 'account_deleted', record.status);
    // A comment already deleted has no text left; only its name remains to blank.
    const change = {
      record,
      to: 'deleted' as const,
      settleReports: true,
      anonymizeAuthor: true,
      removeFromThread,
      log,
    };
    if (await changeStatus(change)) changed++;
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
