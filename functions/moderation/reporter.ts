/**
 * Moderation: who files a report and what it must hold, as a short spec. Pure: no HTTP, no keys.
 *
 * - `other` and `illegal` need a text (for `illegal`: what law the comment breaks, and why);
 * - an account reports as itself; a guest gives an email (kept private) on a site open to guests,
 *   and is recognised by the key of that email, as their comments are;
 * - an `illegal` notice (EU Digital Services Act, art. 16) may come from anyone, on any site: it
 *   needs the statement of good faith, and the notifier's name and email, which an account's
 *   own fill in when left out; for the offences of arts. 3 to 7 of Directive 2011/93/EU (child
 *   sexual abuse, art. 16(2)(c)) both are optional, and a notice without an email has no key to
 *   be recognised by: each one counts (the per-address limit bounds them).
 */
import type { CommentRecord } from '../comments/records.js';
import type { Caller } from '../shared/auth/caller.js';
import { AppError } from '../shared/errors.js';
import { guestKey, migratedGuestKey, normalizeEmail } from '../shared/guest-key.js';
import { newId } from '../shared/ids.js';
import { normalizeLine, normalizeText } from '../shared/text/normalize.js';
import type { Site } from '../sites/schemas.js';
import type { ReportBody } from './schemas.js';

/** The DSA art. 16 notice kept with an `illegal` report: who sent it and exactly what they saw. */
export interface IllegalNotice {
  goodFaith: true;
  exemptOffence: boolean;
  /** The comment as it read when reported: its text may change or go afterwards. */
  commentBody: string;
  commentAuthorName: string;
  commentEditedAt: string | null;
}

/** A report ready to store: the reporter's key (one report per key and comment) and what they said. */
export interface ReportDraft {
  /** The account id, `guest:h1.<hmac>` for a guest, or `anonymous:<id>` for an exempt notice without email. */
  reporterKey: string;
  /** The account id; null for a guest. */
  userId: string | null;
  guest: boolean;
  reason: ReportBody['reason'];
  text?: string;
  /** Private: the reporter's name (for moderators), a guest's address, or the notifier's. Never in a public answer. */
  reporterName?: string;
  reporterEmail?: string;
  notice?: IllegalNotice;
}

type FieldCode = 'report_text_required' | 'reporter_email_required' | 'good_faith_required';

const FIELD_REFUSALS: Record<FieldCode, { path: string; message: string }> = {
  report_text_required: { path: 'body.text', message: 'Say in a few words what is wrong with this comment.' },
  reporter_email_required: {
    path: 'body.reporter.email',
    message: 'Give your email to report as a guest; it is not shown.',
  },
  good_faith_required: {
    path: 'body.goodFaith',
    message: 'A notice of illegal content needs your statement that it is given in good faith.',
  },
};

const refuse = (code: FieldCode) => {
  const issue = FIELD_REFUSALS[code];
  return new AppError(code, issue.message, [{ ...issue, code: 'required', params: {} }]);
};

/** The report `body` makes, from `caller` (or a guest) on `site`, or the AppError that refuses it. */
export function draftReport(
  body: ReportBody,
  caller: Caller | undefined,
  site: Pick<Site, 'guests'>,
  comment: CommentRecord,
): ReportDraft {
  const illegal = body.reason === 'illegal';
  if (!caller && !site.guests && !illegal) {
    throw new AppError('guests_not_allowed', 'Log in or create an account to report a comment on this site.');
  }
  const text = body.text === undefined ? undefined : normalizeText(body.text) || undefined;
  if ((illegal || body.reason === 'other') && !text) throw refuse('report_text_required');
  const givenEmail = body.reporter?.email ? normalizeEmail(body.reporter.email) : undefined;
  const givenName = body.reporter?.name ? normalizeLine(body.reporter.name) || undefined : undefined;
  if (!caller && !illegal && !givenEmail) throw refuse('reporter_email_required');
  const who = caller
    ? { reporterKey: caller.userId, userId: caller.userId, guest: false }
    : { reporterKey: givenEmail ? guestKey(givenEmail) : `anonymous:${newId()}`, userId: null, guest: true };
  // The widget offers no "Signaler" on one's own comment; the API refuses it too (an author deletes).
  if (who.reporterKey === migratedGuestKey(comment.authorKey)) {
    throw new AppError(
      'action_not_allowed',
      'You cannot report your own comment; edit or delete it instead.',
    );
  }
  // The name moderators see beside the report (never a public answer): the account's, or the guest's.
  if (!illegal)
    return {
      ...who,
      reason: body.reason,
      text,
      reporterName: givenName ?? caller?.name,
      reporterEmail: givenEmail,
    };

  if (body.goodFaith !== true) throw refuse('good_faith_required');
  const exemptOffence = body.exemptOffence === true;
  const name = givenName ?? caller?.name;
  const email = givenEmail ?? (caller?.email ? normalizeEmail(caller.email) : undefined);
  if (!exemptOffence && (!name || !email)) {
    const message = 'A notice of illegal content needs the name and email of the person who sends it.';
    throw new AppError('notifier_required', message, [
      ...(name ? [] : [{ path: 'body.reporter.name', code: 'required' as const, params: {}, message }]),
      ...(email ? [] : [{ path: 'body.reporter.email', code: 'required' as const, params: {}, message }]),
    ]);
  }
  return {
    ...who,
    reason: body.reason,
    text,
    reporterName: name,
    reporterEmail: email,
    notice: {
      goodFaith: true,
      exemptOffence,
      commentBody: comment.body,
      commentAuthorName: comment.authorName,
      commentEditedAt: comment.editedAt ?? null,
    },
  };
}
