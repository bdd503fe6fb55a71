/**
 * Moderation: decisions on comments, one by one or in bulk, in two passes. First every id is
 * checked, before anything is written: an id the request may not act on (its site does not accept
 * the browser's origin: 403 `origin_not_allowed`) refuses the whole batch, and nothing is applied.
 * An id whose state does not allow the action (unknown, or a status the action does not apply to)
 * is reported per id and skipped. Then the rest is applied once each, in order, and every applied
 * decision is logged once; a comment another moderator decided between the passes is reported
 * per id as `conflict` (a state, not a right).
 */

import type { CommentRecord } from '../comments/records.js';
import { changeStatus, getCommentById, isPublished, setPinned, transition } from '../comments/store.js';
import type { CommentStatus, HeldBy } from '../comments/types.js';
import type { Caller } from '../shared/auth/caller.js';
import type { ErrorCode } from '../shared/errors.js';
import type { SiteGate } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import type { Action } from './schemas.js';
import type { DecisionResult, DecisionResults } from './types.js';

const fail = (id: string, code: ErrorCode, message: string): DecisionResult => ({
  id,
  ok: false,
  error: { code, message },
});

/** An id checked and ready: its record as read, and the status a status action moves it to. */
interface Planned {
  record: CommentRecord;
  to?: CommentStatus;
}

/** Checks one id without writing: its plan, its per-id failure, or a throw that refuses the batch. */
async function check(id: string, action: Action, onSite: SiteGate): Promise<Planned | DecisionResult> {
  const record = await getCommentById(id);
  if (!record) return fail(id, 'comment_not_found', 'No such comment.');
  // A browser origin the comment's site does not allow decides nothing (403 `origin_not_allowed`).
  onSite(await requireSite(record.site));
  if (action === 'pin' || action === 'unpin') {
    if (!isPublished(record.status))
      return fail(id, 'action_not_allowed', 'Only a published comment can be pinned.');
    return { record };
  }
  const to = transition(action, record);
  if (!to) return fail(id, 'action_not_allowed', `A ${record.status} comment cannot be given "${action}".`);
  return { record, to };
}

async function apply(
  { record, to }: Planned,
  action: Action,
  reason: string | undefined,
  moderator: Caller,
): Promise<DecisionResult> {
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
    const done = await setPinned(record, action === 'pin', log);
    return done
      ? { id, ok: true, status: record.status, pinned: action === 'pin' }
      : fail(id, 'conflict', 'It changed meanwhile.');
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
    log: { ...log, to },
  });
  if (!changed) return fail(id, 'conflict', 'Someone decided on it meanwhile; reload the queue.');
  return { id, ok: true, status: to, pinned: isPublished(to) && record.pinned === true };
}

/** Applies `action` to each distinct id, in order, once every id has been checked. */
export async function decide(
  ids: string[],
  action: Action,
  reason: string | undefined,
  moderator: Caller,
  onSite: SiteGate,
): Promise<DecisionResults> {
  // Reads only: a refused id throws here, before the first write.
  const checked = await Promise.all([...new Set(ids)].map((id) => check(id, action, onSite)));
  const results: DecisionResult[] = [];
  for (const item of checked) {
    results.push('ok' in item ? item : await apply(item, action, reason, moderator));
  }
  return { results };
}
