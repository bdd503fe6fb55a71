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
import { forgetInLog } from './log-repository.js';
import { getMember } from './member-repository.js';
import { autoCloseCutoff, pageClosed } from './page-record.js';
import { moderate } from './pipeline/index.js';
import type { HeldBy } from './pipeline/reasons.js';
import { heldByOf, standingForEdit, type Verdict } from './pipeline/types.js';
import { presentComment } from './present.js';
import type { CommentRecord } from './records.js';
import { isStricter } from './status.js';
import { applyStatusChange, changeStatus } from './status-repository.js';
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
 * the pipeline as a new comment by its author would now, the edited comment not counting for
 * itself (`standingForEdit`); a closed article refuses it (`page_closed`) in the write itself.
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
  const author = standingForEdit(member, {
    approvedOnce: record.approvedOnce,
    ownBodyHash: sha256(record.body),
  });
  const guest = record.authorId === null;
  const decision = await moderate({ site, body, bodyHash: sha256(body), guest, author, now });
  const editedAt = new Date(now).toISOString();
  const openSince = autoCloseCutoff(site.autoCloseAfterDays, now);
  // An edit can only make a comment stricter to see: held or rejected text leaves the thread with
  // the status change, in one transaction, so unreviewed text is never shown.
  const held = decision.status !== 'approved' && isStricter(decision.status, record.status);
  const refused = held
    ? await applyEditVerdict(record, decision, { body, editedAt, previousBody: record.body, openSince })
    : await updateBody(record, body, editedAt, openSince);
  // The same refusal, code and words, as a new comment on the closed article.
  if (refused === 'page_closed') throw pageClosed();
  if (refused) {
    const current = await getCommentById(id);
    if (!current || current.status === 'deleted')
      throw new AppError('comment_not_found', 'This comment was deleted meanwhile.');
    throw new AppError('conflict', 'This comment changed meanwhile; reload and try again.');
  }
  // A held edit takes the verdict's status and reason, and leaves the pinned spot.
  const verdict = held
    ? { status: decision.status, heldBy: heldByOf(decision), reasons: decision.reasons, pinned: undefined }
    : {};
  return presentComment({ ...record, ...verdict, body, editedAt });
}

/**
 * An edit the pipeline holds: the verdict moves it, and its text is written in the same
 * transaction, with the text it replaces (what readers saw) for the moderator to compare.
 */
function applyEditVerdict(
  record: CommentRecord,
  decision: Verdict & { reasons: HeldBy[] },
  edit: { body: string; editedAt: string; previousBody: string; openSince?: string },
) {
  const to: CommentStatus = decision.status;
  const heldBy = heldByOf(decision);
  const log = {
    at: edit.editedAt,
    actorId: 'system',
    actorName: 'pipeline',
    action: `edit_${heldBy.phase}`,
    from: record.status,
    to,
    code: heldBy.code,
    params: heldBy.params,
  };
  return applyStatusChange({
    record,
    to,
    heldBy,
    reasons: decision.reasons,
    settleReports: false,
    log,
    edit,
  });
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
    const actor: Caller = { kind: 'account', userId, name: '', email: '', roles: [], siteRoles: {} };
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
    await forgetInLog(record);
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
