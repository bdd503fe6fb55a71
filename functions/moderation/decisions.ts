/**
 * Moderation: decisions on comments, one by one or in bulk. Each id is decided on its own:
 * unknown ids and actions its status does not allow are reported per id, the rest applied once
 * each, and every applied decision is logged once.
 */

import { changeStatus, getCommentById, isPublished, setPinned, transition } from '../comments/store.js';
import type { HeldBy } from '../comments/types.js';
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

async function decideOne(
  id: string,
  action: Action,
  reason: string | undefined,
  moderator: Caller,
  onSite: SiteGate,
): Promise<DecisionResult> {
  const record = await getCommentById(id);
  if (!record) return fail(id, 'comment_not_found', 'No such comment.');
  // A browser origin the comment's site does not allow decides nothing (403 `origin_not_allowed`).
  onSite(await requireSite(record.site));
  const at = new Date().toISOString();
  const log = {
    at,
    actorId: moderator.userId,
    actorName: moderator.name,
    action,
    from: record.status,
    reason,
  };
  if (action === 'pin' || action === 'unpin') {
    if (!isPublished(record.status))
      return fail(id, 'action_not_allowed', 'Only a published comment can be pinned.');
    const done = await setPinned(record, action === 'pin', log);
    return done
      ? { id, ok: true, status: record.status, pinned: action === 'pin' }
      : fail(id, 'conflict', 'It changed meanwhile.');
  }
  const to = transition(action, record);
  if (!to) return fail(id, 'action_not_allowed', `A ${record.status} comment cannot be given "${action}".`);
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

/** Applies `action` to each distinct id, in order. */
export async function decide(
  ids: string[],
  action: Action,
  reason: string | undefined,
  moderator: Caller,
  onSite: SiteGate,
): Promise<DecisionResults> {
  const results: DecisionResult[] = [];
  for (const id of new Set(ids)) results.push(await decideOne(id, action, reason, moderator, onSite));
  return { results };
}
