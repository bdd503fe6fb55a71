/**
 * Events: the Lambda on the comments table's stream (infra/constructs/events.ts), with partial
 * batch responses. Locally the stream reader (functions/local/stream-reader.ts) calls this same
 * function with the same event shape.
 */
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import './riders-installed.js';
import { processRecords } from './process-records.js';

export const handler = (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> =>
  processRecords(event.Records);
