/** Unit: `npm run bench` reports the widget's entry and every one of its chunks, by name. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkName, widgetRows } from '../../bench/rows.js';
import { widgetSizes } from '../../bench/widget-size.js';

const file = (name: string, gzipBytes: number) => ({ file: name, bytes: gzipBytes * 2, gzipBytes });

describe('the widget rows of the bench', () => {
  it('names a chunk without its folder and hash, dashes in either', () => {
    expect(chunkName('chunks/kit--69mJr2U.js')).toBe('kit');
    expect(chunkName('chunks/comment-form-controls-Drx9lm_4.js')).toBe('comment-form-controls');
  });

  it('gives the entry its budget, one row per chunk, and the total', () => {
    const rows = widgetRows({
      entry: file('widget.js', 10_000),
      chunks: [file('chunks/kit-AAAAAAAA.js', 6000), file('chunks/en-BBBBBBBB.js', 700)],
    });

    expect(rows.map((row) => row.metric)).toEqual([
      'widget.js gzip (before comments show, CSS included)',
      'widget chunk kit gzip (at start, beside the first API request)',
      'widget chunk en gzip (on first use)',
      'widget, entry and all 2 chunks gzip (a reader who uses everything)',
    ]);
    expect(rows[0]?.ok).toBe(true);
    expect(rows[3]?.value).toBe('16,700 B');
  });

  it('has a row for every file of the built dist/widget/chunks', () => {
    const sizes = widgetSizes();
    if (!sizes) return expect.fail('dist/widget is missing: run `npm run build:widget` first');
    const built = readdirSync('dist/widget/chunks').filter((name) => name.endsWith('.js'));

    const metrics = widgetRows(sizes).map((row) => row.metric);

    expect(built.length).toBeGreaterThan(5);
    expect(metrics).toEqual(
      expect.arrayContaining(built.map((name) => expect.stringContaining(`chunk ${chunkName(name)} gzip`))),
    );
  });
});
