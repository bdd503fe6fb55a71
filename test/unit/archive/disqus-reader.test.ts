/**
 * The Disqus reader: every field a record carries, threads told from references, states, authors,
 * dates, and a malformed file stopping with where and what, after the records read before it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readDisqus } from '../../../functions/archive/sources/disqus.js';
import {
  type SourcePost,
  SourceSyntaxError,
  type SourceThread,
} from '../../../functions/archive/sources/types.js';
import {
  type ArchiveSpec,
  disqusXml,
  type PostSpec,
  readAll,
  removeTempFiles,
  tempFile,
} from '../../support/archive-files.js';

afterAll(removeTempFiles);

const post = (fields: Partial<PostSpec> & { id: string }): PostSpec => ({
  html: '<p>Bonjour</p>',
  createdAt: '2013-02-11T10:30:00.000Z',
  name: 'Camille',
  email: 'camille@exemple.fr',
  ...fields,
});

const spec = (posts: PostSpec[], more: Partial<ArchiveSpec['threads'][number]> = {}): ArchiveSpec => ({
  threads: [{ id: '123', url: 'https://www.mon-journal.fr/a', title: 'Un article', posts, ...more }],
});

async function read(text: string) {
  return readAll(readDisqus, tempFile(`disqus-${Math.random()}.xml`, text));
}
const posts = (records: { kind: string }[]) => records.filter((r): r is SourcePost => r.kind === 'post');
const threads = (records: { kind: string }[]) =>
  records.filter((r): r is SourceThread => r.kind === 'thread');

describe('readDisqus', () => {
  it('reads every field of a thread', async () => {
    // Prepare
    const text = disqusXml(
      spec([], {
        closed: true,
        createdAt: '2013-02-11T10:22:33.000Z',
        title: 'Été & hiver',
        identifier: 'x',
      }),
    );

    // Act
    const { records, error } = await read(text);

    // Assess
    expect(error).toBeUndefined();
    expect(records).toEqual([
      {
        kind: 'thread',
        sourceId: '123',
        url: 'https://www.mon-journal.fr/a',
        title: 'Été & hiver',
        closed: true,
        createdAt: '2013-02-11T10:22:33.000Z',
        at: { line: 8, column: 3 },
      },
    ]);
  });

  it('reads every field of a post', async () => {
    // Prepare
    const html = '<p>Un <b>avis</b> &amp; une <a href="https://exemple.fr">source</a></p>';
    const text = disqusXml(
      spec([post({ id: '455' }), post({ id: '456', parent: '455', html, email: ' Zoe@Exemple.FR ' })]),
    );

    // Act
    const { records } = await read(text);

    // Assess
    expect(posts(records)[1]).toEqual({
      kind: 'post',
      sourceId: '456',
      threadId: '123',
      parentId: '455',
      html,
      createdAt: '2013-02-11T10:30:00.000Z',
      dateText: '2013-02-11T10:30:00Z',
      authorName: 'Camille',
      authorEmail: 'zoe@exemple.fr',
      state: 'approved',
      at: { line: text.split('\n').findIndex((line) => line.includes('<post dsq:id="456">')) + 1, column: 3 },
    });
  });

  it('yields the threads, then the posts, in file order', async () => {
    // Prepare
    const text = disqusXml({
      threads: [
        { id: '1', url: 'https://a.fr/1', title: 'Un', posts: [post({ id: '10' }), post({ id: '11' })] },
        { id: '2', url: 'https://a.fr/2', title: 'Deux', posts: [post({ id: '20' })] },
      ],
    });

    // Act
    const { records } = await read(text);

    // Assess
    expect(records.map((r) => `${r.kind}:${r.sourceId}`)).toEqual([
      'thread:1',
      'thread:2',
      'post:10',
      'post:11',
      'post:20',
    ]);
  });

  it('takes a post’s <thread dsq:id/> as a reference, not as a thread', async () => {
    // Prepare: a post naming a thread listed nowhere
    const text = disqusXml(spec([post({ id: '1', threadRef: '999' })]));

    // Act
    const { records } = await read(text);

    // Assess
    expect(threads(records).map((t) => t.sourceId)).toEqual(['123']);
    expect(posts(records)[0]?.threadId).toBe('999');
  });

  it('skips a root-level thread with nothing in it', async () => {
    // Prepare
    const text = disqusXml(spec([post({ id: '1' })])).replace(
      '</disqus>',
      '<thread dsq:id="77" />\n</disqus>',
    );

    // Act
    const { records } = await read(text);

    // Assess
    expect(threads(records).map((t) => t.sourceId)).toEqual(['123']);
  });

  it('reads spam before deleted, and approved otherwise', async () => {
    // Prepare
    const text = disqusXml(
      spec([
        post({ id: '1' }),
        post({ id: '2', spam: true }),
        post({ id: '3', deleted: true }),
        post({ id: '4', spam: true, deleted: true }),
      ]),
    );

    // Act
    const { records } = await read(text);

    // Assess
    expect(posts(records).map((p) => p.state)).toEqual(['approved', 'spam', 'deleted', 'spam']);
  });

  it('reads an anonymous author without an email', async () => {
    // Prepare
    const text = disqusXml(spec([post({ id: '1', email: undefined, name: ' Invité ' })]));

    // Act
    const { records } = await read(text);

    // Assess
    expect(posts(records)[0]).toMatchObject({ authorName: 'Invité', authorEmail: undefined });
  });

  it('falls back on the username, then on an empty name', async () => {
    // Prepare
    const text = disqusXml(
      spec([post({ id: '1', name: '', username: 'zoe_75' }), post({ id: '2', name: '' })]),
    );

    // Act
    const { records } = await read(text);

    // Assess
    expect(posts(records).map((p) => p.authorName)).toEqual(['zoe_75', '']);
  });

  it('keeps a date that does not parse as text, with no createdAt', async () => {
    // Prepare
    const dates = ['hier soir', '2013-02-30T10:00:00Z', '2013-02-11 10:22:33', ''];
    const text = disqusXml(spec(dates.map((dateText, i) => post({ id: String(i), dateText }))));

    // Act
    const { records } = await read(text);

    // Assess
    expect(posts(records).map((p) => [p.createdAt, p.dateText])).toEqual(dates.map((d) => [undefined, d]));
  });

  it('normalises a date with an offset to UTC', async () => {
    // Prepare
    const text = disqusXml(spec([post({ id: '1', dateText: '2013-02-11T12:22:33+02:00' })]));

    // Act
    const { records } = await read(text);

    // Assess
    expect(posts(records)[0]?.createdAt).toBe('2013-02-11T10:22:33.000Z');
  });

  it('gives an escaped message as HTML: its entities stay for the text conversion', async () => {
    // Prepare: a message written as escaped text rather than CDATA
    const text = disqusXml(spec([post({ id: '1', html: 'x' })])).replace(
      '<message><![CDATA[x]]></message>',
      '<message>&lt;p&gt;&amp;lt;script&amp;gt;&lt;/p&gt;</message>',
    );

    // Act
    const { records } = await read(text);

    // Assess
    expect(posts(records)[0]?.html).toBe('<p>&lt;script&gt;</p>');
  });

  it('stops at a malformation with its line, column and text, after the records before it', async () => {
    // Prepare: the third post's tag is left unclosed
    const good = disqusXml(spec([post({ id: '1' }), post({ id: '2' }), post({ id: '3' })]));
    const text = good.replace('<post dsq:id="3">', '<post dsq:id=3>');
    const line = text.split('\n').findIndex((l) => l.includes('<post dsq:id=3>')) + 1;

    // Act
    const { records, error } = await read(text);

    // Assess
    expect(records.map((r) => r.sourceId)).toEqual(['123', '1', '2']);
    expect(error).toBeInstanceOf(SourceSyntaxError);
    expect(error).toMatchObject({
      line,
      column: 16,
      found: 'unquoted attribute value, after “<post dsq:id=3”',
    });
  });

  it('places a malformation far into the file, past the first chunks', async () => {
    // Prepare: about 1 MB, the 1,900th post's attribute unquoted
    const many = Array.from({ length: 2000 }, (_, i) =>
      post({ id: String(i), html: `<p>${'é'.repeat(200)}</p>` }),
    );
    const text = disqusXml(spec(many)).replace('<post dsq:id="1900">', '<post dsq:id=1900>');
    const line = text.split('\n').findIndex((l) => l.includes('<post dsq:id=1900>')) + 1;

    // Act
    const { records, error } = await read(text);

    // Assess
    expect(posts(records)).toHaveLength(1900);
    expect(error).toMatchObject({ line, column: 16 });
  });

  it('stops at a tag closed by another name', async () => {
    // Prepare
    const text = disqusXml(spec([post({ id: '1' }), post({ id: '2' })])).replace(
      /(<post dsq:id="2">[\s\S]*?)<\/isSpam>/,
      '$1</isSpm>',
    );

    // Act
    const { records, error } = await read(text);

    // Assess
    expect(records.map((r) => r.sourceId)).toEqual(['123', '1']);
    expect(error).toMatchObject({ found: expect.stringContaining('</isSpm') });
  });

  it('stops at a truncated file', async () => {
    // Prepare
    const text = disqusXml(spec([post({ id: '1' }), post({ id: '2' })]));
    const cut = text.slice(0, text.indexOf('<post dsq:id="2">') + 40);

    // Act
    const { records, error } = await read(cut);

    // Assess
    expect(records.map((r) => r.sourceId)).toEqual(['123', '1']);
    expect(error).toBeInstanceOf(SourceSyntaxError);
  });

  it('refuses a post without a dsq:id', async () => {
    // Prepare
    const text = disqusXml(spec([post({ id: '1' }), post({ id: '2' })])).replace(
      '<post dsq:id="2">',
      '<post>',
    );

    // Act
    const { records, error } = await read(text);

    // Assess
    expect(records.map((r) => r.sourceId)).toEqual(['123', '1']);
    expect(error).toMatchObject({ found: expect.stringMatching(/^the <post> of line \d+ has no dsq:id/) });
  });

  it('refuses a file whose root is not <disqus>', async () => {
    // Act
    const { records, error } = await read('<?xml version="1.0"?>\n<rss><channel/></rss>\n');

    // Assess
    expect(records).toEqual([]);
    expect(error).toMatchObject({
      line: 2,
      found: expect.stringContaining('the root is <rss>, not <disqus>'),
    });
  });

  it('refuses an empty file', async () => {
    // Act
    const { error } = await read('');

    // Assess
    expect(error).toMatchObject({ line: 1, column: 1, found: 'document must contain a root element' });
  });

  it('reads a file with a byte order mark, or a blank line before the XML declaration', async () => {
    // Prepare
    const text = disqusXml(spec([post({ id: '1' })]));

    // Act
    const withBom = await read(`\uFEFF${text}`);
    const withBlank = await read(`\n\n${text}`);

    // Assess
    expect(withBom.records).toHaveLength(2);
    expect(withBlank.records).toHaveLength(2);
    expect(withBlank.records[0]?.at).toEqual({ line: 10, column: 3 });
  });

  it('reads dsq:id when the file forgets to declare the dsq prefix', async () => {
    // Prepare
    const text = disqusXml(spec([post({ id: '1', parent: '0' })])).replace(/ xmlns:dsq="[^"]*"/, '');

    // Act
    const { records, error } = await read(text);

    // Assess
    expect(error).toBeUndefined();
    expect(posts(records)[0]).toMatchObject({ sourceId: '1', threadId: '123', parentId: '0' });
  });

  it('tells the bytes read as it goes, up to the file’s size', async () => {
    // Prepare
    const many = Array.from({ length: 400 }, (_, i) =>
      post({ id: String(i), html: `<p>${'é'.repeat(300)}</p>` }),
    );
    const text = disqusXml(spec(many));
    const file = tempFile('progress.xml', text);
    const told: number[] = [];

    // Act
    for await (const _ of readDisqus(file, { onBytes: (bytes) => told.push(bytes) })) {
      // reading is all
    }

    // Assess
    expect(told.length).toBeGreaterThan(1);
    expect(told).toEqual([...told].sort((a, b) => a - b));
    expect(told.at(-1)).toBe(Buffer.byteLength(text));
  });
});
