/**
 * A source's HTML body as the plain text Réagir stores: layout kept as line breaks, links with
 * their address, entities decoded once, nothing interpreted.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../functions/archive/html-text.js';

describe('htmlToText', () => {
  it('separates paragraphs and blocks by one blank line', () => {
    expect(
      htmlToText('<p>Un</p><p>Deux</p><div>Trois</div><blockquote>Quatre</blockquote><h2>Cinq</h2>'),
    ).toBe('Un\n\nDeux\n\nTrois\n\nQuatre\n\nCinq');
  });

  it('puts no more than one blank line between nested or empty blocks', () => {
    expect(htmlToText('<div><p>Un</p></div><p></p><p> </p><div><div><p>Deux</p></div></div>')).toBe(
      'Un\n\nDeux',
    );
  });

  it('makes list items blocks', () => {
    expect(htmlToText('<ul><li>pain</li><li>vin</li></ul>')).toBe('pain\n\nvin');
  });

  it('turns <br> into a line break, two of them into a blank line', () => {
    expect(htmlToText('<p>Un<br>deux<br/>trois<br><br>quatre<br><br><br><br>cinq</p>')).toBe(
      'Un\ndeux\ntrois\n\nquatre\n\ncinq',
    );
  });

  it('keeps a link’s text followed by its address', () => {
    expect(htmlToText('<p>Lisez <a href="https://www.insee.fr/fr/statistiques">ce rapport</a>.</p>')).toBe(
      'Lisez ce rapport (https://www.insee.fr/fr/statistiques).',
    );
  });

  it('does not repeat an address that is the link’s text', () => {
    expect(
      htmlToText(
        '<a href="https://exemple.fr/">https://exemple.fr</a> et <a href="http://a.fr/x">a.fr/x</a>',
      ),
    ).toBe('https://exemple.fr et a.fr/x');
  });

  it('gives the full address of a link Disqus shortened', () => {
    // Prepare
    const href = 'https://www.mon-journal.fr/2013/02/un-tres-long-titre-d-article-sur-la-reforme';

    // Act, Assess
    expect(htmlToText(`<a href="${href}">https://www.mon-journal.fr/2013/02/un-tres-long-...</a>`)).toBe(
      href,
    );
  });

  it('shows no address that is not http(s)', () => {
    expect(
      htmlToText('<a href="javascript:alert(1)">clic</a> <a href="mailto:a@b.fr">écrire</a> <a>rien</a>'),
    ).toBe('clic écrire rien');
  });

  it('shows the address of a link without text', () => {
    expect(htmlToText('Voir <a href="https://exemple.fr/img.png"><img src="x.png"></a> ici')).toBe(
      'Voir https://exemple.fr/img.png ici',
    );
  });

  it('decodes entities once: an escaped tag stays literal text', () => {
    expect(
      htmlToText('<p>&eacute;t&eacute; &amp; hiver &lt;script&gt;alert(1)&lt;/script&gt; &#233; &nbsp;!</p>'),
    ).toBe('été & hiver <script>alert(1)</script> é \u00a0!');
  });

  it('keeps the text of every other tag, nested or unknown', () => {
    expect(
      htmlToText(
        '<p><b>Gras <i>et <u>souligné</u></i></b> <span class="x">puis</span> <marquee>fin</marquee></p>',
      ),
    ).toBe('Gras et souligné puis fin');
  });

  it('drops script and style contents', () => {
    expect(
      htmlToText('<p>Avant</p><script>document.cookie</script><style>p{color:red}</style><p>Après</p>'),
    ).toBe('Avant\n\nAprès');
  });

  it('collapses whitespace as a browser does, and trims lines and the whole', () => {
    expect(htmlToText('  <p>  Un\n   deux\t\ttrois  </p>\n\n  <p>   quatre <b> cinq </b> </p>  ')).toBe(
      'Un deux trois\n\nquatre cinq',
    );
  });

  it('keeps newlines as line breaks when asked, as WordPress stores them', () => {
    expect(htmlToText('Premier paragraphe\nsuite\n\n\n\nSecond   paragraphe  \n', { newlines: 'keep' })).toBe(
      'Premier paragraphe\nsuite\n\nSecond paragraphe',
    );
  });

  it('adds no second break for a newline after a <br>, as wpautop', () => {
    expect(htmlToText('Un<br />\nDeux<br>\n\nTrois', { newlines: 'keep' })).toBe('Un\nDeux\n\nTrois');
  });

  it('keeps the newlines of a <pre> even when collapsing', () => {
    expect(htmlToText('<pre>ligne 1\nligne 2</pre>')).toBe('ligne 1\nligne 2');
  });

  it('reads text without any tag', () => {
    expect(htmlToText('Juste du texte, 3 < 4 & 5 > 2')).toBe('Juste du texte, 3 < 4 & 5 > 2');
  });

  it('gives an empty string for nothing but markup', () => {
    expect(htmlToText('<p><br></p><script>x</script>')).toBe('');
  });
});
