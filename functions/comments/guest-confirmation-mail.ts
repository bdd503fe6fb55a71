/**
 * Comments: the email of a guest's confirmation link, in the guest's language (the widget's at
 * posting), built with shared/mail/render.ts (the site's name is escaped). It says what the link
 * turns on: standing (the site holds first comments), reply alerts (the guest ticked "Me prévenir
 * des réponses"), or both.
 */
import type { MailMessage } from '../shared/mail/mailer.js';
import { type MailBlock, renderMail } from '../shared/mail/render.js';

/** What the link turns on. */
export interface LinkEffects {
  standing: boolean;
  replies: boolean;
}

const TEXTS = {
  fr: {
    subject: (site: string) => `Confirmez votre adresse pour ${site}`,
    posted: (site: string) => `Vous avez commenté sur ${site} sans compte.`,
    standing:
      'Une fois votre adresse confirmée, vos prochains commentaires suivent les règles habituelles du site au lieu d’attendre la modération.',
    replies:
      'Vous avez demandé à être prévenu·e des réponses à vos commentaires : rien ne vous sera envoyé tant que vous n’aurez pas confirmé votre adresse.',
    confirm: 'Confirmer mon adresse',
    footer:
      'Ce lien vaut 7 jours. Si vous n’avez rien écrit, ignorez ce message : vous ne recevrez rien d’autre.',
  },
  en: {
    subject: (site: string) => `Confirm your address for ${site}`,
    posted: (site: string) => `You commented on ${site} as a guest.`,
    standing:
      'Once your address is confirmed, your next comments follow the site’s usual rules instead of waiting for moderation.',
    replies:
      'You asked to be told of replies to your comments: nothing will be sent to you until you confirm your address.',
    confirm: 'Confirm my address',
    footer:
      'This link works for 7 days. If you wrote nothing, ignore this message: you will get nothing else.',
  },
} as const;

/** The confirmation email for `to`, with `link`, saying what it turns on. */
export function confirmationMail(
  to: string,
  lang: 'fr' | 'en',
  siteName: string,
  link: string,
  effects: LinkEffects,
): MailMessage {
  const t = TEXTS[lang];
  const blocks: MailBlock[] = [{ kind: 'text', text: t.posted(siteName) }];
  if (effects.standing) blocks.push({ kind: 'text', text: t.standing });
  if (effects.replies) blocks.push({ kind: 'text', text: t.replies });
  blocks.push({ kind: 'link', label: t.confirm, url: link }, { kind: 'footer', text: t.footer });
  const subject = t.subject(siteName);
  return { to, kind: 'GuestConfirmation', subject, ...renderMail(lang, subject, blocks) };
}
