/**
 * Bench: a reaction write (PUT /v1/comments/{id}/reactions/like), timed through the local server
 * for many distinct readers on one top-level comment, with the DynamoDB requests and capacity
 * units each costs; then the fold of those reactions' counts from the reactions table's stream,
 * measured apart (units per batch and per target update), and the partition arithmetic at 1,000
 * reactions a second on one article computed from both. The app's own fold is stopped first, so
 * the write's units are the write's alone.
 */
import { ensureUser } from '../functions/local/cognito-local.js';
import type { LocalIdentity } from '../functions/local/local-env.js';
import { type StreamReader, startStreamReader } from '../functions/local/stream-reader.js';
import { handler as foldHandler } from '../functions/reactions/fold-handler.js';
import { config } from '../functions/shared/config.js';
import { dynamo } from '../functions/shared/data/dynamo-client.js';
import { countRequests, describeCount, type RequestCount } from './dynamo-requests.js';
import { ms, type Row } from './report.js';

/** Write units, as DynamoDB reports them per table and index (`ReturnConsumedCapacity: INDEXES`). */
interface Units {
  read: number;
  write: number;
  /** Write units of TransactWriteItems (billed twice on DynamoDB; DynamoDB Local reports one). */
  transactionalWrite: number;
  /** Write units on each table's own partitions (its LSIs included: they live there) and on its GSIs. */
  byTable: Record<string, { base: number; gsi: number }>;
}

export interface ReactionCost {
  p50Ms: number;
  p99Ms: number;
  samples: number;
  requests: RequestCount;
  /** Units per reaction write: read, write as reported, write as billed (transactions x2). */
  units: { read: number; write: number; billedWrite: number; reactionsTableBase: number };
  /** The fold of those reactions, read from the stream's start after the writes. */
  fold: {
    batches: number;
    records: number;
    targets: number;
    requests: RequestCount;
    /** Per target update (one per target per batch): read units, write units billed, on the comments table's partition. */
    perTarget: { read: number; write: number; commentsBase: number };
  };
}

/** A reaction may cost at most this many billed write units (issue 18, point 2; it was 39). */
export const REACTION_WCU_BUDGET = 6;
/** What one partition of a table takes, in write units a second. */
export const PARTITION_WCU = 1_000;
/** The rate one article sustains, by design (issue 18). */
export const ARTICLE_REACTIONS_PER_SECOND = 1_000;
/** The article of the arithmetic: its reactions spread over this many comments within a second. */
export const ARTICLE_COMMENTS = 40;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

type Capacity = {
  TableName?: string;
  CapacityUnits?: number;
  Table?: { CapacityUnits?: number };
  LocalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
  GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
};

const WRITES = /^(Put|Update|Delete|TransactWrite|BatchWrite)/;

/** Counts units per table and index on every command the handlers send; `take()` since the last take. */
function meterUnits() {
  const empty = (): Units => ({ read: 0, write: 0, transactionalWrite: 0, byTable: {} });
  let current = empty();
  const sum = (units?: Record<string, { CapacityUnits?: number }>) =>
    Object.values(units ?? {}).reduce((t, u) => t + (u.CapacityUnits ?? 0), 0);
  type Next = (args: {
    input: Record<string, unknown>;
  }) => Promise<{ output: { ConsumedCapacity?: unknown } }>;
  const stack = dynamo().middlewareStack;
  stack.add(
    ((next: Next, context: { commandName?: string }) => async (args: { input: Record<string, unknown> }) => {
      args.input.ReturnConsumedCapacity = 'INDEXES';
      const result = await next(args);
      const consumed = result.output.ConsumedCapacity as Capacity | Capacity[] | undefined;
      const write = WRITES.test(context.commandName ?? '');
      for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
        const units = c.CapacityUnits ?? 0;
        if (!write) {
          current.read += units;
          continue;
        }
        current.write += units;
        if (context.commandName === 'TransactWriteItemsCommand') current.transactionalWrite += units;
        const name = c.TableName ?? '?';
        const table = current.byTable[name] ?? { base: 0, gsi: 0 };
        current.byTable[name] = table;
        const gsi = sum(c.GlobalSecondaryIndexes);
        // Without the breakdown, everything is counted on the base partition (the worse case).
        table.base += c.Table ? (c.Table.CapacityUnits ?? 0) + sum(c.LocalSecondaryIndexes) : units - gsi;
        table.gsi += gsi;
      }
      return result;
    }) as never,
    { step: 'initialize', name: 'meterReactionUnits' },
  );
  return {
    take(): Units {
      const taken = current;
      current = empty();
      return taken;
    },
    stop: () => stack.remove('meterReactionUnits'),
  };
}

async function readerTokens(url: string, identity: LocalIdentity, count: number): Promise<string[]> {
  const { endpoint, ...pool } = identity;
  const password = 'correct horse battery';
  const tokens: string[] = [];
  // A hundred logins from one address in a minute is exactly what the login limit stops.
  const limits = process.env.RATE_LIMITS;
  process.env.RATE_LIMITS = 'off';
  for (let i = 0; i < count; i++) {
    const email = `bench-reader-${i}@example.org`;
    await ensureUser(endpoint, pool, { email, password, name: `Lecteur ${i}` });
    const login = await fetch(`${url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    tokens.push(((await login.json()) as { idToken: string }).idToken);
  }
  if (limits === undefined) delete process.env.RATE_LIMITS;
  else process.env.RATE_LIMITS = limits;
  return tokens;
}

/** The stack the measurement runs on: the server, its user pool, and its fold of the counts. */
export interface ReactionBenchStack {
  url: string;
  identity: LocalIdentity;
  dynamoEndpoint: string;
  /** The app's own fold, stopped before the writes are metered. */
  counts: StreamReader;
}

/** Each of `readers` readers likes the same new top-level comment, one after the other; then the fold. */
export async function measureReactionWrites(
  stack: ReactionBenchStack,
  site: string,
  page: string,
  readers: number,
): Promise<ReactionCost> {
  const { url } = stack;
  const created = await fetch(`${url}/v1/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      site,
      page,
      body: 'À liker',
      author: { name: 'Bench', email: 'bench@example.org' },
    }),
  });
  const { comment } = (await created.json()) as { comment: { id: string } };
  const tokens = await readerTokens(url, stack.identity, readers);
  const react = (token: string) =>
    fetch(`${url}/v1/comments/${comment.id}/reactions/like`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
    });

  await stack.counts.stop();
  // The first reader warms the token verifier's key cache; not timed.
  await react(tokens[0] ?? '');
  const meter = meterUnits();
  const timings: number[] = [];
  let requests: RequestCount | undefined;
  let writes: Units = meter.take();
  let fold: ReactionCost['fold'];
  try {
    meter.take();
    for (const token of tokens.slice(1)) {
      const started = performance.now();
      if (!requests) {
        requests = (await countRequests(async () => (await react(token)).status)).count;
      } else {
        const res = await react(token);
        if (res.status !== 200) throw new Error(`reaction answered ${res.status}`);
      }
      timings.push(performance.now() - started);
    }
    writes = meter.take();
    fold = await measureFold(stack.dynamoEndpoint, meter);
  } finally {
    meter.stop();
  }
  const n = timings.length;
  timings.sort((a, b) => a - b);
  return {
    p50Ms: percentile(timings, 50),
    p99Ms: percentile(timings, 99),
    samples: n,
    requests: requests ?? { total: 0, byCommand: {} },
    units: {
      read: writes.read / n,
      write: writes.write / n,
      billedWrite: (writes.write + writes.transactionalWrite) / n,
      reactionsTableBase: (writes.byTable[config.reactionsTable]?.base ?? 0) / n,
    },
    fold,
  };
}

/** Folds the reactions table's stream from its start (every reaction of the run), metered. */
async function measureFold(
  endpoint: string,
  meter: ReturnType<typeof meterUnits>,
): Promise<ReactionCost['fold']> {
  let batches = 0;
  let records = 0;
  const targets = new Set<string>();
  const reader = await startStreamReader({
    endpoint,
    table: config.reactionsTable,
    fromStart: true,
    batchSize: 1000,
    async handle(event) {
      batches++;
      records += event.Records.length;
      for (const r of event.Records) {
        const target = (r.dynamodb?.NewImage ?? r.dynamodb?.OldImage)?.target?.S;
        if (target) targets.add(target);
      }
      return foldHandler(event);
    },
  });
  meter.take();
  const { count } = await countRequests(() => reader.drain(60_000));
  const units = meter.take();
  await reader.stop();
  const updates = Math.max(count.byCommand.UpdateItemCommand ?? 0, 1);
  return {
    batches,
    records,
    targets: targets.size,
    requests: count,
    perTarget: {
      read: units.read / updates,
      write: (units.write + units.transactionalWrite) / updates,
      commentsBase: (units.byTable[config.commentsTable]?.base ?? 0) / updates,
    },
  };
}

/** The reaction rows: the write against its budget, the fold apart, the partition arithmetic. */
export function reactionRows(r: ReactionCost): Row[] {
  const { units, fold } = r;
  // One target taking all of the article's reactions: each writes its item on that key's partition.
  const hottestKey = ARTICLE_REACTIONS_PER_SECOND * units.reactionsTableBase;
  // The fold writes the article's partition once per target per 1 s batch, whatever the reactions.
  const articlePartition =
    Math.min(ARTICLE_COMMENTS, ARTICLE_REACTIONS_PER_SECOND) * fold.perTarget.commentsBase;
  return [
    { metric: `reaction write p50 (${r.samples} readers, one comment)`, value: ms(r.p50Ms) },
    { metric: 'reaction write p99', value: ms(r.p99Ms) },
    { metric: 'DynamoDB requests per reaction write', value: describeCount(r.requests) },
    {
      metric: 'capacity units per reaction write (read / write as reported / write billed)',
      value: `${units.read.toFixed(1)} RCU / ${units.write.toFixed(1)} WCU / ${units.billedWrite.toFixed(1)} WCU`,
      budget: `≤ ${REACTION_WCU_BUDGET} WCU billed`,
      ok: units.billedWrite <= REACTION_WCU_BUDGET,
    },
    {
      metric: 'fold of those reactions: batches / records / targets; DynamoDB requests',
      value: `${fold.batches} / ${fold.records} / ${fold.targets}; ${describeCount(fold.requests)}`,
    },
    {
      metric: 'fold units per target update (read / write billed / on the comments table partition)',
      value: `${fold.perTarget.read.toFixed(1)} RCU / ${fold.perTarget.write.toFixed(1)} WCU / ${fold.perTarget.commentsBase.toFixed(1)} WCU`,
    },
    {
      metric: `reactions table, hottest key at ${ARTICLE_REACTIONS_PER_SECOND.toLocaleString('en')} reactions/s on one comment (WCU/s)`,
      value: hottestKey.toFixed(0),
      budget: `≤ ${PARTITION_WCU.toLocaleString('en')}`,
      ok: hottestKey <= PARTITION_WCU,
    },
    {
      metric: `article's comments-table partition at ${ARTICLE_REACTIONS_PER_SECOND.toLocaleString('en')} reactions/s over ${ARTICLE_COMMENTS} comments, 1 s batches (WCU/s)`,
      value: articlePartition.toFixed(0),
      budget: `≤ ${PARTITION_WCU.toLocaleString('en')}`,
      ok: articlePartition <= PARTITION_WCU,
    },
    {
      metric: "distinct comments the article's partition folds per second at its ceiling",
      value: (PARTITION_WCU / Math.max(fold.perTarget.commentsBase, 1)).toFixed(0),
    },
  ];
}
