/**
 * Alerts: the email that carries a moderators' warning (issue 14, point 8, "and by email once
 * alerts exist"). The reader also reads it in the thread until they dismiss it; the email says so.
 * The moderator is not named (the widget does not name them either).
 */
import { type MailBlock, renderMail } from '../shared/mail/render.js';
import type { Lang } from './decision-mail.js';

const T = {
  fr: {
    title: (site: string) => `Un message des modérateurs de ${site}`,
    intro: 'Les modérateurs vous adressent cet avertissement au sujet de vos commentaires :',
    after: 'Vous le retrouverez au-dessus des commentaires lors de votre prochaine visite.',
    footer: 'Vous recevez ce message parce que les modérateurs du site vous ont écrit.',
  },
  en: {
    title: (site: string) => `A message from the moderators of ${site}`,
    intro: 'The moderators send you this warning about your comments:',
    after: 'You will also see it above the comments on your next visit.',
    footer: 'You get this message because the site’s moderators wrote to you.',
  },
} as const;

/** The warning email: the site's name and the moderators' own words, quoted. */
export function warningMail(lang: Lang, siteName: string, message: string) {
  const t = T[lang];
  const title = t.title(siteName);
  const blocks: MailBlock[] = [
    { kind: 'text', text: t.intro },
    { kind: 'quote', text: message },
    { kind: 'text', text: t.after },
    { kind: 'footer', text: t.footer },
  ];
  return { subject: title, ...renderMail(lang, title, blocks) };
}
