/**
 * Alerts: whom a batch of reply alerts is for. An account is its user id; a guest who confirmed
 * "Me prévenir des réponses" is their key on one site (`guest|<site>|<authorKey>`), since a
 * guest's opt-in is per site. The id names the batch, the daily count and the unsubscribe token;
 * it never holds an address (a guest key is an HMAC of the email).
 */

/** An account holder, or a guest on a site. */
export type Recipient = { userId: string } | { site: string; authorKey: string };

const GUEST = 'guest|';

/** The recipient's id in batches, day counts and tokens. */
export const recipientId = (recipient: Recipient): string =>
  'userId' in recipient ? recipient.userId : `${GUEST}${recipient.site}|${recipient.authorKey}`;

/** The recipient an id names (an id that is not a guest's is an account's user id). */
export function recipientOf(id: string): Recipient {
  if (!id.startsWith(GUEST)) return { userId: id };
  const rest = id.slice(GUEST.length);
  const bar = rest.indexOf('|');
  return { site: rest.slice(0, bar), authorKey: rest.slice(bar + 1) };
}
