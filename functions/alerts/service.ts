/**
 * Alerts: sending a batch of reply alerts (unless the reader stopped them, has no address, or had
 * their ten of the day), and the one-click unsubscribe behind the emails' links (reply alerts, and
 * a moderator's digest or notice emails of a site).
 */
import { emailOf } from '../accounts/identity-provider.js';
import { getProfile, saveAlerts } from '../accounts/profile-repository.js';
import type { EffectOutcome } from '../events/effects.js';
import { stopModeratorAlert } from '../moderation/alert-settings-repository.js';
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

/** What a token stops: reply alerts, or a moderator's digest or notice emails of one site. */
export type Stopped = { what: 'replies' } | { what: 'digest' | 'notices'; site: string };

/** What a token's kind names (`replies`, `moddigest:<site>`, `modnotices:<site>`); else undefined. */
function stoppedBy(kind: string): Stopped | undefined {
  if (kind === 'replies') return { what: 'replies' };
  const moderator = /^(moddigest|modnotices):([a-z0-9][a-z0-9-]{0,62})$/.exec(kind);
  if (!moderator?.[2]) return undefined;
  return { what: moderator[1] === 'moddigest' ? 'digest' : 'notices', site: moderator[2] };
}

/** What a valid token names, with the reader's language for the page; undefined when forged. */
export async function readUnsubscribe(
  token: string,
): Promise<(UnsubscribeClaim & { lang: 'fr' | 'en'; stops: Stopped }) | undefined> {
  const claim = verifyToken(token);
  const stops = claim && stoppedBy(claim.kind);
  if (!claim || !stops) return undefined;
  const profile = await getProfile(claim.userId);
  // The page speaks as the email did: a moderator's emails fall back on their site's language.
  const fallback =
    'site' in stops ? (await requireSite(stops.site).catch(() => undefined))?.languages[0] : undefined;
  return { ...claim, stops, lang: profile.language ?? fallback ?? 'fr' };
}

/** Stops what the token names; undefined when the token is not valid. */
export async function unsubscribe(token: string): Promise<{ lang: 'fr' | 'en'; stops: Stopped } | undefined> {
  const claim = await readUnsubscribe(token);
  if (!claim) return undefined;
  const { stops } = claim;
  const now = new Date();
  if (stops.what === 'replies') {
    const profile = await getProfile(claim.userId);
    await saveAlerts(claim.userId, { ...profile.alerts, replies: false }, now.toISOString());
  } else {
    await stopModeratorAlert(stops.site, claim.userId, stops.what, now);
  }
  return { lang: claim.lang, stops };
}
