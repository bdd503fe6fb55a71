/** Bench: timing GET requests through the local server, and the percentiles of the samples. */
import { countRequests, type RequestCount } from './dynamo-requests.js';

/** Latency summary of one series, in milliseconds. */
export interface LatencyStats {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** One measured series: its latency and the DynamoDB commands its calls sent. */
export interface Series {
  stats: LatencyStats;
  /** Most commands any single measured call sent; with the site cached this is the warm cost. */
  maxRequests: RequestCount;
  /** Commands of all measured calls together. */
  totalRequests: RequestCount;
}

/** Nearest-rank percentile of ascending `sorted` samples: a value that was actually observed. */
export function percentile(sorted: number[], p: number): number {
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** p50, p99 and friends of a series of samples. */
export function summarize(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(sorted.length, 1);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean,
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** GETs `url` and reads the whole body (the client waits for all of it); throws unless 200. */
export async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200)
    throw new Error(`GET ${url} answered ${response.status}: ${body.slice(0, 300)}`);
  return elapsed;
}

function addInto(into: RequestCount, count: RequestCount): void {
  into.total += count.total;
  for (const [name, n] of Object.entries(count.byCommand))
    into.byCommand[name] = (into.byCommand[name] ?? 0) + n;
}

/**
 * Times `n` sequential GETs of every URL after `warmup` untimed rounds. The URLs take turns
 * (A B A B ...) rather than running one series after the other, so a GC pause of DynamoDB Local
 * or a busy moment of the machine falls on both series alike and does not skew their ratio.
 */
export async function measureInterleaved<K extends string>(
  urls: Record<K, string>,
  warmup: number,
  n: number,
): Promise<Record<K, Series>> {
  const keys = Object.keys(urls) as K[];
  for (let i = 0; i < warmup; i++) for (const key of keys) await timedGet(urls[key]);
  const none = (): RequestCount => ({ total: 0, byCommand: {} });
  const acc = Object.fromEntries(
    keys.map((k) => [k, { samples: [] as number[], max: none(), total: none() }]),
  ) as Record<K, { samples: number[]; max: RequestCount; total: RequestCount }>;
  for (let i = 0; i < n; i++) {
    for (const key of keys) {
      const { result, count } = await countRequests(() => timedGet(urls[key]));
      const a = acc[key];
      a.samples.push(result);
      if (count.total > a.max.total) a.max = count;
      addInto(a.total, count);
    }
  }
  const out = {} as Record<K, Series>;
  for (const key of keys) {
    const a = acc[key];
    out[key] = { stats: summarize(a.samples), maxRequests: a.max, totalRequests: a.total };
  }
  return out;
}
