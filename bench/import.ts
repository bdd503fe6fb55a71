/**
 * Bench: `npm run import` of a generated 100,000-comment Disqus file (issue 17, point 6) into
 * DynamoDB Local, in a process of its own: comments written per second and the importer's peak
 * memory, then the same file again (everything already there: nothing may be written twice) and
 * the counts checked on the table afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { saveSite } from '../functions/sites/service.js';
import { countProblems } from '../test/support/archive-checks.js';
import { writeLargeDisqusFile } from '../test/support/archive-files.js';

const run = promisify(execFile);

export const IMPORT_POSTS = 100_000;
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
  first: RunFigures & { rate: number };
  again: RunFigures;
  /** Differences between stored and recounted counts after both runs (none expected). */
  countProblems: number;
}

async function importOnce(file: string, site: string): Promise<RunFigures> {
  const { stdout } = await run('npx', ['tsx', 'bench/import-child.ts', file, site], {
    env: { ...process.env, IDS_SECRET: process.env.IDS_SECRET ?? 'bench ids key' },
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
    return {
      posts,
      fileMb: statSync(file).size / 1e6,
      first: { ...first, rate: first.imported / (first.durationMs / 1000) },
      again,
      countProblems: (await countProblems(site)).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
