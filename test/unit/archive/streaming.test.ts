/**
 * The Disqus reader over a ~20 MB generated export: every post comes out, in bounded memory. The
 * bound is loose (150 MB of resident growth for a reader that holds one 64 KB chunk's records) so
 * that it fails for a reader holding the file or its records, never for the garbage collector's
 * moods.
 */
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDisqus } from '../../../functions/archive/sources/disqus.js';
import type { SourceState } from '../../../functions/archive/sources/types.js';
import {
  type LargeFileCounts,
  removeTempFiles,
  tempPath,
  writeLargeDisqusFile,
} from '../../support/archive-files.js';

const MB = 1024 * 1024;
const file = tempPath('large-disqus.xml');
let counts: LargeFileCounts;

beforeAll(async () => {
  counts = await writeLargeDisqusFile(file, { threads: 520, posts: 26_000 });
}, 60_000);
afterAll(removeTempFiles);

describe('readDisqus on a large export', () => {
  it('yields every thread and post with bounded memory', async () => {
    // Prepare
    const states: Record<SourceState, number> = { approved: 0, pending: 0, spam: 0, deleted: 0 };
    let threads = 0;
    let replies = 0;
    const before = process.memoryUsage().rss;
    let peak = before;

    // Act
    let records = 0;
    for await (const record of readDisqus(file)) {
      if (record.kind === 'thread') threads += 1;
      else {
        states[record.state] += 1;
        if (record.parentId) replies += 1;
      }
      if (++records % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }

    // Assess
    expect(statSync(file).size).toBeGreaterThan(18 * MB);
    expect(threads).toBe(counts.threads);
    expect(states).toEqual({
      approved: counts.approved,
      pending: 0,
      spam: counts.spam,
      deleted: counts.deleted,
    });
    expect(replies).toBe(counts.replies);
    expect(peak - before).toBeLessThan(150 * MB);
  }, 60_000);

  it('yields the first posts long before the end of the file is read', async () => {
    // Prepare
    let bytes = 0;
    let bytesAtFirstPost: number | undefined;

    // Act
    for await (const record of readDisqus(file, { onBytes: (read) => (bytes = read) })) {
      if (record.kind === 'post') {
        bytesAtFirstPost = bytes;
        break;
      }
    }

    // Assess: the threads come first, about 200 KB of them
    expect(bytesAtFirstPost).toBeLessThan(MB);
  });

  it('generates the cases the importer must handle', () => {
    expect(counts.posts).toBe(26_000);
    expect(counts.deletedWithReplies).toBeGreaterThan(0);
    expect(counts.parentAfterChild).toBeGreaterThan(0);
    expect(counts.maxDepth).toBeGreaterThan(6);
    expect(counts.bytes).toBe(statSync(file).size);
  });
});
