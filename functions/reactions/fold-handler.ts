/**
 * Reactions: the Lambda on the reactions table's stream (infra/constructs/reaction-counts.ts),
 * folding the counts into the targets, with partial batch responses. Locally the stream reader
 * (functions/local/stream-reader.ts) calls this same function with the same event shape.
 */
import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { changeOf, type FoldChange, sequenceKey } from './fold.js';
import { foldChanges } from './fold-service.js';

// The Lambda event's AttributeValue and the SDK's are the same JSON; only their TS types differ.
const image = (value: Record<string, AttributeValue> | undefined) =>
  value ? (unmarshall(value as Record<string, SdkAttributeValue>) as Record<string, unknown>) : undefined;

const sequenceOf = (record: DynamoDBRecord) => record.dynamodb?.SequenceNumber ?? '';

/** Folds the batch; a failure names the first record to deliver again (those after it come too). */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const changes: FoldChange[] = [];
  for (const record of event.Records) {
    const change = changeOf({
      eventName: record.eventName,
      sequence: sequenceOf(record),
      newImage: image(record.dynamodb?.NewImage),
      oldImage: image(record.dynamodb?.OldImage),
    });
    if (change) changes.push(change);
  }
  const failed = await foldChanges(changes);
  const record = failed && event.Records.find((r) => sequenceKey(sequenceOf(r)) === failed);
  return { batchItemFailures: record ? [{ itemIdentifier: sequenceOf(record) }] : [] };
}
