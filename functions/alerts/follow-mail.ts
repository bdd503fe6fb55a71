/**
 * Alerts: the daily digest of the articles a reader follows, in their language, built only with
 * shared/mail/render.ts (every user's word escaped). Per article: its title and link, how many
 * comments were published since the last digest, a few excerpts with their authors and their
 * `#reagir-<id>` links, and a link that unfollows it. The List-Unsubscribe headers (RFC 8058)
 * unfollow the one article of a digest that holds one, every article otherwise.
 */

import { apiBase } from '../shared/mail/links.js';
import type { MailMessage } from '../shared/mail/mailer.js';
import { excerpt, type MailBlock, renderMail } from '../shared/mail/render.js';
import { signToken } from './token.js';

/** One followed article with news, as the digest shows it. */
export interface DigestArticle {
  site: string;
  page: string;
  title: string;
  /** The article's address, when the site's pages gave one. */
  url?: string;
  /** Comments published since the last digest (others' only). */
  count: number;
  /** True when there were more than could be counted (`count` is then a floor). */
  more: boolean;
  /** The first few of them. */
  comments: { id: string; authorName: string; body: string }[];
}

/** Excerpts shown per article. */
export const DIGEST_EXCERPTS = 3;

const TEXTS = {
  fr: {
    title: (n: number) =>
      n === 1 ? 'Du nouveau sur un article que vous suivez' : `Du nouveau sur ${n} articles que vous suivez`,
    count: (title: string, n: number, more: boolean) =>
      `« ${title} » : ${more ? 'plus de ' : ''}${n} nouveau${n > 1 ? 'x' : ''} commentaire${n > 1 ? 's' : ''}`,
    wrote: (name: string) => `${name} :`,
    read: 'Lire ce commentaire sur l’article',
    open: 'Ouvrir l’article',
    unfollow: 'Ne plus suivre cet article',
    why: 'Vous recevez ce résumé quotidien parce que vous suivez ces articles.',
    stopOne: 'Ne plus suivre cet article',
    stopAll: 'Ne plus suivre ces articles',
  },
  en: {
    title: (n: number) =>
      n === 1 ? 'New comments on an article you follow' : `New comments on ${n} articles you follow`,
    count: (title: string, n: number, more: boolean) =>
      `“${title}”: ${more ? 'over ' : ''}${n} new comment${n > 1 ? 's' : ''}`,
    wrote: (name: string) => `${name}:`,
    read: 'Read this comment on the article',
    open: 'Open the article',
    unfollow: 'Unfollow this article',
    why: 'You get this daily digest because you follow these articles.',
    stopOne: 'Unfollow this article',
    stopAll: 'Unfollow these articles',
  },
} as const;

/** The one-click link that stops `kind` (`follow:<site>#<page>`, or `follows`: them all). */
export function followUnsubscribeUrl(userId: string, kind: string, now: Date): string {
  const token = signToken({ userId, kind, issued: now.toISOString() });
  return `${apiBase()}/v1/alerts/unsubscribe?token=${token}`;
}

/** The token kind that unfollows one article. */
export const followKind = (site: string, page: string) => `follow:${site}#${page}`;

function withAnchor(url: string | undefined, id?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (id) parsed.hash = `reagir-${id}`;
    return parsed.toString();
  } catch {
    return undefined;
  }
}

/** The digest for `to` about `articles` (at least one). */
export function followDigestMail(
  to: string,
  userId: string,
  lang: 'fr' | 'en',
  articles: readonly DigestArticle[],
  now: Date,
): MailMessage {
  const t = TEXTS[lang];
  const blocks: MailBlock[] = [];
  for (const article of articles) {
    blocks.push({ kind: 'text', text: t.count(article.title, article.count, article.more) });
    for (const comment of article.comments.slice(0, DIGEST_EXCERPTS)) {
      blocks.push({ kind: 'quote', by: t.wrote(comment.authorName), text: excerpt(comment.body) });
      const link = withAnchor(article.url, comment.id);
      if (link) blocks.push({ kind: 'link', label: t.read, url: link });
    }
    const open = withAnchor(article.url);
    if (open) blocks.push({ kind: 'link', label: t.open, url: open });
    const stop = followUnsubscribeUrl(userId, followKind(article.site, article.page), now);
    blocks.push({ kind: 'link', label: t.unfollow, url: stop });
  }
  const [only] = articles;
  const stop =
    articles.length === 1 && only
      ? followUnsubscribeUrl(userId, followKind(only.site, only.page), now)
      : followUnsubscribeUrl(userId, 'follows', now);
  blocks.push({
    kind: 'footer',
    text: t.why,
    link: { label: articles.length === 1 ? t.stopOne : t.stopAll, url: stop },
  });
  const title = t.title(articles.length);
  const { html, text } = renderMail(lang, title, blocks);
  return {
    to,
    kind: 'FollowDigest',
    subject: title,
    text,
    html,
    headers: [
      { name: 'List-Unsubscribe', value: `<${stop}>` },
      { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
    ],
  };
}
