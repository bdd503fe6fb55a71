/**
 * Alerts: sending a batch of reply alerts (unless the reader stopped them, has no address, the
 * address is suppressed after a bounce or complaint, or they had their ten of the day). The
 * one-click unsubscribe behind the emails' links is unsubscribe.ts. A batch is an account's or a guest's
 * (recipient.ts): a guest's address is read from the answered comments, their opt-in and language
 * from their member item on the site.
 */

import { getProfile } from '../accounts/profile-repository.js';
import { emailOf } from '../accounts/reader-directory.js';
import { getComment, guestReplyAlerts } from '../comments/store.js';
import type { EffectOutcome } from '../events/effects.js';
import { isSuppressed } from '../events/suppressions.js';
import { sendMail } from '../shared/mail/mailer.js';
import type { Site } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import { countEmail, type PendingReply } from './batch-repository.js';
import { type Recipient, recipientOf } from './recipient.js';
import { replyMail } from './reply-mail.js';

type Lang = 'fr' | 'en';

/** The token kinds of reply alerts: an account's, a guest's on a site. */
export const REPLIES = 'replies';
export const GUEST_REPLIES = 'guest-replies';

/** A guest's address: the one on the answered comments that are still theirs (none when deleted). */
async function guestAddress(
  authorKey: string,
  replies: readonly PendingReply[],
): Promise<string | undefined> {
  for (const reply of replies) {
    if (!reply.answeredId) continue;
    const answered = await getComment(reply.site, reply.page, reply.answeredId);
    if (answered?.authorKey === authorKey && answered.guestEmail) return answered.guestEmail;
  }
  return undefined;
}

/** Whether the recipient still wants reply alerts, where to send them and in which language. */
async function addressOf(
  recipient: Recipient,
  replies: readonly PendingReply[],
): Promise<{ on: boolean; to?: string; lang?: Lang }> {
  if ('userId' in recipient) {
    const profile = await getProfile(recipient.userId);
    if (!profile.alerts.replies) return { on: false };
    return { on: true, to: await emailOf(recipient.userId), lang: profile.language };
  }
  const alerts = await guestReplyAlerts(recipient.site, recipient.authorKey);
  if (!alerts.on) return { on: false };
  return { on: true, to: await guestAddress(recipient.authorKey, replies), lang: alerts.lang };
}

/** The `reply-mail` effect: one email for the batch's replies. */
export async function sendReplyMail(
  payload: Record<string, unknown>,
  eventId: string,
  now: Date,
): Promise<EffectOutcome> {
  const id = String(payload.userId);
  const recipient = recipientOf(id);
  const replies = (payload.replies as unknown as PendingReply[] | undefined) ?? [];
  const { on, to, lang } = await addressOf(recipient, replies);
  // Unsubscribed while the batch waited.
  if (!on) return { status: 'skipped', detail: 'unsubscribed' };
  if (!to) return { status: 'skipped', detail: 'no_address' };
  // A hard bounce or a complaint stops alerts to that address.
  if (await isSuppressed(to)) return { status: 'skipped', detail: 'suppressed' };
  const sites = new Map<string, Site>();
  for (const reply of replies)
    if (!sites.has(reply.site)) sites.set(reply.site, await requireSite(reply.site));
  const [first] = sites.values();
  if (!first) return { status: 'skipped', detail: 'empty' };
  if (!(await countEmail(id, eventId, now))) return { status: 'skipped', detail: 'daily_cap' };
  const kind = 'userId' in recipient ? REPLIES : GUEST_REPLIES;
  const mailLang = lang ?? first.languages[0] ?? 'fr';
  await sendMail(await replyMail(to, { id, kind }, mailLang, sites, replies, now));
  return { status: 'sent', detail: `${replies.length} replies` };
}
