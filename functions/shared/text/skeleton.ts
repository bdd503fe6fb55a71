/**
 * The look-alike skeleton that names and listed words are compared in: Unicode's confusable
 * skeleton (UTS #39: NFD, each character mapped by confusables.txt, NFD again) made case- and
 * accent-insensitive, and preceded by NFKC and the removal of default-ignorable code points, so
 * `Μodération` (Greek capital Mu), `Modérationㅤ` (a Hangul filler), `ｉｄｉｏｔ` (fullwidth) and
 * `𝐢𝐝𝐢𝐨𝐭` (mathematical bold) all fold as their plain Latin spelling does.
 *
 * Beyond UTS #39, as the project always folded: combining marks are dropped (accents: "Modération"
 * ~ "Moderation"), case is folded, small capitals ("ʙ", and "ĸ") read as their letter, "ß" as
 * "ss", and the digits of leetspeak ("3" for "e", "1" for "i") as letters. Case and confusables
 * interact: "Μ" (Greek capital Mu) looks like "M", whose lower case is "m", while "μ" does not look
 * like "m"; so a capital that passes for a Latin capital folds as that Latin letter does, and any
 * other capital as its lower case. One consequence, chosen on purpose: "I" folds as "i", not as
 * "l" (UTS #39's prototype), so case-insensitivity wins over the I/l look-alike.
 *
 * The table (Unicode 17.0.0, ~6,500 characters) is parsed once, on first use; each character's
 * fold is then kept, so a body costs a normalisation and a lookup per character.
 */
import { CONFUSABLES } from './confusables-data.js';

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const MARKS = /[\p{Mn}\p{Me}]/gu;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Digits and symbols of leetspeak, read as the letter they stand for. */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '!': 'i',
  '|': 'i',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  '5': 's',
  $: 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
};

// Small capitals look like capitals, so case-insensitively like their letter; "ĸ" (kra) is the
// table's prototype for Greek and Cyrillic kappa and looks like a small capital K.
const SMALL_CAPITALS = 'ᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkĸkʟlᴍmɴnᴏoᴘpꞯqʀrꜱsᴛtᴜuᴠvᴡwʏyᴢz';
const PROJECT_FOLDS = new Map<string, string>([['ß', 'ss']]);
for (let i = 0; i < SMALL_CAPITALS.length; i += 2) {
  PROJECT_FOLDS.set(SMALL_CAPITALS[i] as string, SMALL_CAPITALS[i + 1] as string);
}

// Source code point -> its prototype's code points in hex, as the data holds them: decoding waits
// for a lookup (each character's fold is kept below), so the first use only splits the string.
let table: Map<number, string> | undefined;
// A Latin capital's prototype -> that capital ("l" -> "I", "M" -> "M").
let latinCapitals: Map<string, string> | undefined;

const fromHex = (codePoints: string) =>
  String.fromCodePoint(...codePoints.split(' ').map((hex) => Number.parseInt(hex, 16)));

/** The confusables table, parsed on first use. */
function confusables(): Map<number, string> {
  if (table) return table;
  table = new Map();
  for (const entry of CONFUSABLES.split(';')) {
    const colon = entry.indexOf(':');
    const prototype = entry.slice(0, colon);
    for (const source of entry.slice(colon + 1).split(',')) table.set(Number.parseInt(source, 16), prototype);
  }
  latinCapitals = new Map();
  for (let c = 65; c <= 90; c++) {
    const capital = String.fromCharCode(c);
    latinCapitals.set(prototypeOf(capital), capital);
  }
  return table;
}

/** UTS #39's mapping of one character: its prototype, or itself. */
function prototypeOf(ch: string): string {
  const prototype = confusables().get(ch.codePointAt(0) ?? 0);
  return prototype === undefined ? ch : fromHex(prototype);
}

const stripMarks = (text: string) => text.normalize('NFD').replace(MARKS, '');

/** One step of the fold for one character. */
function foldStep(ch: string): string {
  const leet = LEET[ch] ?? PROJECT_FOLDS.get(ch);
  if (leet !== undefined) return leet;
  const lower = ch.toLowerCase();
  if (lower === ch) return prototypeOf(ch);
  const capital = latinCapitals?.get(stripMarks(prototypeOf(ch)));
  return capital === undefined ? lower : prototypeOf(capital.toLowerCase());
}

// Folds already computed, per character; bounded so a text of every code point cannot grow it forever.
const folded = new Map<string, string>();
const MAX_FOLDED = 20_000;

/**
 * One character's skeleton (a code point of an NFD text): its letters and digits only, '' for a
 * separator or a mark. The steps repeat until nothing changes ("M" -> "m" -> "rn").
 */
export function skeletonOf(ch: string): string {
  const known = folded.get(ch);
  if (known !== undefined) return known;
  confusables();
  let text = ch;
  for (let round = 0; round < 4; round++) {
    let next = '';
    for (const c of text) next += foldStep(c);
    next = stripMarks(next);
    if (next === text) break;
    text = next;
  }
  let kept = '';
  for (const c of text) if (LETTER_OR_NUMBER.test(c)) kept += c;
  if (folded.size >= MAX_FOLDED) folded.clear();
  folded.set(ch, kept);
  return kept;
}

/**
 * A text as skeletons are taken from: default-ignorable code points removed (before and after, as
 * NFKC can make some: U+3164 becomes U+1160), then NFKC ("ｉ", "𝐢" -> "i"). NFD comes next,
 * per character in `skeletonOf`'s table or on the whole text.
 */
export function prepareForSkeleton(text: string): string {
  return text.replace(IGNORABLE, '').normalize('NFKC').replace(IGNORABLE, '');
}

/** The skeleton of a text: each letter or digit folded, everything else (spaces, punctuation) dropped. */
export function skeleton(text: string): string {
  let out = '';
  for (const ch of prepareForSkeleton(text).normalize('NFD')) out += skeletonOf(ch);
  return out;
}
