/**
 * Alerts: sending a batch of reply alerts (unless the reader stopped them, has no address, the
 * address is suppressed after a bounce or complaint, or they had their ten of the day), and the one-click unsubscribe behind the emails' links.
 */
import { emailOf } from '../accounts/identity-provider.js';
import { getProfile, saveAlerts } from '../accounts/profile-repository.js';
import type { EffectOutcome } from '../events/effects.js';
import { isSuppressed } from '../events/suppressions.js';
import { sendMail } from '../shared/mail/mailer.js';
import type { Site } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import { countEmail, type PendingReply } from './batch-repository.js';
import { replyMail } from './reply-mail.js';
import { type UnsubscribeClaim, verifyToken } from './token.js';

/** The `reply-mail` effect: one email for the batch's replies. */
export async function sendReplyMail(
  payload: Record<string, unknown>,
  eventId: string,
  now: Date,
): Promise<EffectOutcome> {
  const userId = String(payload.userId);
  const replies = (payload.replies as unknown as PendingReply[] | undefined) ?? [];
  const profile = await getProfile(userId);
  // Unsubscribed while the batch waited.
  if (!profile.alerts.replies) return { status: 'skipped', detail: 'unsubscribed' };
  const to = await emailOf(userId);
  if (!to) return { status: 'skipped', detail: 'no_address' };
  // A hard bounce or a complaint stops alerts to that address.
  if (await isSuppressed(to)) return { status: 'skipped', detail: 'suppressed' };
  const sites = new Map<string, Site>();
  for (const reply of replies)
    if (!sites.has(reply.site)) sites.set(reply.site, await requireSite(reply.site));
  const [first] = sites.values();
  if (!first) return { status: 'skipped', detail: 'empty' };
  if (!(await countEmail(userId, eventId, now))) return { status: 'skipped', detail: 'daily_cap' };
  const lang = profile.language ?? first.languages[0] ?? 'fr';
  await sendMail(await replyMail(to, userId, lang, sites, replies, now));
  return { status: 'sent', detail: `${replies.length} replies` };
}

/** What a valid token names, with the reader's language for the page; undefined when forged. */
export async function readUnsubscribe(
  token: string,
): Promise<(UnsubscribeClaim & { lang: 'fr' | 'en' }) | undefined> {
  const claim = verifyToken(token);
  if (!claim || claim.kind !== 'replies') return undefined;
  const profile = await getProfile(claim.userId);
  return { ...claim, lang: profile.language ?? 'fr' };
}

/** Stops what the token names (reply alerts); undefined when the token is not valid. */
export async function unsubscribe(token: string): Promise<{ lang: 'fr' | 'en' } | undefined> {
  const claim = await readUnsubscribe(token);
  if (!claim) return undefined;
  const profile = await getProfile(claim.userId);
  await saveAlerts(claim.userId, { ...profile.alerts, replies: false }, new Date().toISOString());
  return { lang: claim.lang };
}
