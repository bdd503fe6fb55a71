/** Local stack: the dev mailbox as a page, so a newcomer can read the codes Cognito "sent". */
import type { DevMailMessage } from './dev-mailbox.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function mailboxPage(messages: readonly DevMailMessage[]): string {
  const rows = messages
    .slice()
    .reverse()
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.at)}</td><td>${escapeHtml(m.to)}</td><td>${escapeHtml(m.subject)}</td><td><code>${escapeHtml(m.code)}</code></td><td>${escapeHtml(m.text)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Boîte mail de développement</title>
<style>td:last-child{white-space:pre-wrap}body{font:15px/1.5 system-ui,sans-serif;margin:24px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>
</head><body><h1>Boîte mail de développement</h1><p>Les messages que Cognito enverrait, avec leurs codes. JSON : <a href="/_dev/mail">/_dev/mail</a></p>
<table><thead><tr><th>Date</th><th>À</th><th>Objet</th><th>Code</th><th>Message</th></tr></thead><tbody>${rows || '<tr><td colspan="5">Aucun message</td></tr>'}</tbody></table></body></html>`;
}
