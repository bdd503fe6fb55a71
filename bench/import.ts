/**
 * Bench: `npm run import` of a generated 100,000-comment Disqus file (issue 17, point 6) into
 * DynamoDB Local, in a process of its own: comments written per second and the importer's peak
 * memory, then the same file again (everything already there: nothing may be written twice) and
 * the counts checked on the table afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { saveSite } from '../functions/sites/service.js';
import { countProblems } from '../test/support/archive-checks.js';
import { writeLargeDisqusFile } from '../test/support/archive-files.js';
import { importCeiling } from './import-ceiling.js';
import { bytes, type Row } from './report.js';

const run = promisify(execFile);

export const IMPORT_POSTS = 100_000;
/** The Node options of `npm run import` (package.json), read from there so they cannot part. */
const IMPORT_NODE_OPTIONS = /NODE_OPTIONS="?([^"]*?)\s*\$NODE_OPTIONS/.exec(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.import ??
    '',
)?.[1];
const IMPORT_THREADS = 2_000;
/** Issue 17: at least this many comments a second into DynamoDB Local on this 2-core machine. */
export const IMPORT_RATE_GOAL = 1_000;
/** Issue 17: the importer stays under this much memory on the 100,000-comment file. */
export const IMPORT_MEMORY_GOAL_MB = 300;

interface RunFigures {
  imported: number;
  present: number;
  durationMs: number;
  requests: number;
  maxRssMb: number;
}

export interface ImportBench {
  posts: number;
  fileMb: number;
  /** DynamoDB Local's own rate for the same items, prebuilt, in the same run (import-ceiling.ts). */
  ceilingRate: number;
  first: RunFigures & { rate: number };
  again: RunFigures;
  /** Differences between stored and recounted counts after both runs (none expected). */
  countProblems: number;
}

async function importOnce(file: string, site: string): Promise<RunFigures> {
  const { stdout } = await run('npx', ['tsx', 'bench/import-child.ts', file, site], {
    // As `npm run import` runs it (package.json): a bounded heap, collected before it grows.
    env: {
      ...process.env,
      IDS_SECRET: process.env.IDS_SECRET ?? 'bench ids key',
      NODE_OPTIONS: IMPORT_NODE_OPTIONS,
    },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as RunFigures;
}

export async function measureImport(site: string, posts = IMPORT_POSTS): Promise<ImportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'reagir-bench-import-'));
  try {
    const file = join(dir, 'disqus-100k.xml');
    await writeLargeDisqusFile(file, {
      threads: Math.max(1, Math.round((posts / IMPORT_POSTS) * IMPORT_THREADS)),
      posts,
    });
    await saveSite(site, { name: 'Bench import', moderation: 'post', guests: true, maxDepth: 3 });
    const first = await importOnce(file, site);
    const again = await importOnce(file, site);
    const ceilingRate = await importCeiling(`${site}-ceiling`, 20_000);
    return {
      posts,
      fileMb: statSync(file).size / 1e6,
      ceilingRate,
      first: { ...first, rate: first.imported / (first.durationMs / 1000) },
      again,
      countProblems: (await countProblems(site)).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rate = (value: number) => `${Math.round(value).toLocaleString('en')} comments/s`;

/** The import's rows: rate against the goal and the ceiling, memory, the re-run, the counts. */
export function importRows(bench: ImportBench): Row[] {
  const n = bench.posts.toLocaleString('en');
  const { first, again } = bench;
  return [
    {
      metric: `import of a ${n}-post Disqus file (${bench.fileMb.toFixed(0)} MB), comments written per second`,
      value: `${rate(first.rate)} (${first.imported.toLocaleString('en')} in ${(first.durationMs / 1000).toFixed(1)} s)`,
      budget: `≥ ${rate(IMPORT_RATE_GOAL)}`,
      ok: first.rate >= IMPORT_RATE_GOAL,
    },
    {
      metric: 'DynamoDB Local alone, the same items prebuilt (same run): the ceiling; import / ceiling',
      value: `${rate(bench.ceilingRate)}; ${(first.rate / bench.ceilingRate).toFixed(2)}`,
    },
    {
      metric: `import, peak memory of the process (${n} posts)`,
      value: bytes(Math.round(first.maxRssMb * 1024 * 1024)),
      budget: `< ${IMPORT_MEMORY_GOAL_MB} MB`,
      ok: first.maxRssMb < IMPORT_MEMORY_GOAL_MB,
    },
    {
      metric: 'import of the same file again: written / already there, time',
      value: `${again.imported} / ${again.present.toLocaleString('en')}, ${(again.durationMs / 1000).toFixed(1)} s`,
      budget: '0 written',
      ok: again.imported === 0,
    },
    {
      metric: 'counts differing from the table after both imports (pages, replies, queues)',
      value: String(bench.countProblems),
      budget: '0',
      ok: bench.countProblems === 0,
    },
  ];
}
