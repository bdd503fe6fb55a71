/**
 * Splits comment text into plain text and links: http(s) URLs, and bare `www.` addresses (linked
 * with https://). Nothing else is interpreted: no markup, no other scheme (`javascript:`,
 * `data:`...), so the renderer only ever makes text nodes and anchors whose href starts with
 * http:// or https://. Linear in the text's length: a hostile comment cannot freeze the page.
 */

/** A run of text; `href` is set when the run is a link (its text is the URL itself). */
export interface TextToken {
  text: string;
  href?: string;
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
// Punctuation that ends a sentence rather than a URL ("voir https://exemple.fr.").
const TRAILING = ".,;:!?'»›";
// A bare address needs a host with a dot after "www." ("www.exemple.fr"), else it is a word.
const BARE_HOST = /^www\.[^./?#]+\.[^./?#]/i;

/**
 * The URL without the punctuation that ends the sentence. A closing parenthesis belongs to the
 * URL only when it balances one inside it (Wikipedia links). One pass from the end, with the
 * parentheses counted once: the earlier loop split the whole URL on every pass (quadratic).
 */
function trimUrl(url: string): string {
  let unbalanced = 0;
  for (const ch of url) {
    if (ch === ')') unbalanced++;
    else if (ch === '(') unbalanced--;
  }
  let end = url.length;
  while (end > 0) {
    const ch = url[end - 1] as string;
    if (TRAILING.includes(ch)) end--;
    else if (ch === ')' && unbalanced > 0) {
      unbalanced--;
      end--;
    } else break;
  }
  return url.slice(0, end);
}

/** The href of a link's text, or undefined when it is no link ("https://" alone, "www.x"). */
function hrefOf(url: string): string | undefined {
  if (url.slice(0, 4).toLowerCase() === 'www.') return BARE_HOST.test(url) ? `https://${url}` : undefined;
  // "https://" alone is no link: it needs at least a host.
  return url.length > url.indexOf('//') + 2 ? url : undefined;
}

/** The text as tokens, in order; joining their `text` gives back the input exactly. */
export function tokenizeText(input: string): TextToken[] {
  const tokens: TextToken[] = [];
  let last = 0;
  for (const match of input.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    const href = hrefOf(url);
    if (!href) continue;
    const start = match.index;
    if (start > last) tokens.push({ text: input.slice(last, start) });
    tokens.push({ text: url, href });
    last = start + url.length;
  }
  if (last < input.length) tokens.push({ text: input.slice(last) });
  return tokens;
}
