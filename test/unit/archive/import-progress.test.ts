/**
 * The import's progress: a bar on a terminal (cli-progress: bytes read, posts, comments written,
 * rate, ETA), plain lines on a log, never both, and no line per record off a terminal.
 */
import { describe, expect, it } from 'vitest';
import { importProgress } from '../../../functions/archive/import-progress.js';

/** A stream that records what it is given, as a terminal (with the cursor calls) or a log. */
function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = {
    isTTY,
    columns: 160,
    write: (text: string) => {
      written.push(text);
      return true;
    },
    cursorTo: (_x: number, _y?: number) => true,
    clearLine: (_dir: number) => true,
    clearScreenDown: () => true,
    moveCursor: (_dx: number, _dy: number) => true,
    on: () => stream,
    removeListener: () => stream,
  };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

describe('import progress', () => {
  it('draws a bar with the bytes, posts, comments written and rate on a terminal', () => {
    const { stream, written } = fakeStream(true);
    const progress = importProgress(2_000_000, stream);
    progress.update({ pass: 'reading', bytes: 1_000_000, records: 500, imported: 0 });
    progress.update({ pass: 'writing', bytes: 2_000_000, records: 1_000, imported: 900 });
    progress.stop();
    const text = written.join('');
    expect(text).toContain('reading the file');
    expect(text).toContain('writing comments');
    expect(text).toContain('2.0 MB of 2.0 MB');
    expect(text).toContain('1000 posts, 900 written');
    expect(text).toContain('ETA');
  });

  it('writes plain lines off a terminal, at most one per few seconds within a pass', () => {
    const { stream, written } = fakeStream(false);
    const progress = importProgress(1_000, stream);
    for (let i = 1; i <= 100; i++)
      progress.update({ pass: 'writing', bytes: i * 10, records: i, imported: i });
    progress.update({ pass: 'counting', bytes: 0, records: 100, imported: 100 });
    progress.stop();
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^writing comments: 1% 0\.0 MB of 0\.0 MB, 1 posts, 1 written \(\d+\/s\)\n$/);
    expect(written[1]).toMatch(/^counting pages and queues:/);
    expect(written.join('')).not.toContain('\x1b');
  });
});
