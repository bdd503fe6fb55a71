/**
 * Test support: every kind of email the product sends, built with given hostile texts in every
 * field a user writes (test/e2e/mail-safety.test.ts renders them in Chromium). A new kind of
 * email gets a line here.
 */
import { renderMail } from '../../functions/shared/mail/render.js';

export interface MailKind {
  name: string;
  /** The email's HTML part with `texts` as the users' words. */
  html(texts: string[]): string;
}

const joined = (texts: string[]) => texts.join(' ');

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
];
