/**
 * Archive: the import's progress as people can follow it. On a terminal, a bar per pass (bytes
 * of the file read, comments written, their rate, the time left: cli-progress, on stderr); on a
 * log or a pipe, a plain line every few seconds, so a CI log or `nohup` shows where it is.
 */
import { Presets, SingleBar } from 'cli-progress';
import type { ImportProgress } from './importer.js';

const LINE_EVERY_MS = 5_000;

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

const PASSES: Record<ImportProgress['pass'], string> = {
  reading: 'reading the file',
  writing: 'writing comments',
  counting: 'counting pages and queues',
};

/** A progress reporter for a file of `totalBytes`; `stop()` ends the bar. */
export function importProgress(totalBytes: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let pass: ImportProgress['pass'] | undefined;
  let bar: SingleBar | undefined;
  let lastLine = 0;
  const rate = (n: number) => Math.round(n / Math.max(0.001, (Date.now() - started) / 1000));

  const onTerminal = (progress: ImportProgress) => {
    if (progress.pass !== pass) {
      bar?.stop();
      pass = progress.pass;
      if (pass === 'counting') {
        stream.write(`${PASSES.counting}…\n`);
        bar = undefined;
        return;
      }
      bar = new SingleBar(
        {
          stream,
          format: `${PASSES[pass].padEnd(18)} {bar} {percentage}% | {read} of {total_mb} | {records} posts, {imported} written, {rate}/s | ETA {eta_formatted}`,
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      bar.start(Math.max(1, totalBytes), 0, {
        read: megabytes(0),
        total_mb: megabytes(totalBytes),
        records: 0,
        imported: 0,
        rate: 0,
      });
    }
    bar?.update(progress.bytes, {
      read: megabytes(progress.bytes),
      total_mb: megabytes(totalBytes),
      records: progress.records,
      imported: progress.imported,
      rate: rate(progress.imported),
    });
  };

  const onLog = (progress: ImportProgress) => {
    const now = Date.now();
    if (progress.pass === pass && now - lastLine < LINE_EVERY_MS) return;
    pass = progress.pass;
    lastLine = now;
    const share = totalBytes ? ` ${Math.min(100, Math.floor((progress.bytes / totalBytes) * 100))}%` : '';
    stream.write(
      `${PASSES[progress.pass]}:${share} ${megabytes(progress.bytes)} of ${megabytes(totalBytes)}, ${progress.records} posts, ${progress.imported} written (${rate(progress.imported)}/s)\n`,
    );
  };

  return {
    update: stream.isTTY ? onTerminal : onLog,
    stop: () => bar?.stop(),
  };
}
