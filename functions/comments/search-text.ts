/**
 * Comments: the compact text the search reads (GSI `search`), and the terms of a search folded
 * the same way. Case, accents and punctuation go; each word is kept once, name first, so a term
 * matches the start of a word (`" " + term`) and a whole-site search reads a few hundred bytes a
 * comment, not its text.
 */

/** At most this many characters of folded words are kept per comment (the index's size, docs/cost.md). */
export const SEARCH_TEXT_MAX = 600;

/** Case, accents and compatibility forms folded; everything but letters and digits splits words. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The folded, deduplicated words of the author's name then the text, each between spaces, capped. */
export function searchText(record: { authorName: string; body: string }): string {
  const seen = new Set<string>();
  let out = ' ';
  for (const word of [...searchWords(record.authorName), ...searchWords(record.body)]) {
    if (seen.has(word)) continue;
    seen.add(word);
    if (out.length + word.length + 1 > SEARCH_TEXT_MAX) break;
    out += `${word} `;
  }
  return out;
}

/** The terms of a search: folded words, each once, the longest first (they narrow the most). */
export function searchTerms(query: string): string[] {
  return [...new Set(searchWords(query))].sort((a, b) => b.length - a.length);
}
