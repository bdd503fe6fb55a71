/**
 * Bench: list-20 throughput at 10 concurrent readers (issue 18, point 4), this checkout side by
 * side with a base git ref (the code before the issue). Both API servers run in processes of their
 * own on the same DynamoDB Local and data; autocannon loads each in turn, alternating which goes
 * first, so that a noisy neighbour on the shared cores weighs on both alike.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import type { LocalIdentity } from '../functions/local/local-env.js';
import { repoRoot } from '../scripts/bundle-functions.js';
import { ms, type Row } from './report.js';

/** The code before issue 18; `BENCH_BASE_REF` names another. */
export const DEFAULT_BASE_REF = 'e2ee2b6';
/** Issue 18: this checkout serves at least this many times the base's requests per second. */
export const THROUGHPUT_RATIO_GOAL = 1.5;
const CONNECTIONS = 10;

export interface ThroughputOptions {
  dynamoEndpoint: string;
  identity: LocalIdentity;
  /** Path and query of the list, e.g. `/v1/comments?site=bench&page=article-20&limit=20`. */
  path: string;
  rounds?: number;
  secondsPerRound?: number;
  warmupSeconds?: number;
  /** Writes a CPU profile of each server there (`node --cpu-prof`), to see where the time goes. */
  cpuProfileDir?: string;
}

/** One server's figures: requests per second of each round, their median, and its peak memory. */
export interface ServerThroughput {
  rps: number[];
  medianRps: number;
  p99Ms: number;
  /** Requests answered with anything but 2xx, or failed, over all rounds (0 expected). */
  failed: number;
  maxRssMb: number;
}

export interface ListThroughput {
  baseRef: string;
  baseCommit: string;
  connections: number;
  rounds: number;
  secondsPerRound: number;
  current: ServerThroughput;
  base: ServerThroughput;
  /**
   * The median over rounds of this checkout's requests/s over the base's in the same round: the
   * two runs of a round are back to back, so the machine's load (shared cores) drifts less between
   * them than over the whole measure.
   */
  ratio: number;
  /** Whether both servers answered the list with the very same bytes. */
  sameBody: boolean;
}

interface Server {
  url: string;
  child: ChildProcess;
  exited: Promise<{ maxRssMb: number }>;
}

/** A detached checkout of `ref` in a temporary folder, sharing this checkout's node_modules. */
function checkout(ref: string): { dir: string; commit: string; remove(): void } {
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const dir = join(mkdtempSync(join(tmpdir(), 'reagir-bench-base-')), 'checkout');
  git(['worktree', 'add', '--detach', dir, ref]);
  symlinkSync(realpathSync(join(repoRoot, 'node_modules')), join(dir, 'node_modules'));
  return {
    dir,
    commit: git(['rev-parse', '--short', `${ref}^{commit}`]),
    remove: () => {
      git(['worktree', 'remove', '--force', dir]);
      rmSync(join(dir, '..'), { recursive: true, force: true });
    },
  };
}

/** Starts bench/list-server.ts on `root`'s code; resolves once it prints its URL. */
function startServer(root: string, options: ThroughputOptions, name: string): Promise<Server> {
  const profile = options.cpuProfileDir
    ? // A folder per server: tsx's loader thread writes a profile of its own beside the main thread's.
      ['--cpu-prof', '--cpu-prof-dir', join(options.cpuProfileDir, name)]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', join(repoRoot, 'bench/list-server.ts'), root],
    {
      cwd: root,
      env: {
        ...process.env,
        BENCH_STACK: JSON.stringify({ dynamoEndpoint: options.dynamoEndpoint, identity: options.identity }),
        // Both must present the same public author ids for their answers to compare.
        IDS_SECRET: process.env.IDS_SECRET ?? 'bench ids key',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const messages: Record<string, unknown>[] = [];
  let onMessage: () => void = () => {};
  lines.on('line', (line) => {
    if (!line.startsWith('{')) return;
    messages.push(JSON.parse(line) as Record<string, unknown>);
    onMessage();
  });
  const exited = new Promise<{ maxRssMb: number }>((resolve) =>
    child.once('exit', () => resolve({ maxRssMb: Number(messages.at(-1)?.maxRssMb ?? Number.NaN) })),
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the ${name} list server exited (${code})`)));
    onMessage = () => {
      const url = messages[0]?.url;
      if (typeof url === 'string') resolve({ url, child, exited });
    };
  });
}

async function load(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Loads both servers in alternating rounds; the base ref is `BENCH_BASE_REF` or DEFAULT_BASE_REF. */
export async function measureListThroughput(options: ThroughputOptions): Promise<ListThroughput> {
  const baseRef = process.env.BENCH_BASE_REF || DEFAULT_BASE_REF;
  const { rounds = 5, secondsPerRound = 10, warmupSeconds = 10 } = options;
  const base = checkout(baseRef);
  const servers: Server[] = [];
  try {
    const current = await startServer(repoRoot, options, 'current');
    servers.push(current);
    const old = await startServer(base.dir, options, 'base');
    servers.push(old);
    const pair = [current, old] as const;
    const bodies = await Promise.all(pair.map(async (s) => (await fetch(s.url + options.path)).text()));
    // Both JITs (each server's and DynamoDB Local's JVM) warm before anything counts: with 3 s the
    // rounds still rose run after run.
    for (const server of pair) await load(server.url + options.path, warmupSeconds);
    const results: [autocannon.Result[], autocannon.Result[]] = [[], []];
    for (let round = 0; round < rounds; round++) {
      // Alternate which one goes first: a slow spell of the machine falls on both in turn.
      const order = round % 2 ? [1, 0] : [0, 1];
      for (const i of order)
        results[i as 0 | 1].push(await load((pair[i] as Server).url + options.path, secondsPerRound));
    }
    const memory = await Promise.all(
      pair.map((s) => {
        s.child.kill('SIGTERM');
        return s.exited;
      }),
    );
    const figures = results.map((runs, i) => ({
      rps: runs.map((r) => r.requests.average),
      medianRps: median(runs.map((r) => r.requests.average)),
      p99Ms: median(runs.map((r) => r.latency.p99)),
      failed: runs.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
      maxRssMb: memory[i]?.maxRssMb ?? Number.NaN,
    })) as [ServerThroughput, ServerThroughput];
    return {
      baseRef,
      baseCommit: base.commit,
      connections: CONNECTIONS,
      rounds,
      secondsPerRound,
      current: figures[0],
      base: figures[1],
      ratio: median(figures[0].rps.map((rps, i) => rps / (figures[1].rps[i] as number))),
      sameBody: bodies[0] === bodies[1] && (bodies[0] ?? '').startsWith('{'),
    };
  } finally {
    for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    base.remove();
  }
}

const rps = (value: number) => `${Math.round(value).toLocaleString('en')} req/s`;

/** The throughput rows: each server's requests/s, the ratio against its goal, and the checks. */
export function listThroughputRows(t: ListThroughput): Row[] {
  const load = `c=${t.connections}, median of ${t.rounds} × ${t.secondsPerRound} s, alternating`;
  const server = (s: ServerThroughput) =>
    `${rps(s.medianRps)} (rounds ${s.rps.map((r) => Math.round(r)).join(', ')}; p99 ${ms(s.p99Ms)})`;
  return [
    { metric: `list-20 throughput, this checkout (${load})`, value: server(t.current) },
    { metric: `list-20 throughput, base ${t.baseRef} (${t.baseCommit}), same run`, value: server(t.base) },
    {
      metric: 'list-20 throughput ratio, this checkout / base (median of the rounds’ ratios)',
      value: t.ratio.toFixed(2),
      budget: `≥ ${THROUGHPUT_RATIO_GOAL}`,
      ok: t.ratio >= THROUGHPUT_RATIO_GOAL,
    },
    {
      metric: 'list-20 answers failed or not 2xx under load (both servers)',
      value: String(t.current.failed + t.base.failed),
      budget: '0',
      ok: t.current.failed + t.base.failed === 0,
    },
    {
      metric: 'list-20 JSON of this checkout and of the base, byte for byte',
      value: t.sameBody ? 'identical' : 'different',
      budget: 'identical',
      ok: t.sameBody,
    },
  ];
}
