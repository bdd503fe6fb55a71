import { describe, expect, it } from 'vitest';
import { checkedBody } from '../../functions/comments/text.js';
import { normalizeLine, normalizeText, textLength } from '../../functions/shared/text/normalize.js';

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
