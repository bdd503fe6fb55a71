/**
 * Accounts: the name skeleton taken-name items were keyed by before Unicode's confusables table
 * (skeleton.ts) replaced a short look-alike list, kept frozen so those items still count: a guest's
 * name is checked against both keys (taken-names.ts; docs/data-model.md, "Taken names"). Never
 * change it: it must fold exactly as it did when the items were written.
 */

const LOOK_ALIKES: Record<string, string> = {
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
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ν: 'v',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
};

/** A character's skeleton: lower case, no accent, look-alikes mapped; '' for a separator. */
function skeletonChar(ch: string): string {
  const lower = ch.toLowerCase();
  const mapped = LOOK_ALIKES[lower];
  if (mapped !== undefined) return mapped;
  const base = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[\p{L}\p{N}]+$/u.test(base) ? base : '';
}

/** Collapses runs of the same letter: "nuuuul" -> "nul". */
const collapseRepeats = (word: string) => word.replace(/(.)\1+/g, '$1');

/**
 * The skeleton tokens of a text. Runs of single characters separated by spaces or punctuation
 * ("n u l", "n.u.l") are joined back into one token.
 */
function skeletonTokens(text: string): string[] {
  const raw = text
    .split(/[\s\p{P}\p{S}]+/u)
    .map((part) => collapseRepeats([...part].map(skeletonChar).join('')))
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

/**
 * Keeps look-alike symbols inside words before splitting ("c@nard" stays one word), but only
 * next to a letter, so a "!" ending a sentence is not read as an "i".
 */
function protectSymbols(text: string): string {
  const chars = [...text];
  const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
  return chars
    .map((ch, i) => {
      const mapped = LOOK_ALIKES[ch];
      const symbol = mapped !== undefined && /[\p{P}\p{S}]/u.test(ch);
      return symbol && (isLetter(chars[i - 1]) || isLetter(chars[i + 1])) ? mapped : ch;
    })
    .join('');
}

/** A name's skeleton as taken-name items without `skeletonVersion` were keyed. */
export function legacyNameSkeleton(name: string): string {
  return skeletonTokens(protectSymbols(name.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, ''))).join('');
}
