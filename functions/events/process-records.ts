/**
 * Events: the stream's records, in order. Each record's events are planned by every rider and
 * each effect performed once. A record whose planning or ledger fails stops the batch there: it
 * and those after it are returned as failures, so Lambda (or the local reader) delivers them
 * again, and the ledger keeps what was already done from being done twice.
 */
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { logger } from '../shared/logger.js';
import { performOnce } from './perform.js';
import { planners } from './riders.js';
import { eventsOf } from './stream-events.js';
import type { DomainEvent } from './types.js';

/** Plans and performs one event's effects. */
export async function handleEvent(event: DomainEvent, now = new Date()): Promise<void> {
  const planned = (await Promise.all(planners.map((plan) => plan(event)))).flat();
  for (const spec of planned) await performOnce(event.id, { ...spec, site: event.site }, now);
}

/** Processes a batch; the failures to deliver again, as the partial batch response says them. */
export async function processRecords(records: readonly DynamoDBRecord[]): Promise<DynamoDBBatchResponse> {
  for (const record of records) {
    try {
      for (const event of eventsOf(record)) await handleEvent(event);
    } catch (error) {
      logger.error('Stream record failed', { sequence: record.dynamodb?.SequenceNumber, error });
      // Lambda retries from the first failure reported; the later records come again with it.
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
    }
  }
  return { batchItemFailures: [] };
}
