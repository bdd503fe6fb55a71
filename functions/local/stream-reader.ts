/**
 * Local stack: reads the comments table's stream on DynamoDB Local and calls the events handler
 * with the event shape Lambda gives it (`DynamoDBStreamEvent`), honouring its partial batch
 * response: the first failed record and those after it are read again after a pause. Where it
 * stands (the last sequence number done) can be kept in a file, so `npm start` goes on where it
 * stopped; without one it starts at the stream's end (`LATEST`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { localCredentials } from './dynamodb-local.js';

export interface StreamReaderOptions {
  endpoint: string;
  table: string;
  /** The handler Lambda would call: the events handler. */
  handle(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse>;
  /** A file keeping the last sequence number handled. */
  checkpointFile?: string;
  /** Records per call, as the event source mapping's batch size. */
  batchSize?: number;
  /** Without a checkpoint, read from the stream's oldest record instead of its end (the bench). */
  fromStart?: boolean;
  /** Pause between polls of an idle stream, and after a failed batch (ms). */
  pollMs?: number;
  retryMs?: number;
}

export interface StreamReader {
  /** Resolves once every record written before the call has been handled (tests). */
  drain(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Value = Record<string, unknown>;

/**
 * An attribute value as Lambda gives it. The streams client (3.1141.0) reads an empty map
 * `{"M":{}}` as `{}`; Lambda passes `{"M":{}}` on. Our items hold no empty list, so `{}` is a map.
 */
function lambdaValue(value: Value): Value {
  if (Object.keys(value).length === 0) return { M: {} };
  if (value.M) return { M: lambdaImage(value.M as Record<string, Value>) };
  if (Array.isArray(value.L)) return { L: (value.L as Value[]).map(lambdaValue) };
  return value;
}

const lambdaImage = (image: Record<string, Value> | undefined) =>
  image && Object.fromEntries(Object.entries(image).map(([name, value]) => [name, lambdaValue(value)]));

/** A record from the streams API in Lambda's shape (times in seconds, the source ARN added). */
export function toLambdaRecord(record: StreamRecord, streamArn: string): DynamoDBRecord {
  const change = record.dynamodb;
  const created = change?.ApproximateCreationDateTime;
  return {
    ...(record as unknown as DynamoDBRecord),
    eventSourceARN: streamArn,
    dynamodb: {
      ...(change as unknown as DynamoDBRecord['dynamodb']),
      ApproximateCreationDateTime: created ? Math.floor(new Date(created).getTime() / 1000) : undefined,
      Keys: lambdaImage(change?.Keys as Record<string, Value> | undefined),
      NewImage: lambdaImage(change?.NewImage as Record<string, Value> | undefined),
      OldImage: lambdaImage(change?.OldImage as Record<string, Value> | undefined),
    } as DynamoDBRecord['dynamodb'],
  };
}

const writtenAfter = (record: StreamRecord, ms: number) => {
  const created = record.dynamodb?.ApproximateCreationDateTime;
  return !created || new Date(created).getTime() >= ms;
};

/** Starts reading; the returned reader drains and stops it. */
export async function startStreamReader(options: StreamReaderOptions): Promise<StreamReader> {
  const client = { region: 'local', endpoint: options.endpoint, credentials: localCredentials };
  const tables = new DynamoDBClient(client);
  const streams = new DynamoDBStreamsClient(client);
  const { Table } = await tables.send(new DescribeTableCommand({ TableName: options.table }));
  tables.destroy();
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${options.table} has no stream`);
  const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
  // DynamoDB Local keeps one open shard: read the last one.
  const shardId = StreamDescription?.Shards?.at(-1)?.ShardId;
  if (!shardId) throw new Error(`Stream of ${options.table} has no shard`);

  const file = options.checkpointFile;
  let done: string | undefined =
    file && existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
  const iteratorAfter = async (sequence: string | undefined, at?: string, fromOldest = false) =>
    (
      await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ...(at
            ? { ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: at }
            : sequence
              ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: sequence }
              : { ShardIteratorType: options.fromStart || fromOldest ? 'TRIM_HORIZON' : 'LATEST' }),
        }),
      )
    ).ShardIterator;

  let iterator = await iteratorAfter(done);
  // What LATEST means: records written from now on (see the TrimmedDataAccessException below).
  const startedAt = Date.now();
  let skipBefore: number | undefined;
  let stopped = false;
  let idle = false;
  let cycle = 0;
  let failure: Error | undefined;
  const loop = (async () => {
    while (!stopped && iterator) {
      const { Records: read = [], NextShardIterator } = await streams
        .send(new GetRecordsCommand({ ShardIterator: iterator, Limit: options.batchSize ?? 100 }))
        .catch(async (error) => {
          if (stopped) return { Records: [], NextShardIterator: undefined };
          // DynamoDB Local refuses a LATEST iterator taken on an idle shard of an older table (the
          // tests' shared tables) once records come: read from after the last record handled, or
          // from the oldest one, skipping those written before this reader started (their times
          // are whole minutes there: a minute's margin, so a few earlier records may come too).
          if ((error as Error).name === 'TrimmedDataAccessException') {
            if (!done && !options.fromStart) skipBefore = startedAt - 60_000;
            return { Records: [], NextShardIterator: await iteratorAfter(done, undefined, true) };
          }
          throw error;
        });
      const Records = skipBefore === undefined ? read : read.filter((r) => writtenAfter(r, skipBefore ?? 0));
      if (!Records.length) {
        idle = true;
        cycle++;
        iterator = NextShardIterator;
        await sleep(options.pollMs ?? 100);
        continue;
      }
      idle = false;
      const answer = await options
        .handle({ Records: Records.map((record) => toLambdaRecord(record, streamArn)) })
        .catch(() => ({
          batchItemFailures: [{ itemIdentifier: Records[0]?.dynamodb?.SequenceNumber ?? '' }],
        }));
      const failed = answer.batchItemFailures[0]?.itemIdentifier;
      const failedAt = Records.findIndex((r) => r.dynamodb?.SequenceNumber === failed);
      const handled = failed ? Records.slice(0, Math.max(failedAt, 0)) : Records;
      const last = handled.at(-1)?.dynamodb?.SequenceNumber;
      if (last) {
        done = last;
        if (file) writeFileSync(file, done);
      }
      if (failed) {
        await sleep(options.retryMs ?? 1000);
        iterator = await iteratorAfter(undefined, failed);
      } else iterator = NextShardIterator;
    }
  })();
  loop.catch((error) => {
    failure = error as Error;
    console.error('Stream reader stopped:', error);
  });

  return {
    async drain(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      // Two idle polls after the call: everything written before it was read and handled.
      const from = cycle;
      while (!(idle && cycle >= from + 2)) {
        if (failure) throw failure;
        if (Date.now() > deadline) throw new Error('Stream reader did not drain in time');
        await sleep(20);
      }
    },
    async stop() {
      stopped = true;
      await loop.catch(() => undefined);
      streams.destroy();
    },
  };
}
