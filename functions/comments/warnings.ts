/**
 * Comments: the moderators' warning to an author, kept on the author's per-site record. The reader
 * sees it in the thread answer (their first page) until they dismiss it; the dismissal is stored,
 * so it stays dismissed on every device. A later alerts issue can mail it from the same record.
 */
import type { Caller } from '../shared/auth/caller.js';
import { AppError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { LogEntry } from './log-repository.js';
import { dismissWarning, setWarning } from './member-repository.js';
import type { MemberWarning, WarningDismissed } from './types.js';

/** Warns an author on a site (replacing an earlier warning), with its audit-log entry; the warning. */
export async function warnAuthor(
  site: string,
  authorKey: string,
  message: string,
  moderator: Caller,
  now = Date.now(),
): Promise<MemberWarning> {
  const at = new Date(now).toISOString();
  const warning: MemberWarning = {
    id: newId(now),
    message,
    at,
    byId: moderator.userId,
    byName: moderator.name,
  };
  const log: LogEntry = {
    at,
    site,
    page: '',
    commentId: '',
    actorId: moderator.userId,
    actorName: moderator.name,
    action: 'warn',
    reason: message,
    userId: authorKey,
  };
  await setWarning(site, authorKey, warning, log);
  return warning;
}

/** The signed-in reader dismisses their warning `id` on a site; 404 when they have no such warning. */
export async function dismissOwnWarning(
  site: string,
  id: string,
  caller: Caller,
  now = Date.now(),
): Promise<WarningDismissed> {
  const dismissedAt = await dismissWarning(site, caller.userId, id, new Date(now).toISOString());
  if (!dismissedAt) throw new AppError('not_found', 'There is no such warning for you on this site.');
  return { id, dismissedAt };
}
