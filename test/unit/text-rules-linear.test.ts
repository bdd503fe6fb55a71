/**
 * Every rule that reads a comment's text (the widget's link tokens and e-mail check, the server's
 * normalisation with its mark caps and surrogate repair, word matching and link counting) fed its
 * worst cases at 1× and 10× length: the work must grow about as the length does. A quadratic rule
 * takes ~100× longer at 10×; the bound is 40× so noise on a loaded machine does not fail it (the
 * minimum of several runs is taken).
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../functions/shared/text/normalize.js';
import { countLinks, findWords } from '../../functions/shared/text/words.js';
import { isEmail } from '../../widget/src/lib/email.js';
import { tokenizeText } from '../../widget/src/lib/link-tokens.js';

const BASE = 10_000;
const RUNS = 7;

/**
 * The fastest of several runs of `rule` on each text, in milliseconds. Runs alternate between the
 * two, so a burst of load on a shared machine slows both alike instead of one only.
 */
function fastest(rule: (text: string) => unknown, short: string, long: string): [number, number] {
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let i = 0; i < RUNS; i++) {
    [short, long].forEach((text, j) => {
      const start = performance.now();
      rule(text);
      best[j] = Math.min(best[j] as number, performance.now() - start);
    });
  }
  return best as [number, number];
}

/** `unit` repeated to `length` characters, after `head`. */
const fill = (head: string, unit: string, length: number) =>
  head + unit.repeat(Math.ceil(length / unit.length));

const WORDS = ['idiot', 'mot interdit', 'nul'];

const cases: [string, (text: string) => unknown, (length: number) => string][] = [
  ['links: a URL then closing parentheses', tokenizeText, (n) => fill('https://x.fr/', ')', n)],
  ['links: a URL then opening parentheses and dots', tokenizeText, (n) => fill('https://x.fr/', '(.', n)],
  ['links: bare www. then closing parentheses', tokenizeText, (n) => fill('www.x.fr/', ')', n)],
  ['links: schemes one after another', tokenizeText, (n) => fill('', 'https://', n)],
  ['links: www. one after another', tokenizeText, (n) => fill('', 'www.', n)],
  ['links: many short links', tokenizeText, (n) => fill('', 'https://a.fr) ', n)],
  ['normalisation: unbalanced bidi controls', normalizeText, (n) => fill('', '\u202Ea\u2066', n)],
  ['normalisation: control characters and CR LF', normalizeText, (n) => fill('', '\u0001\r\n\r', n)],
  ['normalisation: blank space', normalizeText, (n) => fill('a', ' \t\n', n)],
  ['normalisation: a combining flood on one letter', normalizeText, (n) => fill('a', '\u0301', n)],
  [
    'normalisation: runs of marks just under the cap',
    normalizeText,
    (n) => fill('', 'a\u0300\u0301\u0302\u0303', n),
  ],
  ['normalisation: marks and joiners', normalizeText, (n) => fill('a', '\u0903\u200D\u0301', n)],
  ['normalisation: lone surrogates', normalizeText, (n) => fill('', '\uD800a\uDC00', n)],
  ['words: letters spaced out', (text) => findWords(text, WORDS), (n) => fill('', 'n ', n)],
  ['words: one repeated letter', (text) => findWords(text, WORDS), (n) => fill('', 'u', n)],
  ['words: look-alike symbols', (text) => findWords(text, WORDS), (n) => fill('', 'a@!$', n)],
  ['link count: www. one after another', countLinks, (n) => fill('', 'www.a', n)],
  ['link count: schemes one after another', countLinks, (n) => fill('', 'http://', n)],
  ['e-mail: no at sign', isEmail, (n) => fill('', 'a', n)],
  ['e-mail: dotted domain with no end', isEmail, (n) => `${fill('a@b', '.c', n)} @`],
  ['e-mail: at signs', isEmail, (n) => fill('', 'a@', n)],
];

describe('text rules: work linear in the length of the text', () => {
  it.each(cases)('%s', (_name, rule, make) => {
    const short = make(BASE);
    const long = make(BASE * 10);
    // Warm up the JIT on both first, so the first measured run is not the slow one.
    rule(short);
    rule(long);

    const [shortMs, longMs] = fastest(rule, short, long);
    const ratio = longMs / Math.max(shortMs, 0.05);

    expect(ratio).toBeLessThan(40);
  });
});
