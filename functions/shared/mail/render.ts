/**
 * Mail: the one way an email's HTML part is built. Every text given here is escaped (names,
 * excerpts, page titles, reasons are users' words); the plain part takes the same texts as they
 * are. Links are given as URLs, checked to be http(s), and escaped as attributes.
 */

/** `&`, `<`, `>`, `"`, `'` as entities: no text can open a tag or leave an attribute. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A URL safe to put in `href`: http(s) only, else the site-less `#`. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : '#';
  } catch {
    return '#';
  }
}

/** One block of an email, rendered in both parts. */
export type MailBlock =
  | { kind: 'text'; text: string }
  /** A quoted excerpt of a comment. */
  | { kind: 'quote'; text: string; by?: string }
  | { kind: 'link'; label: string; url: string }
  /** Small print at the bottom (why this email, how to stop it). */
  | { kind: 'footer'; text: string; link?: { label: string; url: string } };

const htmlOf = (block: MailBlock): string => {
  if (block.kind === 'text') return `<p>${escapeHtml(block.text)}</p>`;
  if (block.kind === 'quote')
    return `<blockquote style="border-left:3px solid #c8102e;margin:0 0 16px;padding:4px 12px;color:#333">${block.by ? `<strong>${escapeHtml(block.by)}</strong><br>` : ''}${escapeHtml(block.text)}</blockquote>`;
  if (block.kind === 'link')
    return `<p><a href="${escapeHtml(safeUrl(block.url))}" style="color:#c8102e">${escapeHtml(block.label)}</a></p>`;
  const link = block.link
    ? ` <a href="${escapeHtml(safeUrl(block.link.url))}" style="color:#666">${escapeHtml(block.link.label)}</a>`
    : '';
  return `<p style="font-size:12px;color:#666">${escapeHtml(block.text)}${link}</p>`;
};

const textOf = (block: MailBlock): string => {
  if (block.kind === 'text') return block.text;
  if (block.kind === 'quote')
    return `${block.by ? `${block.by} :\n` : ''}> ${block.text.replace(/\n/g, '\n> ')}`;
  if (block.kind === 'link') return `${block.label} : ${safeUrl(block.url)}`;
  return `--\n${block.text}${block.link ? ` ${block.link.label} : ${safeUrl(block.link.url)}` : ''}`;
};

/** The two parts of an email from its title and blocks. */
export function renderMail(
  lang: 'fr' | 'en',
  title: string,
  blocks: readonly MailBlock[],
): { html: string; text: string } {
  const body = blocks.map(htmlOf).join('\n');
  return {
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font:15px/1.5 Georgia,serif;max-width:600px;margin:0 auto;padding:16px">\n<h1 style="font-size:20px">${escapeHtml(title)}</h1>\n${body}\n</body></html>`,
    text: `${title}\n\n${blocks.map(textOf).join('\n\n')}\n`,
  };
}

/** A comment's text cut to `max` characters on one line, `…` when cut. */
export function excerpt(text: string, max = 280): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
