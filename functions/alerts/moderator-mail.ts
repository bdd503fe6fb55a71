/**
 * Alerts: the emails of moderator alerts (issue 15, point 4), in the staff member's language and
 * built only with shared/mail/render.ts. The digest lists the pending, reported and notices
 * counts with the oldest comments of each and a link to its tab in the console; its
 * List-Unsubscribe headers (RFC 8058) turn the digest off. The notice email gives the notice's
 * category and an excerpt of its explanation, never the notifier's name or address; its
 * List-Unsubscribe turns the notice emails off.
 */

import { apiBase, consoleBase } from '../shared/mail/links.js';
import type { MailMessage } from '../shared/mail/mailer.js';
import { type MailBlock, renderMail } from '../shared/mail/render.js';
import { signToken } from './token.js';

export type Lang = 'fr' | 'en';

/** The queues a digest reports on, in the console's order. */
export const DIGEST_QUEUES = ['pending', 'reported', 'notices'] as const;
export type DigestQueue = (typeof DIGEST_QUEUES)[number];

/** One waiting comment, as the email shows it (its author's name and an excerpt). */
export interface DigestItem {
  authorName: string;
  excerpt: string;
}

/** What a digest says: the site, the counts and the oldest comments of each queue. */
export interface DigestContent {
  site: string;
  siteName: string;
  counts: Record<DigestQueue, number>;
  oldest: Record<DigestQueue, DigestItem[]>;
}

/** What a notice email says (the notifier's explanation, cut; never who they are). */
export interface NoticeContent {
  site: string;
  siteName: string;
  reason: string;
  explanation?: string;
  commentExcerpt: string;
}

const QUEUE_NAMES: Record<Lang, Record<DigestQueue, string>> = {
  fr: { pending: 'En attente', reported: 'Signalés', notices: 'Notifications légales' },
  en: { pending: 'Pending', reported: 'Reported', notices: 'Legal notices' },
};

const T = {
  fr: {
    field: (label: string, value: string | number) => `${label} : ${value}`,
    digestTitle: (site: string) => `Modération de ${site}`,
    oldest: (queue: string) => `Les plus anciens — ${queue} :`,
    open: (queue: string) => `Ouvrir « ${queue} » dans la console`,
    digestWhy: 'Vous recevez ce résumé parce que vous l’avez demandé dans la console (« Mes alertes »).',
    stopDigest: 'Ne plus recevoir ce résumé',
    noticeTitle: (site: string) => `${site} : nouveau signalement de contenu illicite`,
    noticeIntro: 'Un lecteur signale ce commentaire comme illicite :',
    category: 'Catégorie',
    explanation: 'Explication du signalement',
    reasons: { illegal: 'contenu illicite' } as Record<string, string>,
    openNotices: 'Traiter le signalement dans la console',
    stopNotices: 'Ne plus recevoir ces alertes',
    noticeWhy:
      'Vous recevez ce message parce que vous avez demandé dans la console (« Mes alertes ») à être averti de chaque signalement de contenu illicite.',
  },
  en: {
    field: (label: string, value: string | number) => `${label}: ${value}`,
    digestTitle: (site: string) => `Moderation of ${site}`,
    oldest: (queue: string) => `Oldest — ${queue}:`,
    open: (queue: string) => `Open “${queue}” in the console`,
    digestWhy: 'You get this digest because you asked for it in the console (“My alerts”).',
    stopDigest: 'Stop this digest',
    noticeTitle: (site: string) => `${site}: new notice of illegal content`,
    noticeIntro: 'A reader reports this comment as illegal:',
    category: 'Category',
    explanation: 'The notice’s explanation',
    reasons: { illegal: 'illegal content' } as Record<string, string>,
    openNotices: 'Handle the notice in the console',
    stopNotices: 'Stop these alerts',
    noticeWhy:
      'You get this message because you asked in the console (“My alerts”) to be told of each notice of illegal content.',
  },
} as const;

/** The console open on `site`'s `queue` tab. */
export const consoleLink = (site: string, queue: DigestQueue) =>
  `${consoleBase()}?site=${encodeURIComponent(site)}#/queue/${queue}`;

/** What a moderator's one-click link stops on a site: the digest, or the notice emails. */
export type ModeratorStop = 'moddigest' | 'modnotices';

/** The one-click link that turns `userId`'s digest (or notice emails) of `site` off. */
export function moderatorUnsubscribeUrl(
  stop: ModeratorStop,
  site: string,
  userId: string,
  now: Date,
): string {
  const token = signToken({ userId, kind: `${stop}:${site}`, issued: now.toISOString() });
  return `${apiBase()}/v1/alerts/unsubscribe?token=${token}`;
}

const unsubscribeHeaders = (url: string) => [
  { name: 'List-Unsubscribe', value: `<${url}>` },
  { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
];

/** The digest email to `to`. */
export function digestMail(to: string, lang: Lang, content: DigestContent, unsubscribe: string): MailMessage {
  const t = T[lang];
  const names = QUEUE_NAMES[lang];
  // Not a sum: a pending comment with a notice waits in two queues.
  const counts = DIGEST_QUEUES.map((queue) => t.field(names[queue], content.counts[queue]));
  const blocks: MailBlock[] = counts.map((text) => ({ kind: 'text', text }));
  for (const queue of DIGEST_QUEUES) {
    const items = content.oldest[queue];
    if (content.counts[queue] === 0) continue;
    if (items.length) blocks.push({ kind: 'text', text: t.oldest(names[queue]) });
    for (const item of items) blocks.push({ kind: 'quote', by: item.authorName, text: item.excerpt });
    blocks.push({ kind: 'link', label: t.open(names[queue]), url: consoleLink(content.site, queue) });
  }
  blocks.push({ kind: 'footer', text: t.digestWhy, link: { label: t.stopDigest, url: unsubscribe } });
  const title = t.digestTitle(content.siteName);
  return {
    to,
    kind: 'ModeratorDigest',
    subject: `${title} — ${counts.join(', ')}`,
    ...renderMail(lang, title, blocks),
    headers: unsubscribeHeaders(unsubscribe),
  };
}

/** The email told to `to` at once about a notice of illegal content. */
export function noticeMail(to: string, lang: Lang, content: NoticeContent, unsubscribe: string): MailMessage {
  const t = T[lang];
  const blocks: MailBlock[] = [
    { kind: 'text', text: t.noticeIntro },
    { kind: 'quote', text: content.commentExcerpt },
    { kind: 'text', text: t.field(t.category, t.reasons[content.reason] ?? content.reason) },
  ];
  if (content.explanation) blocks.push({ kind: 'quote', by: t.explanation, text: content.explanation });
  blocks.push({ kind: 'link', label: t.openNotices, url: consoleLink(content.site, 'notices') });
  blocks.push({ kind: 'footer', text: t.noticeWhy, link: { label: t.stopNotices, url: unsubscribe } });
  const title = t.noticeTitle(content.siteName);
  return {
    to,
    kind: 'ModeratorNotice',
    subject: title,
    ...renderMail(lang, title, blocks),
    headers: unsubscribeHeaders(unsubscribe),
  };
}
