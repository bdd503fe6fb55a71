/**
 * Comments: the pages a guest sees when they open the confirmation link of their email, in the
 * guest's language (the widget's at posting, kept with the link), saying what confirming turns on
 * (standing, reply alerts). A link that does not work gets both languages (whose it was cannot be
 * known). Opening the link (GET) only shows a button: link scanners of mail providers open every
 * link they see, and must not confirm an address for its owner. The button posts the token
 * (POST), which confirms. Plain HTML, no script, no outside resource; nothing interpolated but the
 * token, which its schema keeps to `[\w-]`.
 */
import type { Reply } from '../shared/http/http-handler.js';
import type { LinkPurpose } from './guest-confirmation-repository.js';

const headers = {
  'content-type': 'text/html; charset=utf-8',
  // No script, style or frame; the only thing the page does is post its form to this API.
  'content-security-policy':
    "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  // Not `no-referrer`: that would make the button's post say `Origin: null`, which is refused.
  'referrer-policy': 'same-origin',
};

const TEXTS = {
  fr: {
    ask: 'Confirmer votre adresse',
    standing:
      'Vous avez commenté sans compte. Une fois votre adresse confirmée, vos prochains commentaires suivent les règles habituelles du site au lieu d’attendre la modération.',
    replies:
      'Vous avez demandé à être prévenu·e des réponses à vos commentaires. Une fois votre adresse confirmée, vous recevrez un e-mail quand quelqu’un vous répond sur ce site ; chaque e-mail permet de l’arrêter.',
    button: 'Confirmer mon adresse',
    done: 'Adresse confirmée',
    doneBody: 'Merci. Vous pouvez fermer cette page.',
    doneReplies:
      'Merci. Vous serez prévenu·e par e-mail des réponses à vos commentaires sur ce site. Vous pouvez fermer cette page.',
    bad: 'Ce lien n’est pas (ou plus) valable',
    badBody: 'Il a déjà servi ou il a expiré : commentez à nouveau pour en recevoir un autre.',
  },
  en: {
    ask: 'Confirm your address',
    standing:
      'You commented as a guest. Once your address is confirmed, your next comments follow the site’s usual rules instead of waiting for moderation.',
    replies:
      'You asked to be told of replies to your comments. Once your address is confirmed, you will get an email when someone replies to you on this site; each email lets you stop them.',
    button: 'Confirm my address',
    done: 'Address confirmed',
    doneBody: 'Thank you: you may close this page.',
    doneReplies:
      'Thank you: you will be told by email of replies to your comments on this site. You may close this page.',
    bad: 'This link is not valid (any more)',
    badBody: 'It was used or it expired. Comment again to get a new one.',
  },
} as const;

type Lang = keyof typeof TEXTS;
const LANGS: readonly Lang[] = ['fr', 'en'];

function page(lang: Lang, title: string, body: string): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title></head>`,
    `<body><main>${body}</main></body>`,
    '</html>',
  ].join('\n');
}

/** One language's part of the link's page: what confirming does, and the button that does it. */
function askPart(lang: Lang, token: string, replies: boolean, heading: 'h1' | 'h2', other: boolean): string {
  const t = TEXTS[lang];
  const attr = other ? ` lang="${lang}"` : '';
  const form = `<form method="post" action="confirm"><input type="hidden" name="token" value="${token}"><button type="submit">${t.button}</button></form>`;
  return `<section${attr}><${heading}>${t.ask}</${heading}><p>${replies ? t.replies : t.standing}</p>${form}</section>`;
}

/**
 * The page of the link: in the guest's language when the link works (`purpose`), else in both
 * (the button then says the link does not work).
 */
export function confirmationForm(token: string, purpose: LinkPurpose | undefined): Reply {
  const langs = purpose ? [purpose.lang] : LANGS;
  const [first = 'fr'] = langs;
  const body = langs
    .map((lang, i) => askPart(lang, token, purpose?.notifyReplies ?? false, i ? 'h2' : 'h1', i > 0))
    .join('\n');
  return { status: 200, headers, text: page(first, TEXTS[first].ask, body) };
}

/** The page after the button: confirmed (in the guest's language), or the link did not work. */
export function confirmationResult(purpose: LinkPurpose | undefined): Reply {
  if (purpose) {
    const t = TEXTS[purpose.lang];
    const body = `<h1>${t.done}</h1><p>${purpose.notifyReplies ? t.doneReplies : t.doneBody}</p>`;
    return { status: 200, headers, text: page(purpose.lang, t.done, body) };
  }
  const { fr, en } = TEXTS;
  return {
    status: 400,
    headers,
    text: page(
      'fr',
      fr.bad,
      `<h1>${fr.bad}</h1><p>${fr.badBody}</p><h2 lang="en">${en.bad}</h2><p lang="en">${en.badBody}</p>`,
    ),
  };
}
