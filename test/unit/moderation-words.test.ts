import { describe, expect, it } from 'vitest';
import { countLinks, findWords } from '../../functions/shared/text/words.js';

describe('word matching', () => {
  const list = ['crétin', 'gros mot'];

  it.each([
    ['case', 'Quel CRÉTIN'],
    ['accents', 'quel cretin'],
    ['repeated letters', 'quel crééétiiin'],
    ['spacing', 'quel c r e t i n'],
    ['dots', 'quel c.r.e.t.i.n !'],
    ['look-alike digits and symbols', 'quel cr3t1n'],
    ['Cyrillic look-alikes', 'quel сrеtin'],
    ['plural', 'quels crétins'],
    ['several words', 'un GROS   mot'],
  ])('finds a listed word despite %s', (_what, text) => {
    expect(findWords(text, list).length).toBeGreaterThan(0);
  });

  it('does not match inside an innocent longer word', () => {
    expect(findWords('la crétinisation des débats', ['crétin'])).toEqual([]);
    expect(findWords('Scunthorpe', ['cunt'])).toEqual([]);
  });

  it('returns the words as listed', () => {
    expect(findWords('quel cr3tin', list)).toEqual(['crétin']);
  });
});

describe('link counting', () => {
  it('counts http(s) links and www addresses', () => {
    expect(countLinks('voir https://a.fr, http://b.fr/x et www.c.fr')).toBe(3);
    expect(countLinks('pas de lien ici. fin.')).toBe(0);
  });
});
