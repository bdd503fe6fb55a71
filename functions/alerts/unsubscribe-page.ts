/**
 * Alerts: the pages of an alert email's unsubscribe link, in the reader's language. Opening the
 * link (GET) only shows a button, since mail providers' link scanners open every link; the button
 * posts (POST), as the mail providers' one-click does (RFC 8058). Plain HTML, no script, no outside
 * resource; nothing interpolated but the token, which its schema keeps to `[\w.-]`.
 */
import type { Reply } from '../shared/http/http-handler.js';

const headers = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  // Not `no-referrer`: that would make the button's post say `Origin: null`, which is refused.
  'referrer-policy': 'same-origin',
};

/** What the page says of each thing a token stops (service.ts, `UnsubscribeTarget`). */
type What = 'replies' | 'follow' | 'follows';

interface Said {
  ask: string;
  askBody: string;
  done: string;
  doneBody: string;
}

const TEXTS = {
  fr: {
    replies: {
      ask: 'Ne plus recevoir les alertes de réponses ?',
      askBody:
        'Vous ne recevrez plus d’e-mail quand quelqu’un répond à vos commentaires. Vous pourrez les réactiver dans « Mon compte », sous les commentaires.',
      done: 'Désabonnement confirmé',
      doneBody: 'Vous ne recevrez plus d’alertes de réponses. Vous pouvez fermer cette page.',
    },
    follow: {
      ask: 'Ne plus suivre cet article ?',
      askBody:
        'Vous ne recevrez plus le résumé quotidien de ses nouveaux commentaires. Vous pourrez le suivre à nouveau sous l’article.',
      done: 'Vous ne suivez plus cet article',
      doneBody: 'Ses nouveaux commentaires ne vous seront plus envoyés. Vous pouvez fermer cette page.',
    },
    follows: {
      ask: 'Ne plus suivre ces articles ?',
      askBody:
        'Vous ne recevrez plus de résumé quotidien des articles que vous suivez. Vous pourrez les suivre à nouveau sous chaque article.',
      done: 'Vous ne suivez plus ces articles',
      doneBody: 'Vous ne recevrez plus de résumé quotidien. Vous pouvez fermer cette page.',
    },
    button: 'Me désabonner',
    bad: 'Ce lien n’est pas valable',
    badBody:
      'Il est incomplet ou a été modifié. Gérez vos alertes dans « Mon compte », sous les commentaires.',
  },
  en: {
    replies: {
      ask: 'Stop reply alerts?',
      askBody:
        'You will no longer get an email when someone replies to your comments. You can turn them back on in “My account”, below the comments.',
      done: 'Unsubscribed',
      doneBody: 'You will no longer get reply alerts. You may close this page.',
    },
    follow: {
      ask: 'Unfollow this article?',
      askBody:
        'You will no longer get the daily digest of its new comments. You can follow it again below the article.',
      done: 'You no longer follow this article',
      doneBody: 'Its new comments will no longer be sent to you. You may close this page.',
    },
    follows: {
      ask: 'Unfollow these articles?',
      askBody:
        'You will no longer get a daily digest of the articles you follow. You can follow them again below each article.',
      done: 'You no longer follow these articles',
      doneBody: 'You will no longer get a daily digest. You may close this page.',
    },
    button: 'Unsubscribe',
    bad: 'This link is not valid',
    badBody: 'It is incomplete or was altered. Manage your alerts in “My account”, below the comments.',
  },
} as const satisfies Record<string, Record<What, Said> & { button: string; bad: string; badBody: string }>;

type Lang = keyof typeof TEXTS;

function page(lang: Lang, title: string, body: string, error?: string): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title></head>`,
    `<body><main${error ? ` data-error="${error}"` : ''}><h1>${title}</h1>${body}</main></body>`,
    '</html>',
  ].join('\n');
}

/** The link's page: what unsubscribing from `what` does, and the button that does it. */
export function unsubscribeForm(lang: Lang, what: What, token: string): Reply {
  const t = TEXTS[lang];
  const form = `<form method="post" action="unsubscribe?token=${token}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${t.button}</button></form>`;
  return { status: 200, headers, text: page(lang, t[what].ask, `<p>${t[what].askBody}</p>${form}`) };
}

/** After the post: done. */
export function unsubscribed(lang: Lang, what: What): Reply {
  const t = TEXTS[lang][what];
  return { status: 200, headers, text: page(lang, t.done, `<p>${t.doneBody}</p>`) };
}

/** A forged, altered or cut token, in both languages (whose it is cannot be known). */
export function invalidToken(): Reply {
  return {
    status: 400,
    headers,
    text: page(
      'fr',
      TEXTS.fr.bad,
      `<p>${TEXTS.fr.badBody}</p><h2 lang="en">${TEXTS.en.bad}</h2><p lang="en">${TEXTS.en.badBody}</p>`,
      'invalid_token',
    ),
  };
}
