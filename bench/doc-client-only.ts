/**
 * Bench: the reference of the cold-import budget (issue 18, point 3): a Lambda that holds the
 * DynamoDB document client and nothing else, bundled with the deployed flags by bench/bundles.ts.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

// Created at load, as functions/shared/data/dynamo-client.ts creates the functions' client.
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

/** Reads one item: what the reference does if it is ever invoked (the bench only imports it). */
export async function handler(event: { pk: string; sk: string }) {
  return client.send(new GetCommand({ TableName: process.env.COMMENTS_TABLE, Key: event }));
}
