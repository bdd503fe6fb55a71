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
 *
 * Every text is first made well-formed and tamed (`normalizeUnicode`): a lone surrogate (JSON's
 * `"\ud800"` parses to one) becomes U+FFFD, and a base character keeps at most MAX_STACKED_MARKS
 * non-spacing or enclosing marks and MAX_MARKS marks in all, so a "Zalgo" flood of hundreds of
 * marks cannot overflow the widget. Real scripts stay within these: Vietnamese is precomposed by
 * NFC (at most 2 marks otherwise), Thai stacks up to 3, Hebrew with niqqud 3 (4 with a
 * cantillation mark), Devanagari 3; Burmese syllables such as လျှော့ carry 5 marks of which
 * only 2 are non-spacing. Spacing marks (Mc) sit beside the letter and do not stack, but they
 * cannot be broken across lines either, hence the second, higher cap. Joiners (ZWJ, ZWNJ) inside a
 * run of marks do not end it: the marks after them still stack on the same letter.
 */

// C0 controls except tab and line feed, DEL, and C1 controls: removing them is the point here.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to strip control characters
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const EMBEDDING_OPENERS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Non-spacing and enclosing marks one base character keeps: they stack above and below it. */
export const MAX_STACKED_MARKS = 4;
/** Marks of any kind one base character keeps. */
export const MAX_MARKS = 8;

// A run of marks long enough to be capped (joiners do not end it); shorter runs never match.
const MARK_RUN = new RegExp(`[\\p{M}\\u200C\\u200D]{${MAX_STACKED_MARKS + 1},}`, 'gu');
const STACKED = /[\p{Mn}\p{Me}]/u;
const MARK = /\p{M}/u;

/** The run with the marks beyond the caps removed, in one pass. */
function cappedRun(run: string): string {
  let stacked = 0;
  let marks = 0;
  let kept = '';
  for (const c of run) {
    if (!MARK.test(c)) kept += c;
    else if (++marks <= MAX_MARKS && (!STACKED.test(c) || ++stacked <= MAX_STACKED_MARKS)) kept += c;
  }
  return kept;
}

/** The text with each lone surrogate replaced by U+FFFD, the replacement character. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * NFC, every lone surrogate replaced by U+FFFD, and combining marks capped per base character:
 * the form every reader-written text is stored in, names included.
 */
export function normalizeUnicode(input: string): string {
  let text = wellFormed(input).normalize('NFC');
  // Removing a spacing mark can let NFC compose or reorder the marks around it, so NFC runs again
  // on a capped text; a second round settles every case (the bound only guards against a loop).
  for (let round = 0; round < 4; round++) {
    const capped = text.replace(MARK_RUN, cappedRun);
    if (capped === text) break;
    text = capped.normalize('NFC');
  }
  return text;
}

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
  return balancedBidi(normalizeUnicode(input).replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '')).trim();
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
