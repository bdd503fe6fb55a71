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

/** What a link stops: reply alerts (an account's, a guest's), a moderator's digest or notice emails (unsubscribe.ts). */
export type StoppedAlert = 'replies' | 'guest-replies' | 'follow' | 'follows' | 'digest' | 'notices';

/** The question and the confirmation, per alert a link stops. */
const ALERTS: Record<
  'fr' | 'en',
  Record<StoppedAlert, { ask: string; askBody: string; doneBody: string }>
> = {
  fr: {
    replies: {
      ask: 'Ne plus recevoir les alertes de réponses ?',
      askBody:
        'Vous ne recevrez plus d’e-mail quand quelqu’un répond à vos commentaires. Vous pourrez les réactiver dans « Mon compte », sous les commentaires.',
      doneBody: 'Vous ne recevrez plus d’alertes de réponses. Vous pouvez fermer cette page.',
    },
    'guest-replies': {
      ask: 'Ne plus recevoir les alertes de réponses ?',
      askBody:
        'Vous ne recevrez plus d’e-mail quand quelqu’un répond à vos commentaires sur ce site. Pour les recevoir à nouveau, cochez « Me prévenir des réponses » en commentant.',
      doneBody: 'Vous ne recevrez plus d’alertes de réponses. Vous pouvez fermer cette page.',
    },
    follow: {
      ask: 'Ne plus suivre cet article ?',
      askBody:
        'Vous ne recevrez plus le résumé quotidien de ses nouveaux commentaires. Vous pourrez le suivre à nouveau sous l’article.',
      doneBody:
        'Vous ne suivez plus cet article : ses nouveaux commentaires ne vous seront plus envoyés. Vous pouvez fermer cette page.',
    },
    follows: {
      ask: 'Ne plus suivre ces articles ?',
      askBody:
        'Vous ne recevrez plus de résumé quotidien des articles que vous suivez. Vous pourrez les suivre à nouveau sous chaque article.',
      doneBody:
        'Vous ne suivez plus ces articles : vous ne recevrez plus de résumé quotidien. Vous pouvez fermer cette page.',
    },
    digest: {
      ask: 'Ne plus recevoir le résumé de modération ?',
      askBody:
        'Vous ne recevrez plus le résumé des commentaires à modérer de ce site. Vous pourrez le réactiver dans la console, sous « Mes alertes ».',
      doneBody: 'Vous ne recevrez plus le résumé de modération de ce site. Vous pouvez fermer cette page.',
    },
    notices: {
      ask: 'Ne plus être averti des signalements de contenu illicite ?',
      askBody:
        'Vous ne recevrez plus d’e-mail à chaque signalement de contenu illicite sur ce site. Vous pourrez le réactiver dans la console, sous « Mes alertes ».',
      doneBody: 'Vous ne recevrez plus ces alertes pour ce site. Vous pouvez fermer cette page.',
    },
  },
  en: {
    replies: {
      ask: 'Stop reply alerts?',
      askBody:
        'You will no longer get an email when someone replies to your comments. You can turn them back on in “My account”, below the comments.',
      doneBody: 'You will no longer get reply alerts. You may close this page.',
    },
    'guest-replies': {
      ask: 'Stop reply alerts?',
      askBody:
        'You will no longer get an email when someone replies to your comments on this site. To get them again, tick “Notify me of replies” when you comment.',
      doneBody: 'You will no longer get reply alerts. You may close this page.',
    },
    follow: {
      ask: 'Unfollow this article?',
      askBody:
        'You will no longer get the daily digest of its new comments. You can follow it again below the article.',
      doneBody:
        'You no longer follow this article: its new comments will no longer be sent to you. You may close this page.',
    },
    follows: {
      ask: 'Unfollow these articles?',
      askBody:
        'You will no longer get a daily digest of the articles you follow. You can follow them again below each article.',
      doneBody:
        'You no longer follow these articles: you will no longer get a daily digest. You may close this page.',
    },
    digest: {
      ask: 'Stop the moderation digest?',
      askBody:
        'You will no longer get the digest of this site’s comments to moderate. You can turn it back on in the console, under “My alerts”.',
      doneBody: 'You will no longer get this site’s moderation digest. You may close this page.',
    },
    notices: {
      ask: 'Stop the emails about notices of illegal content?',
      askBody:
        'You will no longer get an email for each notice of illegal content on this site. You can turn them back on in the console, under “My alerts”.',
      doneBody: 'You will no longer get these alerts for this site. You may close this page.',
    },
  },
};

const TEXTS = {
  fr: {
    button: 'Me désabonner',
    done: 'Désabonnement confirmé',
    bad: 'Ce lien n’est pas valable',
    badBody:
      'Il est incomplet ou a été modifié. Gérez vos alertes dans « Mon compte », sous les commentaires.',
  },
  en: {
    button: 'Unsubscribe',
    done: 'Unsubscribed',
    bad: 'This link is not valid',
    badBody: 'It is incomplete or was altered. Manage your alerts in “My account”, below the comments.',
  },
} as const;

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

/** The link's page: what unsubscribing does, and the button that does it. */
export function unsubscribeForm(lang: Lang, what: StoppedAlert, token: string): Reply {
  const t = { ...TEXTS[lang], ...ALERTS[lang][what] };
  const form = `<form method="post" action="unsubscribe?token=${token}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${t.button}</button></form>`;
  return { status: 200, headers, text: page(lang, t.ask, `<p>${t.askBody}</p>${form}`) };
}

/** After the post: done. */
export function unsubscribed(lang: Lang, what: StoppedAlert): Reply {
  const t = { ...TEXTS[lang], ...ALERTS[lang][what] };
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
