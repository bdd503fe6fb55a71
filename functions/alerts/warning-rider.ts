/**
 * Alerts: a moderators' warning is also emailed to the warned reader, once per warning (the
 * effect's key is the warning's id, so a replay or a later change of the member item sends
 * nothing more). Not to an address SES reported as bouncing or complaining. An account's address is
 * in Cognito; a guest, who has no session to read the warning in, is written to at the address
 * their comments carry (a guest key is one email's).
 */

import { getProfile } from '../accounts/profile-repository.js';
import { emailOf } from '../accounts/reader-directory.js';
import { allAuthorComments } from '../comments/store.js';
import { registerKind } from '../events/perform.js';
import { planners } from '../events/riders.js';
import { isSuppressed } from '../events/suppressions.js';
import type { DomainEvent } from '../events/types.js';
import { sendMail } from '../shared/mail/mailer.js';
import { requireSite } from '../sites/service.js';
import { warningMail } from './warning-mail.js';

interface WarningPayload extends Record<string, unknown> {
  site: string;
  /** An account id, or a guest key. */
  userId: string;
  message: string;
}

const isGuestKey = (key: string) => key.startsWith('guest:');

/** The address of an account (Cognito) or of a guest (any of their comments still holding it). */
async function addressOf(authorKey: string): Promise<string | undefined> {
  if (!isGuestKey(authorKey)) return emailOf(authorKey);
  for await (const comment of allAuthorComments(authorKey)) if (comment.guestEmail) return comment.guestEmail;
  return undefined;
}

async function languageOf(authorKey: string, siteLanguage: string | undefined) {
  const own = isGuestKey(authorKey) ? undefined : (await getProfile(authorKey)).language;
  return own ?? (siteLanguage === 'en' ? 'en' : 'fr');
}

planners.push(async (event: DomainEvent) => {
  if (event.type !== 'author.warned') return [];
  const payload: WarningPayload = {
    site: event.site,
    userId: event.authorKey,
    message: event.warning.message,
  };
  return [{ key: `warning:${event.warning.id}`, kind: 'warning-mail', payload }];
});

registerKind('warning-mail', {
  retryDelays: [60, 300, 1800, 7200],
  async perform(raw) {
    const payload = raw as WarningPayload;
    const to = await addressOf(payload.userId);
    if (!to) return { status: 'skipped', detail: 'no_address' };
    if (await isSuppressed(to)) return { status: 'skipped', detail: 'suppressed' };
    const site = await requireSite(payload.site);
    const lang = await languageOf(payload.userId, site.languages[0]);
    if (!process.env.MAIL_FROM) throw new Error('No MAIL_FROM: the stage has no SES sender');
    await sendMail({ to, kind: 'warning', ...warningMail(lang, site.name, payload.message) });
    return { status: 'sent' };
  },
});
