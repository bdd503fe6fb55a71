/**
 * Alerts: decisions told (issue 15, point 5). A comment a moderator refused after posting tells
 * its author why; a decision on notices of illegal content tells the author the statement of
 * reasons and each notifier the outcome. The refusal that a decision on notices makes is told by
 * its statement, once. Addresses are found when the mail is sent (a retry finds them again).
 */

import { getProfile } from '../accounts/profile-repository.js';
import { emailOf } from '../accounts/reader-directory.js';
import { getCommentById } from '../comments/store.js';
import type { Statement } from '../comments/types.js';
import { registerKind } from '../events/perform.js';
import { planners } from '../events/riders.js';
import { isSuppressed } from '../events/suppressions.js';
import type { DomainEvent } from '../events/types.js';
import { readReports } from '../moderation/report-repository.js';
import { sendMail } from '../shared/mail/mailer.js';
import { requireSite } from '../sites/service.js';
import { type Lang, outcomeMail, refusedMail, statementMail } from './decision-mail.js';

/** Whom to write to: an account (its address from Cognito) or an address given (a guest, a notifier). */
type Recipient = { userId: string } | { email: string };

interface DecisionPayload extends Record<string, unknown> {
  site: string;
  to: Recipient;
  mail: 'refused' | 'statement' | 'outcome';
  body: string;
  reason?: string;
  statement?: Statement;
}

const isGuestKey = (key: string) => key.startsWith('guest:') || key.startsWith('anonymous:');

const authorOf = (comment: { authorId: string | null; guestEmail?: string }): Recipient | undefined =>
  comment.authorId
    ? { userId: comment.authorId }
    : comment.guestEmail
      ? { email: comment.guestEmail }
      : undefined;

async function plan(event: DomainEvent) {
  if (event.type === 'comment.refused') {
    const { comment, previous } = event;
    // Refused at posting: the author saw it at once. Refused by a decision on notices: its statement tells.
    if (!previous || comment.statement?.at !== previous.statement?.at) return [];
    const to = authorOf(comment);
    if (!to) return [];
    const payload: DecisionPayload = {
      site: event.site,
      to,
      mail: 'refused',
      body: comment.body,
      reason: comment.decisionReason,
    };
    return [{ key: `decision-author:${comment.authorKey}`, kind: 'decision-mail', payload }];
  }
  if (event.type !== 'decision.made') return [];
  const comment = await getCommentById(event.commentId);
  if (!comment) return [];
  const base = { site: event.site, body: comment.body, statement: event.statement };
  const effects = [];
  const author = isGuestKey(event.authorKey)
    ? authorOf({ authorId: null, guestEmail: comment.guestEmail })
    : { userId: event.authorKey };
  if (author) {
    const payload: DecisionPayload = { ...base, to: author, mail: 'statement' };
    effects.push({ key: `decision-author:${event.authorKey}`, kind: 'decision-mail', payload });
  }
  const { notices } = await readReports(event.commentId);
  for (const notice of notices.filter((n) => event.notifierKeys.includes(n.reporterKey))) {
    const to: Recipient | undefined = notice.reporterEmail
      ? { email: notice.reporterEmail }
      : notice.userId
        ? { userId: notice.userId }
        : undefined;
    if (!to) continue;
    const payload: DecisionPayload = { ...base, to, mail: 'outcome' };
    effects.push({ key: `decision-notifier:${notice.reporterKey}`, kind: 'decision-mail', payload });
  }
  return effects;
}

planners.push(plan);

/**
 * The recipient's language: an account's own (its profile, as the widget last saved it), else the
 * site's first. A guest or a notifier left no language, so they read the site's.
 */
async function languageOf(to: Recipient, site: string): Promise<Lang> {
  const own = 'userId' in to ? (await getProfile(to.userId)).language : undefined;
  if (own) return own;
  return (await requireSite(site)).languages[0] === 'en' ? 'en' : 'fr';
}

registerKind('decision-mail', {
  retryDelays: [60, 300, 1800, 7200],
  async perform(raw) {
    const payload = raw as DecisionPayload;
    const to = 'email' in payload.to ? payload.to.email : await emailOf(payload.to.userId);
    if (!to) return { status: 'skipped', detail: 'no_address' };
    if (await isSuppressed(to)) return { status: 'skipped', detail: 'suppressed' };
    const lang = await languageOf(payload.to, payload.site);
    const mail =
      payload.mail === 'refused'
        ? refusedMail(lang, payload.body, payload.reason)
        : payload.mail === 'statement' && payload.statement
          ? statementMail(lang, payload.body, payload.statement)
          : outcomeMail(lang, payload.body, payload.statement as Statement);
    if (!process.env.MAIL_FROM) throw new Error('No MAIL_FROM: the stage has no SES sender');
    await sendMail({ to, kind: `decision-${payload.mail}`, ...mail });
    return { status: 'sent' };
  },
});
