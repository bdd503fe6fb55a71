/**
 * Text rules shared by comments (banned and suspect words, links) and accounts (names that look
 * alike): word matching that survives the usual disguises: case, accents, repeated letters
 * ("nuuul"), letters spaced or dotted out ("n.u.l"), invisible characters, compatibility forms
 * (fullwidth, mathematical letters) and look-alike characters (digits, symbols, and every
 * confusable of Unicode's table: skeleton.ts). Both the text and the listed words are reduced to
 * the same skeleton, then compared token by token, so a listed word does not match inside an
 * innocent longer word.
 */
import { LEET, prepareForSkeleton, skeletonOf } from './skeleton.js';

/** Collapses runs of the same letter: "nuuuul" -> "nul". */
const collapseRepeats = (word: string) => word.replace(/(.)\1+/g, '$1');

/**
 * The skeleton tokens of a text. Runs of single characters separated by spaces or punctuation
 * ("n u l", "n.u.l") are joined back into one token.
 */
export function skeletonTokens(text: string): string[] {
  const raw = protectSymbols(prepareForSkeleton(text))
    .normalize('NFD')
    .split(/[\s\p{P}\p{S}]+/u)
    .map((part) => {
      let folded = '';
      for (const ch of part) folded += skeletonOf(ch);
      return collapseRepeats(folded);
    })
    .filter(Boolean);
  // Look-alike symbols like "@" or "$" are separators to the split above; re-split on what remains.
  const tokens: string[] = [];
  let run = '';
  for (const token of raw) {
    if (token.length === 1) {
      run += token;
      continue;
    }
    if (run) tokens.push(collapseRepeats(run));
    run = '';
    tokens.push(token);
  }
  if (run) tokens.push(collapseRepeats(run));
  return tokens;
}

/** What a symbol or punctuation mark passes for inside a word: a leet letter, or an ASCII letter it is confusable with. */
function symbolLetter(ch: string): string | undefined {
  if (!/[\p{P}\p{S}]/u.test(ch)) return undefined;
  const letter = LEET[ch] ?? skeletonOf(ch);
  return /^[a-z]$/.test(letter) ? letter : undefined;
}

/**
 * Keeps look-alike symbols inside words before splitting ("c@nard", "$alope" stay one word), but
 * only before a letter, so a "!" ending a sentence ("idiot!") is not read as an "i".
 */
function protectSymbols(text: string): string {
  const chars = [...text];
  const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
  return chars
    .map((ch, i) => {
      const letter = symbolLetter(ch);
      return letter !== undefined && isLetter(chars[i + 1]) ? letter : ch;
    })
    .join('');
}

/** The listed words (one or several words each) found in the text, as listed. */
export function findWords(text: string, list: readonly string[]): string[] {
  const tokens = skeletonTokens(text);
  const found: string[] = [];
  for (const entry of list) {
    const words = skeletonTokens(entry);
    if (words.length === 0) continue;
    const matchesAt = (i: number) =>
      words.every((word, j) => {
        const token = tokens[i + j];
        // Plural and feminine endings: "idiot" also matches "idiots", "idiote".
        return (
          token !== undefined &&
          (token === word || (token.startsWith(word) && /^(s|e|es|x)$/.test(token.slice(word.length))))
        );
      });
    if (tokens.some((_, i) => matchesAt(i))) found.push(entry);
  }
  return found;
}

/** http(s) links and bare www. addresses in a text. */
export function countLinks(text: string): number {
  return (text.match(/\bhttps?:\/\/\S+|\bwww\.[^\s.]+\.\S+/gi) ?? []).length;
}

/** The skeleton of a whole name, for "looks the same as" comparisons ("Μodér@tion" ~ "moderation"). */
export function nameSkeleton(name: string): string {
  return skeletonTokens(name).join('');
}
