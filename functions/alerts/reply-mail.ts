/**
 * Alerts: the email of a batch of replies, in the reader's language, built only with
 * shared/mail/render.ts (every user's word escaped). Each reply links to itself on its article
 * (`#reagir-<id>`); the footer and the List-Unsubscribe headers (RFC 8058) stop reply alerts (an
 * account's, or a guest's on the site).
 */
import { getPages } from '../comments/store.js';
import { apiBase } from '../shared/mail/links.js';
import type { MailMessage } from '../shared/mail/mailer.js';
import { type MailBlock, renderMail } from '../shared/mail/render.js';
import type { Site } from '../sites/schemas.js';
import type { PendingReply } from './batch-repository.js';
import { signToken } from './token.js';

const TEXTS = {
  fr: {
    one: (name: string) => `${name} a répondu à votre commentaire`,
    many: (n: number) => `${n} réponses à vos commentaires`,
    yours: 'Votre commentaire',
    wrote: (name: string) => `${name} a répondu :`,
    open: 'Lire la réponse sur l’article',
    why: 'Vous recevez ce message parce que vous avez demandé à être averti des réponses à vos commentaires.',
    whyGuest:
      'Vous recevez ce message parce que vous avez coché « Me prévenir des réponses » en commentant, et confirmé votre adresse.',
    stop: 'Ne plus recevoir ces alertes',
    manage: 'Gérer mes alertes (« Mon compte », sous les commentaires de l’article)',
  },
  en: {
    one: (name: string) => `${name} replied to your comment`,
    many: (n: number) => `${n} replies to your comments`,
    yours: 'Your comment',
    wrote: (name: string) => `${name} replied:`,
    open: 'Read the reply on the article',
    why: 'You get this message because you asked to be told of replies to your comments.',
    whyGuest:
      'You get this message because you ticked “Notify me of replies” when commenting, and confirmed your address.',
    stop: 'Stop these alerts',
    manage: 'Manage my alerts (“My account”, below the article’s comments)',
  },
} as const;

/** Where the article is: its page record's URL when known, else the site's first origin + page. */
async function articleUrls(site: Site, replies: readonly PendingReply[]): Promise<Map<string, string>> {
  const pages = await getPages(
    site.id,
    replies.map((reply) => reply.page),
  );
  const origin = site.allowedOrigins.find((o) => o !== '*') ?? '';
  const urls = new Map<string, string>();
  for (const reply of replies) {
    const known = pages.get(reply.page)?.url;
    urls.set(reply.page, known ?? `${origin}/${reply.page.replace(/^\/+/, '')}`);
  }
  return urls;
}

/** The article's URL with the reply's anchor; undefined when the site gave no usable URL. */
function permalink(article: string, replyId: string): string | undefined {
  try {
    const url = new URL(article);
    url.hash = `reagir-${replyId}`;
    return url.toString();
  } catch {
    return undefined;
  }
}

/** Whose alerts a link stops: the recipient's id (recipient.ts) and the token's kind. */
export interface AlertsOf {
  id: string;
  kind: string;
}

/** The unsubscribe link of a recipient's reply alerts. */
export function unsubscribeUrl(of: AlertsOf, now: Date): string {
  const token = signToken({ userId: of.id, kind: of.kind, issued: now.toISOString() });
  return `${apiBase()}/v1/alerts/unsubscribe?token=${token}`;
}

/** One reply of the email with the link to it on its article, when the site gave a usable URL. */
export interface ReplyLine {
  reply: PendingReply;
  link?: string;
}

/**
 * The message itself, from replies whose links are known: the reader's footer, or a guest's
 * (who asked at posting: no account to manage alerts in). `stop` is the unsubscribe link.
 */
export function renderReplyMail(
  to: string,
  lang: 'fr' | 'en',
  guest: boolean,
  lines: readonly ReplyLine[],
  stop: string,
): MailMessage {
  const t = TEXTS[lang];
  const blocks: MailBlock[] = [];
  for (const { reply, link } of lines) {
    blocks.push({ kind: 'quote', by: t.yours, text: reply.parentExcerpt });
    blocks.push({ kind: 'quote', by: t.wrote(reply.replierName), text: reply.excerpt });
    if (link) blocks.push({ kind: 'link', label: t.open, url: link });
  }
  // An account's alerts are set in "Mon compte", which the widget under any article opens.
  const article = lines.find((line) => line.link)?.link?.split('#')[0];
  if (!guest && article) blocks.push({ kind: 'link', label: t.manage, url: article });
  blocks.push({ kind: 'footer', text: guest ? t.whyGuest : t.why, link: { label: t.stop, url: stop } });
  const first = lines[0]?.reply;
  const title = lines.length === 1 && first ? t.one(first.replierName) : t.many(lines.length);
  const { html, text } = renderMail(lang, title, blocks);
  return {
    to,
    kind: guest ? 'GuestReplyAlert' : 'ReplyAlert',
    subject: title,
    text,
    html,
    headers: [
      { name: 'List-Unsubscribe', value: `<${stop}>` },
      { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
    ],
  };
}

/** The message for `to` about `replies` (all from `site`'s pages or others': each has its site). */
export async function replyMail(
  to: string,
  of: AlertsOf,
  lang: 'fr' | 'en',
  sites: ReadonlyMap<string, Site>,
  replies: readonly PendingReply[],
  now: Date,
): Promise<MailMessage> {
  const lines: ReplyLine[] = [];
  for (const [id, site] of sites) {
    const mine = replies.filter((reply) => reply.site === id);
    const urls = await articleUrls(site, mine);
    for (const reply of mine)
      lines.push({ reply, link: permalink(urls.get(reply.page) ?? '', reply.replyId) });
  }
  return renderReplyMail(to, lang, of.kind !== 'replies', lines, unsubscribeUrl(of, now));
}
