import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedBody } from '../../functions/comments/text.js';
import {
  MAX_MARKS,
  MAX_STACKED_MARKS,
  normalizeLine,
  normalizeText,
  textLength,
} from '../../functions/shared/text/normalize.js';

describe('comment text', () => {
  it('normalises to NFC', () => {
    expect(normalizeText('e\u0301')).toBe('é');
  });

  it('keeps tabs and line breaks, turns CRLF into LF and drops other control characters', () => {
    expect(normalizeText('a\r\nb\tc\u0000\u001b\u0085d')).toBe('a\nb\tcd');
  });

  it('keeps markup as plain text', () => {
    expect(normalizeText('<b>gras</b>')).toBe('<b>gras</b>');
  });

  it('makes names one line', () => {
    expect(normalizeLine(' Jean\n  Dupont ')).toBe('Jean Dupont');
  });

  it('counts code points, so an emoji counts once and a skin tone adds one', () => {
    expect(textLength('👍🏽')).toBe(2);
    expect(textLength('😀')).toBe(1);
  });

  it('refuses empty text and text over the limit with their codes', () => {
    expect(() => checkedBody('  \u0000 ', { maxLength: 10 })).toThrow(
      expect.objectContaining({ code: 'body_empty' }),
    );
    expect(() => checkedBody('x'.repeat(11), { maxLength: 10 })).toThrow(
      expect.objectContaining({ code: 'body_too_long' }),
    );
  });
});

describe('lone surrogates and combining marks', () => {
  const marks = (text: string) => [...text].filter((c) => /\p{M}/u.test(c)).length;

  it('replaces a lone high or low surrogate with U+FFFD and keeps a proper pair', () => {
    expect(normalizeText('a\uD800b\uDC00c\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc😀');
  });

  it('replaces lone surrogates in one-line texts too', () => {
    expect(normalizeLine('Zo\uDBFF\uDBFFé')).toBe('Zo\uFFFD\uFFFDé');
  });

  it(`keeps ${MAX_STACKED_MARKS} stacked marks of a flood on one letter and drops the rest`, () => {
    const zalgo = `Z${'\u0300\u0301\u0303'.repeat(1000)}algo`;

    const stored = normalizeText(zalgo);

    expect(stored).toBe('Z\u0300\u0301\u0303\u0300algo');
  });

  it('caps every letter of a flooded word, in bodies and in names', () => {
    const flooded = [...'Camille'].map((c) => `${c}\u0300\u0301\u0302\u0303\u0304\u0305`).join('');

    const name = normalizeLine(flooded);

    expect(marks(name)).toBe(7 * MAX_STACKED_MARKS);
    expect(marks(normalizeText(flooded))).toBe(7 * MAX_STACKED_MARKS);
  });

  it('counts marks across joiners, which do not end a stack', () => {
    const hidden = `a${'\u0301\u200D'.repeat(50)}`;

    expect(marks(normalizeText(hidden))).toBe(MAX_STACKED_MARKS);
  });

  it(`keeps at most ${MAX_MARKS} spacing marks on one letter, which could not wrap`, () => {
    const wide = `\u0915${'\u0903'.repeat(500)}`;

    expect(marks(normalizeText(wide))).toBe(MAX_MARKS);
  });

  it.each([
    ['Vietnamese', 'Tiếng Việt có dấu: người, được, thuở'],
    ['Thai', 'ภาษาไทย น้ำ กี่ ปั้น'],
    ['Hebrew with niqqud', 'שָּׁלוֹם בְּרֵאשִׁית'],
    ['Devanagari', 'हिन्दी क्षत्रिय स्त्री कृपया'],
    ['Burmese, five marks on one letter', 'လျှော့ချ မြန်မာ'],
    ['Arabic with tashkeel', 'مُحَمَّدٌ'],
    ['emoji keycaps and sequences', '1️⃣ 👩🏽‍💻 🏳️‍🌈 👨‍👩‍👧‍👦'],
  ])('leaves %s as NFC makes it', (_script, text) => {
    expect(normalizeText(text)).toBe(text.normalize('NFC'));
  });

  it('is idempotent, so a text normalised twice (schema, then service) is stored as once', () => {
    const alphabet = ['e', 'ḗ', '\u0323', '\u0304', '\u0301', '\u0903', '\u200D', '\u05B8', '\uD800', ' '];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join(''));

    fc.assert(fc.property(text, (t) => normalizeText(normalizeText(t)) === normalizeText(t)));
  });
});
