/**
 * Bench: the local stack's own memory (issue 18, point 5). `npm start` runs as a developer runs it
 * (functions/local/start.ts, data on disk in a scratch DATA_DIR) and serves the demo article's list
 * to 10 concurrent readers; then the peak RSS of its Node process and of DynamoDB Local's JVM are
 * read from /proc, together against the ~600 MB the issue allows.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { repoRoot } from '../scripts/bundle-functions.js';
import { peakRssMb } from './process-memory.js';
import type { Row } from './report.js';

/** Issue 18: `npm start`, Node and Java together, stays under this. */
export const LOCAL_STACK_MEMORY_GOAL_MB = 600;

export interface LocalFootprint {
  nodeMb: number;
  javaMb: number;
  /** Requests answered during the load, to show it was loaded at all. */
  requests: number;
  seconds: number;
}

/** The direct children of `pid` (Linux: /proc/<pid>/task/<pid>/children). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

const commandOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
};

/** DynamoDB Local's JVM among the descendants of `pid`. */
function javaUnder(pid: number): number | undefined {
  for (const child of childrenOf(pid)) {
    if (commandOf(child)[0]?.endsWith('java')) return child;
    const found = javaUnder(child);
    if (found) return found;
  }
  return undefined;
}

function waitForUrl(child: ChildProcess): Promise<string> {
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`npm start's stack exited (${code})`)));
    lines.on('line', (line) => {
      const url = /API\s+(http:\S+)\/v1\/health/.exec(line)?.[1];
      if (url) resolve(url);
    });
  });
}

/** Starts the local stack as `npm start` does, loads its list for `seconds`, reads its peak memory. */
export async function measureLocalFootprint(seconds = 10): Promise<LocalFootprint> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reagir-bench-start-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/start.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, SES_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await waitForUrl(child);
    const result = await autocannon({
      url: `${url}/v1/comments?site=demo&page=article-42&limit=20`,
      connections: 10,
      duration: seconds,
    });
    // Node runs start.ts itself (no tsx wrapper process): the child is the stack's Node process.
    const node = child.pid as number;
    const java = javaUnder(node);
    if (!java) throw new Error(`no DynamoDB Local under npm start's process ${node}`);
    return { nodeMb: peakRssMb(node), javaMb: peakRssMb(java), requests: result.requests.total, seconds };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const mb = (value: number) => `${Math.round(value)} MB`;

/** DynamoDB Local's peak RSS in the bench (in memory: its data counts too), and `npm start`'s. */
export interface DynamoMemory {
  /** Right after the list-throughput load. */
  listLoadMb: number;
  /** At the end of the bench: 10,000 comments, the search's, two imports of 100,000 and their scans. */
  wholeBenchMb?: number;
  footprint?: LocalFootprint;
}

/** `npm start`'s row: Node and Java together against the issue's goal. */
export function footprintRows(f: LocalFootprint): Row[] {
  return [
    {
      metric: `npm start peak RSS, Node + DynamoDB Local (on disk), list at c=10 for ${f.seconds} s (${f.requests.toLocaleString('en')} requests)`,
      value: `${mb(f.nodeMb + f.javaMb)} (Node ${mb(f.nodeMb)}, Java ${mb(f.javaMb)})`,
      budget: `≤ ${LOCAL_STACK_MEMORY_GOAL_MB} MB`,
      ok: f.nodeMb + f.javaMb <= LOCAL_STACK_MEMORY_GOAL_MB,
    },
  ];
}

/** The memory rows: DynamoDB Local's peaks in the bench, then `npm start`'s. */
export function dynamoMemoryRows(m: DynamoMemory): Row[] {
  return [
    {
      metric: 'DynamoDB Local peak RSS, bench stack (in memory, its data included), after the list load',
      value: mb(m.listLoadMb),
    },
    ...(m.wholeBenchMb === undefined
      ? []
      : [
          {
            metric: 'DynamoDB Local peak RSS, bench stack, whole bench (imports included)',
            value: mb(m.wholeBenchMb),
          },
        ]),
    ...(m.footprint ? footprintRows(m.footprint) : []),
  ];
}
