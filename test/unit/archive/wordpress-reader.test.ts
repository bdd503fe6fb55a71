/**
 * The WordPress (WXR) reader: ids made unique across items, GMT and local dates, approval states,
 * pingbacks left out, closed items, namespaces of every WXR version, and a huge item streamed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  type SourcePost,
  SourceSyntaxError,
  type SourceThread,
} from '../../../functions/archive/sources/types.js';
import { readWordpress } from '../../../functions/archive/sources/wordpress.js';
import {
  type PostSpec,
  readAll,
  removeTempFiles,
  type ThreadSpec,
  tempFile,
  wordpressXml,
} from '../../support/archive-files.js';

afterAll(removeTempFiles);

const comment = (fields: Partial<PostSpec> & { id: string }): PostSpec => ({
  html: 'Bonjour',
  createdAt: '2013-02-11T10:30:00.000Z',
  name: 'Camille',
  email: 'camille@exemple.fr',
  ...fields,
});
const item = (id: string, posts: PostSpec[], more: Partial<ThreadSpec> = {}): ThreadSpec => ({
  id,
  url: `https://www.mon-journal.fr/${id}/`,
  title: `Article ${id}`,
  createdAt: '2013-02-01T08:00:00.000Z',
  posts,
  ...more,
});

async function read(threads: ThreadSpec[], edit: (text: string) => string = (text) => text) {
  return readAll(readWordpress, tempFile(`wxr-${Math.random()}.xml`, edit(wordpressXml({ threads }))));
}
const posts = (records: { kind: string }[]) => records.filter((r): r is SourcePost => r.kind === 'post');
const threads = (records: { kind: string }[]) =>
  records.filter((r): r is SourceThread => r.kind === 'thread');

describe('readWordpress', () => {
  it('reads every field of an item and of a comment', async () => {
    // Prepare
    const posts = [
      comment({ id: '5' }),
      comment({ id: '6', parent: '5', html: 'Ligne\n\nautre', email: ' Zoe@Ex.FR ' }),
    ];

    const text = wordpressXml({ threads: [item('42', posts, { title: 'L’été & nous' })] });
    // The 0-based index of the id's line is the 1-based line of the <wp:comment> just before it.
    const line = text.split('\n').findIndex((l) => l.includes('<wp:comment_id>6<'));

    // Act
    const { records, error } = await readAll(readWordpress, tempFile('fields.xml', text));

    // Assess
    expect(error).toBeUndefined();
    expect(records[0]).toEqual({
      kind: 'thread',
      sourceId: '42',
      url: 'https://www.mon-journal.fr/42/',
      title: 'L’été & nous',
      closed: false,
      createdAt: '2013-02-01T08:00:00.000Z',
      at: { line: 21, column: 2 },
    });
    expect(records[2]).toEqual({
      kind: 'post',
      sourceId: '42:6',
      threadId: '42',
      parentId: '42:5',
      html: 'Ligne\n\nautre',
      createdAt: '2013-02-11T10:30:00.000Z',
      dateText: '2013-02-11 10:30:00',
      authorName: 'Camille',
      authorEmail: 'zoe@ex.fr',
      state: 'approved',
      at: { line, column: 3 },
    });
  });

  it('yields each item’s thread just before its comments, in file order', async () => {
    // Act
    const { records } = await read([
      item('1', [comment({ id: '1' }), comment({ id: '2' })]),
      item('2', [comment({ id: '3' })]),
    ]);

    // Assess
    expect(records.map((r) => `${r.kind}:${r.sourceId}`)).toEqual([
      'thread:1',
      'post:1:1',
      'post:1:2',
      'thread:2',
      'post:2:3',
    ]);
  });

  it('gives distinct ids to comments that repeat an id in another item', async () => {
    // Act
    const { records } = await read([
      item('1', [comment({ id: '7' }), comment({ id: '8', parent: '7' })]),
      item('2', [comment({ id: '7' }), comment({ id: '8', parent: '7' })]),
    ]);

    // Assess
    expect(posts(records).map((p) => [p.sourceId, p.parentId])).toEqual([
      ['1:7', undefined],
      ['1:8', '1:7'],
      ['2:7', undefined],
      ['2:8', '2:7'],
    ]);
  });

  it('takes the GMT date rather than the local one', async () => {
    // Act
    const { records } = await read([
      item('1', [comment({ id: '1', dateText: '2013-02-11 10:00:00', localDate: '2013-02-11 11:00:00' })]),
    ]);

    // Assess
    expect(posts(records)[0]).toMatchObject({
      createdAt: '2013-02-11T10:00:00.000Z',
      dateText: '2013-02-11 10:00:00',
    });
  });

  it('reads the local date as UTC when the GMT date is empty or 0000-00-00', async () => {
    // Act
    const { records } = await read([
      item('1', [
        comment({ id: '1', dateText: '0000-00-00 00:00:00', localDate: '2008-05-01 22:15:00' }),
        comment({ id: '2', dateText: '', localDate: '2008-05-02 09:00:00' }),
      ]),
    ]);

    // Assess
    expect(posts(records).map((p) => [p.createdAt, p.dateText])).toEqual([
      ['2008-05-01T22:15:00.000Z', '2008-05-01 22:15:00'],
      ['2008-05-02T09:00:00.000Z', '2008-05-02 09:00:00'],
    ]);
  });

  it('keeps the text when no date parses', async () => {
    // Act
    const { records } = await read([
      item('1', [comment({ id: '1', dateText: 'hier', localDate: '0000-00-00 00:00:00' })]),
    ]);

    // Assess
    expect(posts(records)[0]).toMatchObject({ createdAt: undefined, dateText: 'hier' });
  });

  it('reads the approval states', async () => {
    // Act
    const { records } = await read(
      [
        item('1', [
          comment({ id: '1' }),
          comment({ id: '2', pending: true }),
          comment({ id: '3', spam: true }),
          comment({ id: '4', deleted: true }),
          comment({ id: '5' }),
          comment({ id: '6' }),
        ]),
      ],
      (text) =>
        text
          .replace(/(<wp:comment_id>5<[\s\S]*?<wp:comment_approved>)1/, '$1post-trashed')
          .replace(/(<wp:comment_id>6<[\s\S]*?<wp:comment_approved>)1/, '$1unheard-of'),
    );

    // Assess
    expect(posts(records).map((p) => p.state)).toEqual([
      'approved',
      'pending',
      'spam',
      'deleted',
      'deleted',
      'pending',
    ]);
  });

  it('leaves pingbacks, trackbacks and plugins’ comment types out', async () => {
    // Act
    const { records } = await read([
      item('1', [
        comment({ id: '1', type: 'pingback' }),
        comment({ id: '2' }),
        comment({ id: '3', type: 'trackback' }),
        comment({ id: '4', type: 'comment' }),
        comment({ id: '5', type: 'order_note' }),
      ]),
      item('2', [comment({ id: '6', type: 'pingback' })]),
    ]);

    // Assess
    expect(records.map((r) => `${r.kind}:${r.sourceId}`)).toEqual(['thread:1', 'post:1:2', 'post:1:4']);
  });

  it('reads a closed item, and leaves out items without comments', async () => {
    // Act
    const { records } = await read([
      item('1', [comment({ id: '1' })], { closed: true }),
      item('2', []),
      item('3', [comment({ id: '2' })]),
    ]);

    // Assess
    expect(threads(records).map((t) => [t.sourceId, t.closed])).toEqual([
      ['1', true],
      ['3', false],
    ]);
  });

  it('reads the comment’s own fields, not its meta nor the item’s', async () => {
    // Prepare: a meta_value and a postmeta next to the fields
    const edit = (text: string) =>
      text.replace(/<wp:meta_value><!\[CDATA\[false\]\]>/, '<wp:meta_value><![CDATA[<b>meta</b>]]>');

    // Act
    const { records } = await read([item('1', [comment({ id: '1', html: 'Le vrai corps' })])], edit);

    // Assess
    expect(posts(records)[0]?.html).toBe('Le vrai corps');
    expect(threads(records)[0]?.title).toBe('Article 1');
  });

  it.each(['1.0', '1.1'])('reads a WXR %s export', async (version) => {
    // Act
    const { records } = await read([item('1', [comment({ id: '1' })])], (text) =>
      text.replaceAll('/export/1.2/', `/export/${version}/`),
    );

    // Assess
    expect(records.map((r) => r.sourceId)).toEqual(['1', '1:1']);
  });

  it('reads wp: fields when the file forgets to declare the prefix', async () => {
    // Act
    const { records } = await read([item('1', [comment({ id: '1' })])], (text) =>
      text.replace(/\s+xmlns:wp="[^"]*"/, ''),
    );

    // Assess
    expect(records.map((r) => r.sourceId)).toEqual(['1', '1:1']);
  });

  it('refuses a comment before its item’s id', async () => {
    // Act
    const { error } = await read([item('1', [comment({ id: '1' })])], (text) =>
      text.replace(/<wp:post_id>1<\/wp:post_id>/, ''),
    );

    // Assess
    expect(error).toBeInstanceOf(SourceSyntaxError);
    expect(error).toMatchObject({ found: expect.stringContaining("comes before its item's <wp:post_id>") });
  });

  it('refuses a Disqus file', async () => {
    // Act
    const { error } = await readAll(
      readWordpress,
      tempFile('d.xml', '<?xml version="1.0"?><disqus xmlns="http://disqus.com"/>'),
    );

    // Assess
    expect(error).toMatchObject({ found: 'the root is <disqus>, not <rss>' });
  });

  it('yields a huge item’s comments as they are read, not at the item’s end', async () => {
    // Prepare: one item of 3,000 comments, about 2.5 MB
    const many = Array.from({ length: 3000 }, (_, i) =>
      comment({ id: String(i + 1), html: 'Très juste. '.repeat(30) }),
    );
    const file = tempFile('huge.xml', wordpressXml({ threads: [item('1', many)] }));
    let bytes = 0;
    const bytesAtFirstPost: number[] = [];

    // Act
    let count = 0;
    for await (const record of readWordpress(file, { onBytes: (b) => (bytes = b) })) {
      if (record.kind === 'post' && count++ === 0) bytesAtFirstPost.push(bytes);
    }

    // Assess
    expect(count).toBe(3000);
    expect(bytesAtFirstPost[0]).toBeLessThan(128 * 1024);
    expect(bytes).toBeGreaterThan(2_000_000);
  });
});
