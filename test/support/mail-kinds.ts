/**
 * Test support: every kind of email the product sends, built with given hostile texts in every
 * field a user writes (test/e2e/mail-safety.test.ts renders them in Chromium). A new kind of
 * email gets a line here.
 */
import { outcomeMail, refusedMail, statementMail } from '../../functions/alerts/decision-mail.js';
import { followDigestMail } from '../../functions/alerts/follow-mail.js';
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
