/**
 * Archive: writes many items fast and completely, for the import and the restore. Items are
 * grouped into BatchWriteItem requests of 25 (DynamoDB's limit), several in flight at once; the
 * items a batch leaves unprocessed (throttling, a partition at its limit) and throttled requests
 * are sent again with exponential backoff and jitter, so every item is written or the import
 * stops with an error, never silently short. Two writes of one key are never in flight together:
 * the later waits for a flush, so the last one given wins, as the caller expects.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { BatchWriteCommand, type BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../shared/data/dynamo-client.js';

type Item = Record<string, unknown> & { pk: string; sk: string };
type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

const BATCH = 25;
const MAX_ATTEMPTS = 10;
const BASE_DELAY_MS = 50;
const MAX_DELAY_MS = 5_000;

export interface BatchWriterStats {
  /** Items written (each counted once, whatever its retries). */
  written: number;
  /** BatchWriteItem requests sent, retries included. */
  requests: number;
  /** Items DynamoDB left unprocessed and that were sent again. */
  retried: number;
}

const isThrottle = (error: unknown) =>
  error instanceof Error &&
  /Throttl|ProvisionedThroughputExceeded|RequestLimitExceeded|InternalServerError|ServiceUnavailable/.test(
    error.name,
  );

const backoff = (attempt: number) =>
  Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt) * (0.5 + Math.random() / 2);

export class BatchWriter {
  readonly stats: BatchWriterStats = { written: 0, requests: 0, retried: 0 };
  private pending: { request: WriteRequest; id: string }[] = [];
  /** Keys queued or in flight. */
  private readonly unsettled = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown;

  constructor(
    private readonly table: string,
    private readonly concurrency = 16,
  ) {}

  /** Queues a Put; resolves once it is queued (waiting while too many batches are in flight). */
  async put(item: Item): Promise<void> {
    await this.add({ PutRequest: { Item: item } }, item);
  }

  /** Queues a Delete of the item under `key`. */
  async delete(key: { pk: string; sk: string }): Promise<void> {
    await this.add({ DeleteRequest: { Key: { pk: key.pk, sk: key.sk } } }, key);
  }

  /** Sends what is queued and waits for every batch in flight; throws the first failure. */
  async flush(): Promise<void> {
    while (this.pending.length) await this.send();
    await Promise.all(this.inFlight);
    this.throwIfFailed();
  }

  private async add(request: WriteRequest, key: { pk: string; sk: string }): Promise<void> {
    this.throwIfFailed();
    const id = `${key.pk}\u0000${key.sk}`;
    // A batch may not hold one key twice, and two batches in flight would race: flush first.
    if (this.unsettled.has(id)) await this.flush();
    this.pending.push({ request, id });
    this.unsettled.add(id);
    if (this.pending.length >= BATCH) await this.send();
  }

  private async send(): Promise<void> {
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    this.throwIfFailed();
    const batch = this.pending.splice(0, BATCH);
    if (!batch.length) return;
    const sending: Promise<void> = this.write(batch.map((entry) => entry.request))
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => {
        this.inFlight.delete(sending);
        for (const entry of batch) this.unsettled.delete(entry.id);
      });
    this.inFlight.add(sending);
  }

  private async write(batch: WriteRequest[]): Promise<void> {
    let requests = batch;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (attempt > 0) await sleep(backoff(attempt));
      this.stats.requests++;
      try {
        const { UnprocessedItems } = await dynamo().send(
          new BatchWriteCommand({ RequestItems: { [this.table]: requests } }),
        );
        const left = UnprocessedItems?.[this.table] ?? [];
        this.stats.written += requests.length - left.length;
        if (!left.length) return;
        this.stats.retried += left.length;
        requests = left;
      } catch (error) {
        if (!isThrottle(error)) throw error;
      }
    }
    throw new Error(`${requests.length} items were still refused after ${MAX_ATTEMPTS} attempts (throttled)`);
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
