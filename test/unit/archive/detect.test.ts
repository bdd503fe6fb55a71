/**
 * What a file is, from its first bytes: the three formats the import reads, and the files people
 * give it instead, named so that the CLI can say what it was given.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat, formatName, sniff } from '../../../functions/archive/sources/detect.js';
import { disqusXml, removeTempFiles, tempFile, wordpressXml } from '../../support/archive-files.js';

afterAll(removeTempFiles);

const spec = {
  threads: [
    { id: '1', url: 'https://a.fr/1', title: 'Un', posts: [{ id: '2', html: '<p>x</p>', name: 'A' }] },
  ],
};
let count = 0;
const file = (content: string | Uint8Array) => tempFile(`sniff-${count++}`, content);

describe('detectFormat', () => {
  it('recognises a Disqus export', async () => {
    expect(await detectFormat(file(disqusXml(spec)))).toBe('disqus');
  });

  it.each(['1.0', '1.1', '1.2'])('recognises a WordPress export of WXR %s', async (version) => {
    // Prepare
    const text = wordpressXml(spec).replaceAll('/export/1.2/', `/export/${version}/`);

    // Act, Assess
    expect(await detectFormat(file(text))).toBe('wordpress');
  });

  it('recognises a Réagir export by its first line', async () => {
    // Prepare
    const text = `${JSON.stringify({ format: 'reagir-export', version: 1, site: 'demo' })}\n{"kind":"page"}\n`;

    // Act, Assess
    expect(await detectFormat(file(text))).toBe('reagir');
  });

  it('recognises a Disqus export behind a byte order mark and an XML declaration on its own', async () => {
    expect(await detectFormat(file(`\uFEFF${disqusXml(spec)}`))).toBe('disqus');
  });

  it('recognises nothing in a file of another kind', async () => {
    expect(await detectFormat(file('a,b\n1,2\n'))).toBeUndefined();
  });
});

describe('sniff', () => {
  it.each([
    [
      'an RSS feed',
      '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Blog</title></channel></rss>',
      'an RSS feed, not a WordPress export (WXR)',
    ],
    [
      'a web page',
      '<!DOCTYPE html>\n<html lang="fr"><body><p>Bonjour</p></body></html>',
      'an HTML file (a web page)',
    ],
    ['a web page without doctype', '<html><head><title>x</title></head></html>', 'an HTML file (a web page)'],
    [
      'another XML file',
      '<?xml version="1.0"?>\n<!-- export -->\n<comments><c/></comments>',
      'an XML file whose root is <comments>',
    ],
    ['a JSON document', '{\n  "comments": []\n}\n', 'a JSON file that is not a Réagir export'],
    [
      'an NDJSON file of another kind',
      '{"format":"other"}\n{"a":1}\n',
      'a JSON file that is not a Réagir export',
    ],
    ['a JSON array', '[{"id":1}]', 'a JSON file that is not a Réagir export'],
    ['a CSV file', 'id,author,message\n1,Zoé,"Bonjour"\n2,Léo,"Salut"\n', 'a CSV file'],
    ['a semicolon CSV file', 'id;auteur;message\n1;Zoé;Bonjour\n', 'a CSV file'],
    ['an empty file', '', 'an empty file'],
    ['a blank file', '\n  \n', 'a blank file'],
    ['a text file', 'Bonjour, voici mes commentaires.\nMerci.\n', 'a text file of no known format'],
  ])('names %s', async (_, content, description) => {
    // Act
    const sniffed = await sniff(file(content));

    // Assess
    expect(sniffed).toEqual({ description });
  });

  it('names a gzip-compressed export, as Disqus sends them', async () => {
    // Act
    const sniffed = await sniff(file(gzipSync(disqusXml(spec))));

    // Assess
    expect(sniffed).toEqual({ description: expect.stringMatching(/^a gzip-compressed file/) });
  });

  it('names a ZIP archive and a binary file', async () => {
    // Act
    const zip = await sniff(file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1])));
    const binary = await sniff(file(new Uint8Array([1, 2, 0, 3, 0, 4])));

    // Assess
    expect(zip.description).toMatch(/^a ZIP archive/);
    expect(binary.description).toBe('a binary file');
  });

  it('describes a format by its name', async () => {
    // Act
    const sniffed = await sniff(file(wordpressXml(spec)));

    // Assess
    expect(sniffed).toEqual({ format: 'wordpress', description: 'a WordPress export (WXR)' });
    expect(`this file is ${sniffed.description}, not ${formatName('disqus')}`).toBe(
      'this file is a WordPress export (WXR), not a Disqus export',
    );
    expect(formatName('reagir')).toBe('a Réagir export');
  });

  it('reads only the head of a large file', async () => {
    // Prepare: a Disqus export whose end is cut off far past 64 KB
    const posts = Array.from({ length: 2000 }, (_, i) => ({
      id: String(i),
      html: '<p>Bonjour à tous</p>',
      name: 'A',
    }));
    const text = disqusXml({ threads: [{ ...spec.threads[0], id: '1', url: 'u', title: 't', posts }] });

    // Act, Assess
    expect(text.length).toBeGreaterThan(200_000);
    expect(await detectFormat(file(text.slice(0, 150_000)))).toBe('disqus');
  });
});
