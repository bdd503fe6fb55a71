/**
 * Local stack: the dev mailbox as a page, so a newcomer can read the codes Cognito "sent" and the
 * mails the handlers sent through the local SES (alerts, decisions, digests), newest first.
 */
import type { DevMailbox, DevMailMessage } from './dev-mailbox.js';
import type { RunningSes } from './ses-local.js';

/** Cognito's messages and the local SES's, oldest first; an SES message links its HTML part. */
export async function devMessages(mailbox: DevMailbox, ses?: RunningSes): Promise<DevMailMessage[]> {
  const sent = ses ? await ses.messages() : [];
  const fromSes = sent.map(
    (email): DevMailMessage => ({
      to: email.destination.to.join(', '),
      kind: 'SES',
      code: '',
      subject: email.subject,
      text: email.body.text ?? '',
      at: new Date(email.at * 1000).toISOString(),
      ...(email.body.html ? { html: `/_dev/mail/${encodeURIComponent(email.messageId)}` } : {}),
    }),
  );
  return [...mailbox.list(), ...fromSes].sort((a, b) => a.at.localeCompare(b.at));
}

/** The HTML part of one message the local SES holds. */
export async function sesHtmlPart(ses: RunningSes, messageId: string): Promise<string | undefined> {
  return (await ses.messages()).find((email) => email.messageId === messageId)?.body.html;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function mailboxPage(messages: readonly DevMailMessage[]): string {
  const rows = messages
    .slice()
    .reverse()
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.at)}</td><td>${escapeHtml(m.to)}</td><td>${escapeHtml(m.subject)}</td><td><code>${escapeHtml(m.code)}</code></td><td>${escapeHtml(m.text)}${m.html ? `<br><a href="${escapeHtml(m.html)}">HTML</a>` : ''}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Boîte mail de développement</title>
<style>td:last-child{white-space:pre-wrap}body{font:15px/1.5 system-ui,sans-serif;margin:24px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>
</head><body><h1>Boîte mail de développement</h1><p>Les messages que Cognito enverrait, avec leurs codes, et ceux envoyés par SES (local). JSON : <a href="/_dev/mail">/_dev/mail</a></p>
<table><thead><tr><th>Date</th><th>À</th><th>Objet</th><th>Code</th><th>Message</th></tr></thead><tbody>${rows || '<tr><td colspan="5">Aucun message</td></tr>'}</tbody></table></body></html>`;
}
