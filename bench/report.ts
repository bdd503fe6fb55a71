/** Bench: the result rows, printed as one markdown table and saved as JSON. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../scripts/bundle-functions.js';

/** One line of the report. `ok` is undefined when the metric has no budget (or was not measured). */
export interface Row {
  metric: string;
  value: string;
  budget?: string;
  ok?: boolean;
}

/** Where the JSON goes; .bench/ is gitignored. */
export const RESULTS_PATH = join(repoRoot, '.bench/results.json');

const okMark = (ok: boolean | undefined) => (ok === undefined ? '—' : ok ? '✓' : '✗');

/** The rows as a markdown table: metric | value | budget | ok. */
export function markdownTable(rows: Row[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const lines = rows.map(
    (r) => `| ${cell(r.metric)} | ${cell(r.value)} | ${cell(r.budget ?? '—')} | ${okMark(r.ok)} |`,
  );
  return ['| metric | value | budget | ok |', '|---|---|---|---|', ...lines].join('\n');
}

/** Milliseconds with one decimal: enough for a local run's noise. */
export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A byte count with thousands separators. */
export const bytes = (value: number) => `${value.toLocaleString('en')} B`;

/** Writes the rows and the raw measurements to RESULTS_PATH. */
export function writeResults(rows: Row[], raw: Record<string, unknown>, path = RESULTS_PATH): void {
  mkdirSync(dirname(path), { recursive: true });
  const failed = rows.filter((r) => r.ok === false).map((r) => r.metric);
  writeFileSync(path, `${JSON.stringify({ rows, failed, ...raw }, null, 2)}\n`);
}

/** Where and on what a run happened: date, commit (`+dirty` with local changes), Node and CPU. */
export function runInfo(): { date: string; commit: string; machine: string } {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, {
        cwd: repoRoot,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return '';
    }
  };
  const commit = git(['rev-parse', '--short', 'HEAD']);
  return {
    date: new Date().toISOString(),
    commit: commit ? commit + (git(['status', '--porcelain']) ? '+dirty' : '') : 'no git',
    machine: `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
  };
}
