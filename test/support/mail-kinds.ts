/**
 * Test support: every kind of email the product sends, built with given hostile texts in every
 * field a user writes (test/e2e/mail-safety.test.ts renders them in Chromium). A new kind of
 * email gets a line here.
 */
import type { PendingReply } from '../../functions/alerts/batch-repository.js';
import { outcomeMail, refusedMail, statementMail } from '../../functions/alerts/decision-mail.js';
import { followDigestMail } from '../../functions/alerts/follow-mail.js';
import { digestMail, noticeMail } from '../../functions/alerts/moderator-mail.js';
import { renderReplyMail } from '../../functions/alerts/reply-mail.js';
import { warningMail } from '../../functions/alerts/warning-mail.js';
import { confirmationMail } from '../../functions/comments/guest-confirmation-mail.js';
import type { Statement } from '../../functions/comments/types.js';
import { renderMail } from '../../functions/shared/mail/render.js';

export interface MailKind {
  name: string;
  /** The email's HTML part with `texts` as the users' words. */
  html(texts: string[]): string;
}

const joined = (texts: string[]) => texts.join(' ');

/** A statement of reasons whose every free text is a moderator's hostile words. */
const statementOf = (texts: string[]): Statement => ({
  decision: 'remove',
  facts: joined(texts),
  ground: { kind: 'law', name: joined(texts), explanation: joined(texts) },
  redress: joined(texts),
  automated: false,
  notice: true,
  at: '2026-12-02T00:00:00.000Z',
});

/** Replies whose every user's word (names, excerpts) is hostile, each linked to its article. */
const repliesOf = (texts: string[]) =>
  texts.map((text, i) => ({
    reply: {
      userId: 'u',
      site: 's',
      page: text,
      replyId: `r${i}`,
      replierName: text,
      excerpt: text,
      parentExcerpt: text,
    } satisfies PendingReply,
    link: `https://journal.example/${encodeURIComponent(text)}#reagir-r${i}`,
  }));

export const MAIL_KINDS: MailKind[] = [
  {
    name: 'the renderer, every block',
    html: (texts) =>
      renderMail('fr', joined(texts), [
        { kind: 'text', text: joined(texts) },
        ...texts.map((text) => ({ kind: 'quote' as const, text, by: text })),
        ...texts.map((text) => ({ kind: 'link' as const, label: text, url: text })),
        { kind: 'footer', text: joined(texts), link: { label: joined(texts), url: 'https://example.fr/' } },
      ]).html,
  },
  {
    name: 'refused comment, to its author',
    html: (texts) => refusedMail('fr', joined(texts), joined(texts)).html,
  },
  {
    name: 'statement of reasons, to the author',
    html: (texts) => statementMail('en', joined(texts), statementOf(texts)).html,
  },
  {
    name: 'outcome of a notice, to the notifier',
    html: (texts) => outcomeMail('fr', joined(texts), statementOf(texts)).html,
  },
  {
    name: 'a moderators’ warning, to the reader',
    html: (texts) => warningMail('fr', joined(texts), joined(texts)).html,
  },
  {
    name: 'reply alert, to an account holder',
    html: (texts) =>
      renderReplyMail('a@example.org', 'fr', false, repliesOf(texts), 'https://api.example/u').html ?? '',
  },
  {
    name: 'reply alert, to a guest',
    html: (texts) =>
      renderReplyMail('a@example.org', 'en', true, repliesOf(texts), 'https://api.example/u').html ?? '',
  },
  {
    name: 'guest confirmation link, standing and replies',
    html: (texts) =>
      confirmationMail(
        'a@example.org',
        'fr',
        joined(texts),
        'https://api.example/v1/guests/confirm?token=x',
        {
          standing: true,
          replies: true,
        },
      ).html ?? '',
  },
  {
    name: 'moderation digest, to a staff member',
    html: (texts) =>
      digestMail(
        'staff@example.org',
        'fr',
        {
          site: 'demo',
          siteName: joined(texts),
          counts: { pending: texts.length, reported: texts.length, notices: 1 },
          oldest: {
            pending: texts.map((text) => ({ authorName: text, excerpt: text })),
            reported: texts.map((text) => ({ authorName: text, excerpt: text })),
            notices: [{ authorName: joined(texts), excerpt: joined(texts) }],
          },
        },
        'https://api.example.fr/v1/alerts/unsubscribe?token=a.b',
      ).html ?? '',
  },
  {
    name: 'notice of illegal content, to a staff member',
    html: (texts) =>
      noticeMail(
        'staff@example.org',
        'en',
        {
          site: 'demo',
          siteName: joined(texts),
          reason: joined(texts),
          explanation: joined(texts),
          commentExcerpt: joined(texts),
        },
        'https://api.example.fr/v1/alerts/unsubscribe?token=a.b',
      ).html ?? '',
  },
  {
    name: 'daily digest of followed articles',
    html: (texts) =>
      followDigestMail(
        'lectrice@example.org',
        'user-1',
        'fr',
        [
          {
            site: 'demo',
            page: joined(texts),
            title: joined(texts),
            url: 'https://example.fr/article',
            count: texts.length,
            more: false,
            comments: texts.map((text, i) => ({ id: `C${i}`, authorName: text, body: text })),
          },
          {
            site: 'demo',
            page: 'autre',
            title: joined(texts),
            count: 1,
            more: true,
            comments: [{ id: 'C', authorName: joined(texts), body: joined(texts) }],
          },
        ],
        new Date('2026-12-02T00:00:00.000Z'),
      ).html ?? '',
  },
];
