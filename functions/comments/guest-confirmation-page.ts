/**
 * Comments: the pages a guest sees when they open the confirmation link of their email, in French
 * then English. Opening the link (GET) only shows a button: link scanners of mail providers open
 * every link they see, and must not confirm an address for its owner. The button posts the token
 * (POST), which confirms. Plain HTML, no script, no outside resource; nothing interpolated but the
 * token, which its schema keeps to `[\w-]`.
 */
import type { Reply } from '../shared/http/http-handler.js';

const headers = {
  'content-type': 'text/html; charset=utf-8',
  // No script, style or frame; the only thing the page does is post its form to this API.
  'content-security-policy':
    "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  // Not `no-referrer`: that would make the button's post say `Origin: null`, which is refused.
  'referrer-policy': 'same-origin',
};

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="fr">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title></head>`,
    `<body><main>${body}</main></body>`,
    '</html>',
  ].join('\n');
}

/** The page of the link: what confirming does, and the button that does it. */
export function confirmationForm(token: string): Reply {
  const form = (label: string) =>
    `<form method="post" action="confirm"><input type="hidden" name="token" value="${token}"><button type="submit">${label}</button></form>`;
  return {
    status: 200,
    headers,
    text: page(
      'Confirmer votre adresse',
      [
        '<h1>Confirmer votre adresse</h1>',
        '<p>Vous avez commenté sans compte. Une fois votre adresse confirmée, vos prochains commentaires suivent les règles habituelles du site au lieu d’attendre la modération.</p>',
        form('Confirmer mon adresse'),
        '<h2 lang="en">Confirm your address</h2>',
        '<p lang="en">You commented as a guest. Once your address is confirmed, your next comments follow the site’s usual rules instead of waiting for moderation.</p>',
        `<div lang="en">${form('Confirm my address')}</div>`,
      ].join('\n'),
    ),
  };
}

/** The page after the button: confirmed, or the link did not work (unknown, used or expired). */
export function confirmationResult(confirmed: boolean): Reply {
  return confirmed
    ? {
        status: 200,
        headers,
        text: page(
          'Adresse confirmée',
          '<h1>Adresse confirmée</h1><p>Merci. Vous pouvez fermer cette page.</p><p lang="en">Address confirmed. Thank you: you may close this page.</p>',
        ),
      }
    : {
        status: 400,
        headers,
        text: page(
          'Lien non valable',
          '<h1>Ce lien n’est pas (ou plus) valable</h1><p>Il a déjà servi ou il a expiré : commentez à nouveau pour en recevoir un autre.</p><p lang="en">This link is not valid (any more): it was used or it expired. Comment again to get a new one.</p>',
        ),
      };
}
