/**
 * Text rules shared by comments, names, titles and reports: how reader-written text is stored.
 * Plain text only, NFC-normalised, with control characters removed (tabs and line breaks kept)
 * and outer blank space trimmed. Nothing is ever interpreted as markup here or later: the widget
 * renders text as text.
 *
 * Bidirectional controls (embeddings, overrides and isolates, U+202A–U+202E and U+2066–U+2069)
 * can make text read in another order than it is written ("Trojan source" spoofing) and leak
 * into what follows. A body keeps them only when every line closes what it opens, in order;
 * otherwise they are all removed. One-line texts (page titles) lose them always. Display names
 * refuse them, and any control character, at the edge (`displayName`, accounts/schemas.ts).
 */

// C0 controls except tab and line feed, DEL, and C1 controls: removing them is the point here.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to strip control characters
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const EMBEDDING_OPENERS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);

/** A display name holds no control character (tab and line breaks included) and no bidi control. */
export const NAME_PATTERN = /^[^\p{Cc}\u202A-\u202E\u2066-\u2069]*$/u;

/** Whether each embedding or override is closed by PDF, and each isolate by PDI, properly nested. */
function balancedLine(line: string): boolean {
  const open: string[] = [];
  for (const c of line) {
    if (EMBEDDING_OPENERS.has(c)) open.push('\u202C');
    else if (ISOLATE_OPENERS.has(c)) open.push('\u2069');
    else if ((c === '\u202C' || c === '\u2069') && open.pop() !== c) return false;
  }
  return open.length === 0;
}

/** The text with its bidi controls if every line balances them, else without any. */
function balancedBidi(text: string): string {
  if (!text.match(BIDI_CONTROLS)) return text;
  return text.split('\n').every(balancedLine) ? text : text.replace(BIDI_CONTROLS, '');
}

/** A multi-line text (a comment body). */
export function normalizeText(input: string): string {
  return balancedBidi(input.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '')).trim();
}

/** A one-line text (a name, a page title): no bidi controls; line breaks and tabs become spaces. */
export function normalizeLine(input: string): string {
  return normalizeText(input).replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
}

/** Length as a reader counts it: in code points, so an emoji counts once. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
