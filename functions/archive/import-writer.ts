/**
 * Archive: writes imported comments once. A comment of a page the import has just created is
 * written at once: it cannot be there. Others come in chunks of 50; for each chunk one
 * BatchGetItem asks which of its comments and id pointers are already in the table (an earlier
 * run of the same file, or one cut short), and only the missing ones are written, through the
 * BatchWriter. A comment already there is left as it is: since its import, a moderator may have
 * decided on it or readers reacted to it, and Réagir's state wins over the file's. Several chunks
 * are in flight at once, so reads and writes overlap.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../shared/data/dynamo-client.js';
import { BatchWriter } from './batch-writer.js';

type Item = Record<string, unknown> & { pk: string; sk: string };

export interface ImportedPair {
  comment: Item;
  pointer: Item;
}

export interface WriteCounts {
  /** Comments written by this run. */
  imported: number;
  /** Comments found already there (an earlier run), left as they are. */
  present: number;
  /** Items written, pointers and page records included. */
  items: number;
}

const CHUNK = 50;
const CHUNKS_IN_FLIGHT = 6;

const keyOf = (item: { pk: unknown; sk: unknown }) => `${String(item.pk)}\u0000${String(item.sk)}`;

export class ImportWriter {
  readonly counts: WriteCounts = { imported: 0, present: 0, items: 0 };
  private chunk: ImportedPair[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown;
  private readonly writer: BatchWriter;

  constructor(
    private readonly table: string,
    private readonly dryRun: boolean,
  ) {
    this.writer = new BatchWriter(table, 32);
  }

  get requests(): number {
    return this.writer.stats.requests;
  }

  /** `new`: the comment cannot be in the table (its page was just created): written without asking. */
  async add(pair: ImportedPair, known: 'new' | 'unknown' = 'unknown'): Promise<void> {
    if (this.failure) throw this.failure;
    if (known === 'new' && !this.dryRun) {
      this.counts.imported++;
      this.counts.items += 2;
      await this.writer.put(pair.comment);
      await this.writer.put(pair.pointer);
      return;
    }
    this.chunk.push(pair);
    if (this.chunk.length >= CHUNK) await this.send();
  }

  /** Writes a page record or any other item as is (no existence check). */
  async put(item: Item): Promise<void> {
    if (this.dryRun) return;
    this.counts.items++;
    await this.writer.put(item);
  }

  async finish(): Promise<void> {
    await this.send();
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
    await this.writer.flush();
  }

  private async send(): Promise<void> {
    const chunk = this.chunk;
    this.chunk = [];
    if (!chunk.length) return;
    while (this.inFlight.size >= CHUNKS_IN_FLIGHT) await Promise.race(this.inFlight);
    const work: Promise<void> = this.write(chunk)
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  private async write(chunk: ImportedPair[]): Promise<void> {
    const keys = chunk.flatMap(({ comment, pointer }) => [
      { pk: comment.pk, sk: comment.sk },
      { pk: pointer.pk, sk: pointer.sk },
    ]);
    const present = await this.existing(keys);
    for (const { comment, pointer } of chunk) {
      const hasComment = present.has(keyOf(comment));
      if (hasComment) this.counts.present++;
      else this.counts.imported++;
      if (this.dryRun) continue;
      if (!hasComment) {
        this.counts.items++;
        await this.writer.put(comment);
      }
      if (!present.has(keyOf(pointer))) {
        this.counts.items++;
        await this.writer.put(pointer);
      }
    }
  }

  /** Which of `keys` (at most 100) are in the table; unprocessed keys asked again with backoff. */
  private async existing(keys: { pk: unknown; sk: unknown }[]): Promise<Set<string>> {
    const found = new Set<string>();
    let asking = keys;
    for (let attempt = 0; asking.length; attempt++) {
      if (attempt > 0) await sleep(Math.min(2_000, 25 * 2 ** attempt));
      if (attempt > 10) throw new Error(`${asking.length} keys were still unprocessed after 10 attempts`);
      const { Responses, UnprocessedKeys } = await dynamo().send(
        new BatchGetCommand({
          RequestItems: {
            [this.table]: { Keys: asking, ProjectionExpression: 'pk, sk', ConsistentRead: true },
          },
        }),
      );
      for (const item of Responses?.[this.table] ?? []) found.add(keyOf(item as Item));
      asking = (UnprocessedKeys?.[this.table]?.Keys ?? []) as { pk: unknown; sk: unknown }[];
    }
    return found;
  }
}
