/**
 * Local stack: the event pipeline as on AWS. The stream reader feeds the comments table's stream
 * to the events handler; a timer calls the schedule handler (each minute on AWS); mail goes to the
 * local SES. A second reader feeds the reactions table's stream to the fold of reaction counts.
 * The handlers are loaded here, after the environment is set.
 */
import { join } from 'node:path';
import { type StreamReader, startStreamReader } from './stream-reader.js';

export interface LocalEvents {
  reader: StreamReader;
  /** One round of the schedule at `now` (retries, reply batches, digests). */
  runSchedule(now?: Date): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

export interface LocalEventsOptions {
  dynamoEndpoint: string;
  table: string;
  /** Where `npm start` keeps the stream position; absent: from the stream's end. */
  dataDir?: string;
  /** Milliseconds between schedule rounds; 0: never by itself (tests call `runSchedule`). */
  scheduleMs?: number;
}

/** Starts reading the stream and, unless told not to, the schedule's timer. */
export async function startLocalEvents(options: LocalEventsOptions): Promise<LocalEvents> {
  const [{ handler }, schedule] = await Promise.all([
    import('../events/handler.js'),
    import('../events/schedule-handler.js'),
  ]);
  const reader = await startStreamReader({
    endpoint: options.dynamoEndpoint,
    table: options.table,
    handle: handler,
    checkpointFile: options.dataDir ? join(options.dataDir, 'stream-position') : undefined,
  });
  const every = options.scheduleMs ?? 60_000;
  const timer =
    every > 0 ? setInterval(() => void schedule.runSchedule().catch(() => undefined), every) : undefined;
  timer?.unref();
  return {
    reader,
    runSchedule: (now) => schedule.runSchedule(now),
    async stop() {
      if (timer) clearInterval(timer);
      await reader.stop();
    },
  };
}

export interface ReactionCountsOptions {
  dynamoEndpoint: string;
  /** The reactions table, whose stream the fold reads. */
  table: string;
  /** Where `npm start` keeps this stream's position; absent: from the stream's end. */
  dataDir?: string;
}

/**
 * Starts the fold of reaction counts (functions/reactions/fold-handler.ts) on the reactions
 * table's stream, polled every 100 ms. Each target's watermark keeps a redelivered record from
 * counting twice; a second reader starting midway through a stream another has not caught up on
 * could skip records (docs/data-model.md): the tests give each file a reactions table of its own.
 */
export async function startReactionCounts(options: ReactionCountsOptions): Promise<StreamReader> {
  const { handler } = await import('../reactions/fold-handler.js');
  return startStreamReader({
    endpoint: options.dynamoEndpoint,
    table: options.table,
    handle: handler,
    batchSize: 1000,
    checkpointFile: options.dataDir ? join(options.dataDir, 'reactions-stream-position') : undefined,
  });
}
