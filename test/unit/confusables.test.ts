/**
 * The confusables skeleton (functions/shared/text/skeleton.ts) as names and listed words use it:
 * NFKC, default-ignorable code points removed, Unicode's confusables table (UTS #39), case and
 * accents folded; and the generated table is Unicode's file, whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyNameSkeleton } from '../../functions/accounts/legacy-name-skeleton.js';
import { CONFUSABLES, CONFUSABLES_VERSION } from '../../functions/shared/text/confusables-data.js';
import { skeleton } from '../../functions/shared/text/skeleton.js';
import { findWords, nameSkeleton } from '../../functions/shared/text/words.js';
import { compactConfusables } from '../../scripts/build-confusables.js';

const unicodeFile = readFileSync('functions/shared/text/unicode/confusables.txt', 'utf8');

describe('the confusables table', () => {
  it('is Unicode’s confusables.txt, every line of it', () => {
    const { version, table } = compactConfusables(unicodeFile);

    expect({ version: CONFUSABLES_VERSION, table: CONFUSABLES }).toEqual({ version, table });
  });

  it('holds the whole file, not a sample', () => {
    const lines = unicodeFile.split('\n').filter((line) => /^[0-9A-F]/.test(line)).length;

    expect(CONFUSABLES.split(/[;,]/).length).toBe(lines);
  });

  it('ships with Unicode’s licence beside it', () => {
    const licence = readFileSync('functions/shared/text/unicode/LICENSE', 'utf8');

    expect(licence).toContain('UNICODE LICENSE V3');
  });

  it('is not part of the widget', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
      );
    const importers = files('widget/src').filter((file) =>
      /shared\/text\/(skeleton|words|confusables-data)/.test(readFileSync(file, 'utf8')),
    );

    expect(importers).toEqual([]);
  });
});

describe('names that look the same', () => {
  it.each([
    ['a Greek capital Mu', '\u039Codération'],
    ['a Cyrillic capital Em', '\u041Codération'],
    ['a Hangul filler at the end', 'Modération\u3164'],
    ['a halfwidth Hangul filler', 'Mod\uFFA0ération'],
    ['Hangul choseong and jungseong fillers', 'Modé\u115F\u1160ration'],
    ['a soft hyphen', 'Modé\u00ADration'],
    ['a zero-width joiner and non-joiner', 'Mo\u200Ddé\u200Cration'],
    ['a variation selector', 'Modération\uFE0F'],
    ['fullwidth letters', 'Ｍｏｄéｒａｔｉｏｎ'],
    ['mathematical bold letters', '𝐌𝐨𝐝é𝐫𝐚𝐭𝐢𝐨𝐧'],
    ['capitals and no accent', 'MODERATION'],
    ['an "rn" for the "m"', 'rnodération'],
  ])('folds a name with %s as “Modération”', (_what, name) => {
    expect(nameSkeleton(name)).toBe(nameSkeleton('Modération'));
  });

  it('folds a Greek capital Eta as the H it looks like', () => {
    expect(nameSkeleton('\u0397élène')).toBe(nameSkeleton('Hélène'));
  });

  it('folds a capital I as i, not as the l of UTS #39, so case never separates a name', () => {
    expect([nameSkeleton('ISABELLE'), nameSkeleton('lsabelle')]).toEqual([
      nameSkeleton('Isabelle'),
      'lsabele',
    ]);
  });

  it('gives the same skeleton to a text and to its skeleton', () => {
    const once = skeleton('Μodérationㅤ 𝐢𝐝𝐢𝐨𝐭');

    expect(skeleton(once)).toBe(once);
  });

  const firstNames = [
    'Adèle',
    'Agathe',
    'Alice',
    'Amélie',
    'Anaïs',
    'Antoine',
    'Arthur',
    'Aurélien',
    'Bastien',
    'Baptiste',
    'Camille',
    'Céline',
    'Chloé',
    'Clément',
    'Damien',
    'Élise',
    'Émile',
    'Emma',
    'Étienne',
    'Fanny',
    'François',
    'Gaëlle',
    'Hugo',
    'Inès',
    'Jeanne',
    'Jules',
    'Julien',
    'Léa',
    'Léo',
    'Louis',
    'Louise',
    'Lucie',
    'Manon',
    'Marion',
    'Mathilde',
    'Mathis',
    'Maël',
    'Noé',
    'Noémie',
    'Océane',
    'Romain',
    'Sacha',
    'Simon',
    'Solène',
    'Théo',
    'Thomas',
    'Yann',
    'Yanis',
    'Zoé',
    'Ève',
  ];

  it('keeps common French first names apart from one another', () => {
    const skeletons = new Set(firstNames.map(nameSkeleton));

    expect(skeletons.size).toBe(firstNames.length);
  });

  it('keeps the legacy skeleton of a name as taken-name items were keyed by it', () => {
    expect(legacyNameSkeleton('Hortense Lemaire')).toBe('hortenselemaire');
  });
});

describe('listed words in disguise', () => {
  it.each([
    ['fullwidth', 'quel ｉｄｉｏｔ'],
    ['mathematical bold', 'quel 𝐢𝐝𝐢𝐨𝐭'],
    ['mathematical script and double-struck', 'quel 𝒾𝕕𝒾𝑜𝓉'],
    ['a Hangul filler inside', 'quel idi\u3164ot'],
    ['a zero-width space inside', 'quel idi\u200Bot'],
    ['capitals', 'QUEL IDIOT'],
    ['an exclamation mark after it', 'quel idiot!'],
  ])('finds “idiot” written in %s', (_what, text) => {
    expect(findWords(text, ['idiot'])).toEqual(['idiot']);
  });

  it.each(['la démocratie idéale', 'un diot savoyard', 'Il a dit: oh!', 'idiome, idiomatique'])(
    'does not find “idiot” in “%s”',
    (text) => {
      expect(findWords(text, ['idiot'])).toEqual([]);
    },
  );

  const frenchWords = [
    'mot',
    'rot',
    'nul',
    'mal',
    'mule',
    'con',
    'cou',
    'col',
    'lit',
    'loi',
    'mari',
    'mairie',
    'marin',
    'rien',
    'tien',
    'bien',
    'lien',
    'mien',
    'nom',
    'non',
    'mon',
    'ton',
    'son',
    'bon',
    'don',
    'dos',
  ];

  it('finds each of a list of ordinary French words only where it is written', () => {
    const found = frenchWords.map((word) => findWords(`Voici un ${word} ici.`, frenchWords));

    expect(found).toEqual(frenchWords.map((word) => [word]));
  });

  it('reads "rn" as the "m" it passes for, as UTS #39 does', () => {
    expect(findWords('une corne', ['come'])).toEqual(['come']);
  });
});
