/**
 * Comments: a guest's email confirmed by a link, so that a guest earns standing (the approved
 * count that lets comments skip `holdFirstComments`) only with an address they read, and gets
 * reply alerts only at an address they confirmed (double opt-in). When the site holds first
 * comments, a guest who posts while unconfirmed is mailed a link (with a random, single-use token,
 * 7 days); until it is opened, their comments stay held. A guest who ticks "Me prévenir des
 * réponses" is mailed a link too (the same one, when both apply); until it is opened, no reply
 * alert is sent, and one who did not tick gets none, confirmed or not.
 *
 * Not an oracle: the post's answer is the same whether a link was sent, skipped (rate limits:
 * per guest and per address) or failed; opening a link answers only whether that link works.
 */
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import { sendMail } from '../shared/mail/mailer.js';
import { count, hashed } from '../shared/rate-limit/rate-limit.js';
import type { Site } from '../sites/schemas.js';
import { confirmationMail } from './guest-confirmation-mail.js';
import {
  confirmByToken,
  type LinkPurpose,
  putConfirmation,
  readConfirmation,
} from './guest-confirmation-repository.js';
import type { GuestConfirmed } from './types.js';

/** Links mailed per guest per day, and per address per hour, beyond which none is sent. */
const LINKS_PER_GUEST_PER_DAY = 3;
const LINKS_PER_IP_PER_HOUR = 20;

/** What is stored of a link's token: its hash, never the token. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** What a confirmation mail needs: the guest, where they posted from, and the API's own origin. */
export interface ConfirmationRequest {
  site: Site;
  email: string;
  authorKey: string;
  sourceIp: string;
  apiOrigin: string | undefined;
  /** The link earns standing (the site holds first comments and the guest is unconfirmed). */
  standing: boolean;
  /** The guest ticked "Me prévenir des réponses": the link turns reply alerts on. */
  notifyReplies: boolean;
  lang: 'fr' | 'en';
}

/** Mails a confirmation link, unless a limit is reached; never throws (the comment is posted). */
export async function offerConfirmation(request: ConfirmationRequest): Promise<void> {
  try {
    if (!request.apiOrigin) return;
    const [perGuest, perIp] = await count([
      { name: `guest-confirm:${hashed(request.authorKey)}`, windowSeconds: 86_400 },
      { name: `guest-confirm-ip:${hashed(request.sourceIp)}`, windowSeconds: 3600 },
    ]);
    if ((perGuest ?? 0) > LINKS_PER_GUEST_PER_DAY || (perIp ?? 0) > LINKS_PER_IP_PER_HOUR) return;
    const token = randomBytes(24).toString('base64url');
    const { notifyReplies, lang } = request;
    await putConfirmation(tokenHash(token), request.site.id, request.authorKey, { notifyReplies, lang });
    const link = `${request.apiOrigin}/v1/guests/confirm?token=${token}`;
    await sendMail(
      confirmationMail(request.email, lang, request.site.name, link, {
        standing: request.standing,
        replies: notifyReplies,
      }),
    );
  } catch (error) {
    logger.warn('guest confirmation not sent', {
      errorName: error instanceof Error ? error.name : 'unknown',
    });
  }
}

/** What a link turns on, for its page (which says it in the guest's language); undefined when it does not work. */
export const linkPurpose = (token: string): Promise<LinkPurpose | undefined> =>
  readConfirmation(tokenHash(token));

/**
 * Opens a link: the guest is confirmed (and their reply alerts on, when they asked); 400
 * `invalid_code` for a link unknown, used or expired.
 */
export async function confirmGuest(token: string): Promise<GuestConfirmed & { lang: 'fr' | 'en' }> {
  const purpose = await confirmByToken(tokenHash(token));
  if (!purpose)
    throw new AppError(
      'invalid_code',
      'This confirmation link is not valid (any more); post again to get a new one.',
    );
  return { confirmed: true, replyAlerts: purpose.notifyReplies, lang: purpose.lang };
}
