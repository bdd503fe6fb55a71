/**
 * Alerts: sending a batch of reply alerts (unless the reader stopped them, has no address, or had
 * their ten of the day), and the one-click unsubscribe behind the emails' links (reply alerts,
 * or the articles a digest follows).
 */
import { emailOf } from '../accounts/identity-provider.js';
import { getProfile, saveAlerts } from '../accounts/profile-repository.js';
import type { EffectOutcome } from '../events/effects.js';
import { sendMail } from '../shared/mail/mailer.js';
import type { Site } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import { countEmail, type PendingReply } from './batch-repository.js';
import { listFollows, removeFollow } from './follow-repository.js';
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

/** What a token stops: reply alerts, one followed article, or every followed article. */
export type UnsubscribeTarget =
  | { kind: 'replies' }
  | { kind: 'follow'; site: string; page: string }
  | { kind: 'follows' };

/** The target a token's kind names (`replies`, `follow:<site>#<page>`, `follows`); else undefined. */
export function targetOf(kind: string): UnsubscribeTarget | undefined {
  if (kind === 'replies' || kind === 'follows') return { kind };
  const match = /^follow:([^#]+)#(.+)$/s.exec(kind);
  return match?.[1] && match[2] ? { kind: 'follow', site: match[1], page: match[2] } : undefined;
}

/** What a valid token names, with the reader's language for the page; undefined when forged. */
export async function readUnsubscribe(
  token: string,
): Promise<(UnsubscribeClaim & { lang: 'fr' | 'en'; target: UnsubscribeTarget }) | undefined> {
  const claim = verifyToken(token);
  const target = claim && targetOf(claim.kind);
  if (!claim || !target) return undefined;
  const profile = await getProfile(claim.userId);
  return { ...claim, target, lang: profile.language ?? 'fr' };
}

/** Stops what the token names; undefined when the token is not valid. */
export async function unsubscribe(
  token: string,
): Promise<{ lang: 'fr' | 'en'; target: UnsubscribeTarget } | undefined> {
  const claim = await readUnsubscribe(token);
  if (!claim) return undefined;
  const { target, userId } = claim;
  if (target.kind === 'follow') await removeFollow(userId, target.site, target.page);
  else if (target.kind === 'follows')
    for (const follow of await listFollows(userId)) await removeFollow(userId, follow.site, follow.page);
  else {
    const profile = await getProfile(userId);
    await saveAlerts(userId, { ...profile.alerts, replies: false }, new Date().toISOString());
  }
  return { lang: claim.lang, target };
}
