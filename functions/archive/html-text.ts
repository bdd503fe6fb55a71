/**
 * Archive: a source's HTML body turned into the plain text Réagir stores. Nothing is interpreted:
 * tags give only layout (blocks become paragraphs, `<br>` a line break), links keep their address
 * beside their text, entities are decoded once, and script and style contents are dropped.
 */
import { Parser } from 'htmlparser2';

export interface HtmlToTextOptions {
  /**
   * What a newline in the text means. 'collapse' (Disqus): a space, as in a browser. 'keep'
   * (WordPress): a line break, as WordPress stores comments with raw newlines and its `wpautop`
   * turns them into `<br>` and paragraphs when it displays them.
   * @default 'collapse'
   */
  newlines?: 'keep' | 'collapse';
}

const BLOCKS = new Set([
  ...['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption'],
  ...['figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav'],
  ...['ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul'],
]);
const DROPPED = new Set(['script', 'style', 'template']);
/** A paragraph break: normalise() turns any run of them into one blank line. */
const PARAGRAPH = '\n\n';

/** An open `<a>`: where its text starts in the output, and its address when worth showing. */
interface Link {
  start: number;
  href: string | undefined;
}

/** A URL compared with a link's text: scheme, trailing slash and case do not make them differ. */
const comparable = (url: string) =>
  url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '')
    .toLowerCase();

/**
 * The link's text as it should read: the text, followed by the address when it says something
 * else. Disqus shortens long addresses in the text (`https://exemple.fr/un-long-chem...`): the
 * full address then replaces it.
 */
function linkText(text: string, href: string | undefined): string {
  const shown = text.replace(/\s+/g, ' ').trim();
  if (!href) return text;
  if (!shown) return ` ${href} `;
  if (comparable(shown) === comparable(href)) return text;
  const shortened = /(\.\.\.|…)$/.exec(shown);
  if (shortened && comparable(href).startsWith(comparable(shown.slice(0, shortened.index)))) return href;
  return `${text} (${href})`;
}

/** Lines trimmed, runs of spaces made one, at most one blank line in a row, the whole trimmed. */
function normalise(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(/[ \t\f\v\r]+/g, ' ').trim());
  return lines
    .filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

/** The plain text of an HTML body (see the module's comment). */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const keepNewlines = options.newlines === 'keep';
  let out = '';
  let dropped = 0;
  let pre = 0;
  // wpautop adds no `<br>` for a newline that follows one: neither do we add a second break.
  let afterBreak = false;
  const links: Link[] = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (DROPPED.has(name)) dropped += 1;
        if (name === 'pre') pre += 1;
        if (BLOCKS.has(name)) out += PARAGRAPH;
        if (name === 'td' || name === 'th') out += ' ';
        if (name === 'a') {
          const href = attributes.href?.trim();
          links.push({ start: out.length, href: href && /^https?:\/\//i.test(href) ? href : undefined });
        }
        afterBreak = name === 'br';
        if (name === 'br') out += '\n';
      },
      ontext(text) {
        if (dropped > 0) return;
        if (keepNewlines || pre > 0) {
          let kept = text.replace(/\r\n?/g, '\n');
          if (afterBreak) kept = kept.replace(/^[ \t]*\n/, '');
          out += kept;
        } else {
          out += text.replace(/[ \t\n\r\f]+/g, ' ');
        }
        if (text.trim() !== '') afterBreak = false;
      },
      onclosetag(name) {
        if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1);
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (BLOCKS.has(name)) out += PARAGRAPH;
        if (name === 'a') {
          const link = links.pop();
          if (link) out = out.slice(0, link.start) + linkText(out.slice(link.start), link.href);
        }
        if (name !== 'br') afterBreak = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return normalise(out);
}
