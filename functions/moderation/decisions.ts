/**
 * Moderation: decisions on comments, one by one or in bulk, in two passes. First every id is
 * checked, before anything is written: an id the request may not act on (its site does not accept
 * the browser's origin: 403 `origin_not_allowed`) refuses the whole batch, and nothing is applied.
 * An id whose state does not allow the action (unknown, or a status the action does not apply to)
 * is reported per id and skipped. Then the rest is applied once each, in order, and every applied
 * decision is logged once.
 *
 * Each decision names the status its moderator saw the comment in, and applies only while the
 * comment is still in it: the write is conditioned on that status, not on the one the server read.
 * A comment another moderator decided first (before the read, or between the read and the write)
 * is reported per id as `conflict`, with its state now and the last thing done to it, and the
 * refused attempt is logged too (`conflict`), so the log shows both sides of a race.
 */

import type { CommentRecord } from '../comments/records.js';
import {
  aboutComment,
  appendLog,
  changeStatus,
  getCommentById,
  isPublished,
  lastDecision,
  setPinned,
  transition,
} from '../comments/store.js';
import type { CommentStatus, HeldBy } from '../comments/types.js';
import type { Caller } from '../shared/auth/caller.js';
import { AppError, type ErrorCode } from '../shared/errors.js';
import type { SiteGate } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import type { Action } from './schemas.js';
import type { DecisionResult, DecisionResults } from './types.js';

const fail = (id: string, code: ErrorCode, message: string): DecisionResult & { ok: false } => ({
  id,
  ok: false,
  error: { code, message },
});

/** The status the moderator saw each comment in, by id. */
export type Seen = Record<string, CommentStatus>;

/**
 * An id checked and ready: its record as read, the status the moderator saw, and the status a
 * status action moves it to; `overtaken` when the read already shows another status than seen.
 */
interface Planned {
  record: CommentRecord;
  seen: CommentStatus;
  to?: CommentStatus;
  overtaken?: true;
}

/** Checks one id without writing: its plan, its per-id failure, or a throw that refuses the batch. */
async function check(
  id: string,
  action: Action,
  seen: CommentStatus,
  onSite: SiteGate,
): Promise<Planned | DecisionResult> {
  const record = await getCommentById(id);
  if (!record) return fail(id, 'comment_not_found', 'No such comment.');
  // A browser origin the comment's site does not allow decides nothing (403 `origin_not_allowed`).
  onSite(await requireSite(record.site));
  // Decided by someone else since the moderator looked: a conflict, logged in the second pass.
  if (record.status !== seen) return { record, seen, overtaken: true };
  if (action === 'pin' || action === 'unpin') {
    if (!isPublished(record.status))
      return fail(id, 'action_not_allowed', 'Only a published comment can be pinned.');
    return { record, seen };
  }
  const to = transition(action, record);
  if (!to) return fail(id, 'action_not_allowed', `A ${record.status} comment cannot be given "${action}".`);
  return { record, seen, to };
}

/**
 * The answer to a decision the comment's state overtook: its state now and the last thing done to
 * it, after logging the refused attempt (the action asked, the status seen, the status found).
 */
async function conflict(
  { record, seen }: Planned,
  action: Action,
  moderator: Caller,
  reread: boolean,
): Promise<DecisionResult> {
  const { id } = record;
  const now = (reread ? await getCommentById(id) : record) ?? record;
  const last = await lastDecision(id);
  await appendLog({
    at: new Date().toISOString(),
    ...aboutComment(now),
    actorId: moderator.userId,
    actorName: moderator.name,
    action: 'conflict',
    attempted: action,
    seen,
    from: now.status,
  });
  const by = last ? ` (${last.action} by ${last.actorName || 'someone'} at ${last.at})` : '';
  return {
    ...fail(id, 'conflict', `It is ${now.status} now, not ${seen}${by}: nothing was changed.`),
    conflict: {
      status: now.status,
      pinned: isPublished(now.status) && now.pinned === true,
      last: last
        ? { actorName: last.actorName, system: last.actorId === 'system', action: last.action, at: last.at }
        : null,
    },
  };
}

async function apply(
  planned: Planned,
  action: Action,
  reason: string | undefined,
  moderator: Caller,
): Promise<DecisionResult> {
  const { record, seen, to } = planned;
  if (planned.overtaken) return conflict(planned, action, moderator, false);
  const { id } = record;
  const at = new Date().toISOString();
  const log = {
    at,
    actorId: moderator.userId,
    actorName: moderator.name,
    action,
    from: record.status,
    reason,
  };
  if (!to) {
    // The write is conditioned on `approved`, the one status a pin may be seen in (checked above).
    // The pinned flag itself is not: the action names the state wanted, so a repeat changes nothing.
    const done = await setPinned(record, action === 'pin', log);
    return done
      ? { id, ok: true, status: record.status, pinned: action === 'pin' }
      : conflict(planned, action, moderator, true);
  }
  // A refusal says it was a moderator's, and replaces an older note (an empty one says nothing).
  const refusal: HeldBy | undefined =
    to === 'rejected'
      ? { phase: 'moderator', code: 'moderator_rejected', params: {} }
      : to === 'spam'
        ? { phase: 'moderator', code: 'moderator_spam', params: {} }
        : undefined;
  const changed = await changeStatus({
    record,
    to,
    reason: refusal ? (reason ?? '') : reason,
    heldBy: refusal,
    settleReports: true,
    seen,
    log: { ...log, to },
  });
  if (!changed) return conflict(planned, action, moderator, true);
  return { id, ok: true, status: to, pinned: isPublished(to) && record.pinned === true };
}

// The body's schema asks a status for every id; a caller that skipped it decides nothing.
function seenOf(seen: Seen, id: string): CommentStatus {
  const status = seen[id];
  if (!status) throw new AppError('invalid_request', `body.seen.${id} is required`);
  return status;
}

/** Applies `action` to each distinct id seen in `seen[id]`, in order, once every id has been checked. */
export async function decide(
  ids: string[],
  seen: Seen,
  action: Action,
  reason: string | undefined,
  moderator: Caller,
  onSite: SiteGate,
): Promise<DecisionResults> {
  // Reads only: a refused id throws here, before the first write.
  const checked = await Promise.all(
    [...new Set(ids)].map((id) => check(id, action, seenOf(seen, id), onSite)),
  );
  const results: DecisionResult[] = [];
  for (const item of checked) {
    results.push('ok' in item ? item : await apply(item, action, reason, moderator));
  }
  return { results };
}
