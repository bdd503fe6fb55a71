/**
 * Moderation: what moderators do about an author on a site — bans (presets, the email and network
 * they cover, pending comments rejected), notes, warnings — and the author panel's history.
 */
import { accountCreatedAt, emailOf, groupsOf } from '../accounts/reader-directory.js';
import {
  allAuthorComments,
  banNetwork,
  changeStatus,
  getMember,
  getMemberFile,
  guestNetwork,
  MAX_NOTES,
  presentComment,
  readAuthorLog,
  setBan,
  setNote,
  unbanNetwork,
  warnAuthor,
} from '../comments/store.js';
import type { Caller } from '../shared/auth/caller.js';
import { AppError } from '../shared/errors.js';
import { guestKey, legacyGuestKey } from '../shared/guest-key.js';
import { normalizeText } from '../shared/text/normalize.js';
import { requireSite } from '../sites/service.js';
import type { BanBody, BanPreset } from './schemas.js';
import type { AuthorHistory, BanAnswer, BanLifted, NoteAnswer, WarningAnswer } from './types.js';

const PRESET_MS: Record<Exclude<BanPreset, 'forever'>, number> = {
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
};

/** The end of a ban: the date given, the preset's from now, or 'forever'. */
function banEnd({ until, preset }: BanBody, now: number): string {
  if (preset && preset !== 'forever') return new Date(now + PRESET_MS[preset]).toISOString();
  if (!until) return 'forever';
  if (Date.parse(until) <= now) {
    throw new AppError('invalid_request', 'The end of a ban must be in the future.', [
      { path: 'body.until', code: 'not_in_future', params: {}, message: 'body.until must be in the future' },
    ]);
  }
  return until;
}

const isGuestKey = (key: string) => key.startsWith('guest:');

/**
 * Bans an author on a site (until a date, a preset's length, or for good); a moderator cannot ban
 * a moderator. An account's ban also bans its email as a guest (its guest key); a guest's ban can
 * flag the network prefix it last posted from (a signal on new comments from it, 30 days at most);
 * `rejectPending` rejects the author's pending comments, each as a moderator's decision.
 */
export async function ban(
  site: string,
  userId: string,
  body: BanBody,
  moderator: Caller,
): Promise<BanAnswer> {
  await requireSite(site);
  const guest = isGuestKey(userId);
  const [groups, email] = guest ? [[], undefined] : await Promise.all([groupsOf(userId), emailOf(userId)]);
  if ((groups.includes('moderators') || groups.includes('admins')) && !moderator.roles.includes('admin')) {
    throw new AppError('forbidden', 'Only an administrator can ban a moderator.');
  }
  const now = Date.now();
  const until = banEnd(body, now);
  const covers = email ? [guestKey(email)] : [];
  const log = { ...(await authorLog(site, moderator, 'ban', body.reason, userId)), until };
  await setBan(site, userId, { until, reason: body.reason, by: moderator.userId }, log, covers);
  let network = false;
  if (guest && body.network) {
    const hash = await guestNetwork(site, userId, now);
    if (hash) await banNetwork(site, hash, userId, until, now);
    network = hash !== undefined;
  }
  // The email's former guest key too: its pending comments until the migration moves them.
  const legacy = email ? [legacyGuestKey(email)] : [];
  const rejected = body.rejectPending
    ? await rejectPending(site, [userId, ...covers, ...legacy], body.reason, moderator)
    : 0;
  return { userId, bannedUntil: until, coversGuest: covers.length > 0, network, rejected };
}

/** Rejects every pending comment of these authors on the site, one status change each; how many. */
async function rejectPending(site: string, keys: string[], reason: string | undefined, moderator: Caller) {
  let rejected = 0;
  for (const key of keys) {
    for await (const record of allAuthorComments(key)) {
      if (record.site !== site || record.status !== 'pending') continue;
      const changed = await changeStatus({
        record,
        to: 'rejected',
        reason: reason ?? '',
        heldBy: { phase: 'moderator', code: 'moderator_rejected', params: {} },
        settleReports: true,
        seen: 'pending',
        log: {
          at: new Date().toISOString(),
          actorId: moderator.userId,
          actorName: moderator.name,
          action: 'reject',
          from: 'pending',
          to: 'rejected',
          reason,
        },
      });
      if (changed) rejected++;
    }
  }
  return rejected;
}

/** Lifts a ban (and what it covers); 403 `own_ban` for a moderator lifting a ban of their own (account or email). */
export async function liftBan(site: string, userId: string, moderator: Caller): Promise<BanLifted> {
  await requireSite(site);
  const member = await getMember(site, userId);
  // Their own: their account, or their email as a guest (which their account's ban covers).
  const email = moderator.email;
  const own =
    userId === moderator.userId ||
    (!!email && (userId === guestKey(email) || userId === legacyGuestKey(email)));
  if (own && member.bannedUntil)
    throw new AppError('own_ban', 'A moderator cannot lift their own ban; ask another moderator.');
  const log = await authorLog(site, moderator, 'unban', undefined, userId);
  await setBan(site, userId, undefined, log, member.banCovers ?? []);
  if (isGuestKey(userId)) await unbanNetwork(site, userId);
  return { userId, bannedUntil: null };
}

/** Adds a moderator's note to an author's notes on the site (the latest is also `member.note`). */
export async function note(
  site: string,
  userId: string,
  text: string,
  moderator: Caller,
): Promise<NoteAnswer> {
  await requireSite(site);
  const entry = { text, byId: moderator.userId, byName: moderator.name, at: new Date().toISOString() };
  const log = await authorLog(site, moderator, 'note', undefined, userId);
  if ((await setNote(site, userId, entry, { ...log, at: entry.at })) === 'notes_full') {
    throw new AppError('action_not_allowed', `An author keeps at most ${MAX_NOTES} notes on a site.`);
  }
  return { userId, note: text, entry };
}

/**
 * Warns an author: the message is shown to them in the widget on their next visit (a signed-in
 * reader; a guest has no session to show it in) until they dismiss it, and logged.
 */
export async function warn(
  site: string,
  userId: string,
  message: string,
  moderator: Caller,
): Promise<WarningAnswer> {
  await requireSite(site);
  const text = normalizeText(message);
  if (!text) {
    throw new AppError('invalid_request', 'A warning needs a message.', [
      {
        path: 'body.message',
        code: 'too_small',
        params: { min: 1, origin: 'string' },
        message: 'body.message is empty',
      },
    ]);
  }
  return { userId, warning: await warnAuthor(site, userId, text, moderator) };
}

/** The log entry of a decision about an author (the site's log only: no comment), with their name on the site. */
async function authorLog(
  site: string,
  moderator: Caller,
  action: string,
  reason: string | undefined,
  userId: string,
) {
  const { authorName } = await getMember(site, userId);
  return {
    at: new Date().toISOString(),
    site,
    page: '',
    commentId: '',
    actorId: moderator.userId,
    actorName: moderator.name,
    action,
    reason,
    userId,
    authorKey: userId,
    ...(authorName ? { authorName } : {}),
  };
}

/** Actions of the author log that make a ban's history. */
const BAN_ACTIONS = new Set(['ban', 'unban']);

/**
 * An author's panel on a site: name, since when, standing, counts by status and reports received
 * (of their latest 500 comments there), their ban history, notes and warning, latest comments.
 */
export async function history(site: string, userId: string): Promise<AuthorHistory> {
  const guest = userId.startsWith('guest:');
  const [member, file, decisions, accountSince] = await Promise.all([
    getMember(site, userId),
    getMemberFile(site, userId),
    readAuthorLog(site, userId),
    guest ? undefined : accountCreatedAt(userId),
  ]);
  const counts: Record<string, number> = {};
  const reports = { total: 0, comments: 0 };
  const comments = [];
  for await (const record of allAuthorComments(userId)) {
    if (record.site !== site) continue;
    counts[record.status] = (counts[record.status] ?? 0) + 1;
    reports.total += record.reportCount ?? 0;
    if (record.reportCount) reports.comments++;
    comments.push(record);
    if (comments.length >= 500) break;
  }
  comments.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const firstComment = comments.at(-1)?.createdAt;
  // Notes written before the history kept only the latest text, without its date: shown as one.
  const notes =
    file.notes.length || !member.note
      ? file.notes
      : [{ text: member.note, byId: file.noteBy ?? '', byName: '', at: file.updatedAt ?? '' }];
  return {
    userId,
    name: comments[0]?.authorName || file.authorName || null,
    joinedAt: accountSince ?? firstComment ?? null,
    joinedWith: accountSince ? 'account' : 'first_comment',
    member,
    counts,
    reports,
    bans: decisions.filter((entry) => BAN_ACTIONS.has(entry.action)),
    notes: notes.toReversed(),
    warning: file.warning ?? null,
    comments: comments.slice(0, 20).map((c) => ({ ...presentComment(c, { staff: true }), page: c.page })),
  };
}
