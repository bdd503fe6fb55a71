/**
 * Splits comment text into plain text and http(s) links. Nothing else is interpreted: no markup,
 * no other scheme (`javascript:`, `data:`...), so the renderer only ever makes text nodes and
 * anchors whose href starts with http:// or https://.
 */

/** A run of text; `href` is set when the run is a link (its text is the URL itself). */
export interface TextToken {
  text: string;
  href?: string;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi;
// Punctuation that ends a sentence rather than a URL ("voir https://exemple.fr.").
const TRAILING = /[.,;:!?'»›]+$/;

function trimUrl(url: string): string {
  let out = url.replace(TRAILING, '');
  // A closing parenthesis belongs to the URL only when it balances one inside it (Wikipedia links).
  while (out.endsWith(')') && out.split(')').length > out.split('(').length) {
    out = out.slice(0, -1).replace(TRAILING, '');
  }
  return out;
}

/** The text as tokens, in order; joining their `text` gives back the input exactly. */
export function tokenizeText(input: string): TextToken[] {
  const tokens: TextToken[] = [];
  let last = 0;
  for (const match of input.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    // "https://" alone is no link: it needs at least a host.
    if (url.length <= url.indexOf('//') + 2) continue;
    const start = match.index;
    if (start > last) tokens.push({ text: input.slice(last, start) });
    tokens.push({ text: url, href: url });
    last = start + url.length;
  }
  if (last < input.length) tokens.push({ text: input.slice(last) });
  return tokens;
}
