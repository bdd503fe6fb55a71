/**
 * Alerts: the one-click unsubscribe behind every alert email's link. A token names its holder
 * (an account, or a guest on a site: recipient.ts) and what it stops: an account's reply alerts
 * (`replies`), a guest's on a site (`guest-replies`), one followed article's daily digest
 * (`follow:<site>#<page>`) or every one (`follows`), a moderator's digest or notice emails of a
 * site (`moddigest:<site>`, `modnotices:<site>`). The page speaks the email's language.
 */
import { getProfile, saveAlerts } from '../accounts/profile-repository.js';
import { guestReplyAlerts, stopGuestReplyAlerts } from '../comments/store.js';
import { stopModeratorAlert } from '../moderation/alert-settings-repository.js';
import { requireSite } from '../sites/service.js';
import { listFollows, removeFollow } from './follow-repository.js';
import { recipientOf } from './recipient.js';
import { GUEST_REPLIES, REPLIES } from './service.js';
import { type UnsubscribeClaim, verifyToken } from './token.js';
import type { StoppedAlert } from './unsubscribe-page.js';

type Lang = 'fr' | 'en';

/** What a token stops, with whose it is. */
export type Stopped =
  | { what: 'replies'; userId: string }
  | { what: 'guest-replies'; site: string; authorKey: string }
  | { what: 'follow'; userId: string; site: string; page: string }
  | { what: 'follows'; userId: string }
  | { what: 'digest' | 'notices'; site: string; userId: string };

/** What a claim names; undefined for a kind unknown or a holder that does not fit it. */
export function stoppedBy(claim: UnsubscribeClaim): Stopped | undefined {
  const recipient = recipientOf(claim.userId);
  if (claim.kind === REPLIES && 'userId' in recipient) return { what: 'replies', userId: recipient.userId };
  if (claim.kind === GUEST_REPLIES && 'site' in recipient) return { what: 'guest-replies', ...recipient };
  if (!('userId' in recipient)) return undefined;
  if (claim.kind === 'follows') return { what: 'follows', userId: recipient.userId };
  const follow = /^follow:([^#]+)#(.+)$/s.exec(claim.kind);
  if (follow?.[1] && follow[2])
    return { what: 'follow', userId: recipient.userId, site: follow[1], page: follow[2] };
  const moderator = /^(moddigest|modnotices):([a-z0-9][a-z0-9-]{0,62})$/.exec(claim.kind);
  if (!moderator?.[2]) return undefined;
  const what = moderator[1] === 'moddigest' ? 'digest' : 'notices';
  return { what, site: moderator[2], userId: recipient.userId };
}

/** The language the email spoke: the holder's own, else (a moderator's emails) their site's. */
async function languageOf(stops: Stopped): Promise<Lang> {
  if (stops.what === 'guest-replies')
    return (await guestReplyAlerts(stops.site, stops.authorKey)).lang ?? 'fr';
  const own = (await getProfile(stops.userId)).language;
  if (own || !('site' in stops)) return own ?? 'fr';
  const site = await requireSite(stops.site).catch(() => undefined);
  return site?.languages[0] === 'en' ? 'en' : 'fr';
}

/** What an unsubscribe page shows: what the link stops, in the email's language. */
export interface UnsubscribeTarget {
  claim: UnsubscribeClaim;
  stops: Stopped;
  /** What the page names (reply alerts, a guest's, a digest, notice emails). */
  alert: StoppedAlert;
  lang: Lang;
}

/** What a valid token names; undefined when forged, altered or of no known kind. */
export async function readUnsubscribe(token: string): Promise<UnsubscribeTarget | undefined> {
  const claim = verifyToken(token);
  const stops = claim && stoppedBy(claim);
  if (!claim || !stops) return undefined;
  return { claim, stops, alert: stops.what, lang: await languageOf(stops) };
}

/** Stops what the token names; undefined when the token is not valid. */
export async function unsubscribe(token: string): Promise<UnsubscribeTarget | undefined> {
  const target = await readUnsubscribe(token);
  if (!target) return undefined;
  const { stops } = target;
  const now = new Date();
  if (stops.what === 'replies') {
    const profile = await getProfile(stops.userId);
    await saveAlerts(stops.userId, { ...profile.alerts, replies: false }, now.toISOString());
  } else if (stops.what === 'guest-replies') await stopGuestReplyAlerts(stops.site, stops.authorKey);
  else if (stops.what === 'follow') await removeFollow(stops.userId, stops.site, stops.page);
  else if (stops.what === 'follows')
    for (const follow of await listFollows(stops.userId))
      await removeFollow(stops.userId, follow.site, follow.page);
  else await stopModeratorAlert(stops.site, stops.userId, stops.what, now);
  return target;
}
