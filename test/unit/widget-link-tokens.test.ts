import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../../widget/src/lib/link-tokens.js';

const links = (text: string) =>
  tokenizeText(text)
    .filter((token) => token.href)
    .map((token) => token.href);

describe('widget: splitting comment text into text and links', () => {
  it('gives back plain text as one token', () => {
    expect(tokenizeText('Bonjour à tous')).toEqual([{ text: 'Bonjour à tous' }]);
  });

  it('makes http and https URLs links, the rest text', () => {
    expect(tokenizeText('voir https://exemple.fr/a?b=1 et http://x.org')).toEqual([
      { text: 'voir ' },
      { text: 'https://exemple.fr/a?b=1', href: 'https://exemple.fr/a?b=1' },
      { text: ' et ' },
      { text: 'http://x.org', href: 'http://x.org' },
    ]);
  });

  it('leaves punctuation that ends the sentence out of the link', () => {
    expect(
      links('Lisez https://exemple.fr/article. Puis https://exemple.fr/b, enfin (https://x.org)!'),
    ).toEqual(['https://exemple.fr/article', 'https://exemple.fr/b', 'https://x.org']);
  });

  it('keeps a closing parenthesis that belongs to the URL', () => {
    expect(links('https://fr.wikipedia.org/wiki/Nantes_(ville)')).toEqual([
      'https://fr.wikipedia.org/wiki/Nantes_(ville)',
    ]);
  });

  it('never links other schemes', () => {
    expect(links('javascript:alert(1) data:text/html,x vbscript:x ftp://x.org mailto:a@b.fr')).toEqual([]);
  });

  it('does not link a scheme glued to a word or a scheme with no host', () => {
    expect(links('xhttps://exemple.fr et https:// seul')).toEqual([]);
  });

  it('keeps markup as text, links included', () => {
    const tokens = tokenizeText('<a href="https://evil.example">clic</a> <img src=x onerror=alert(1)>');
    expect(tokens.map((token) => token.text).join('')).toBe(
      '<a href="https://evil.example">clic</a> <img src=x onerror=alert(1)>',
    );
    expect(links('<a href="https://evil.example">clic</a>')).toEqual(['https://evil.example']);
  });

  it('gives back the exact input when the tokens are joined', () => {
    const input = 'a\nhttps://x.org/é.\n\n  b https://y.org)';
    expect(
      tokenizeText(input)
        .map((token) => token.text)
        .join(''),
    ).toBe(input);
  });
});

describe('widget: bare www. addresses', () => {
  it('links a bare www. address with https', () => {
    expect(tokenizeText('voir www.exemple.fr/a.')).toEqual([
      { text: 'voir ' },
      { text: 'www.exemple.fr/a', href: 'https://www.exemple.fr/a' },
      { text: '.' },
    ]);
  });

  it('leaves "www." without a host, or glued to a word, as text', () => {
    expect(links('www. et www.exemple et awww.exemple.fr')).toEqual([]);
  });

  it('does not link the www. of an http URL twice', () => {
    expect(links('http://www.exemple.fr')).toEqual(['http://www.exemple.fr']);
  });
});
