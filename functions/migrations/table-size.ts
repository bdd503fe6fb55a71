/**
 * Migrations: about how many items the comments table holds, for a progress line's share
 * (DynamoDB refreshes the count about every six hours: an estimate, never a bound).
 */
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';

/** The table's item count as DynamoDB last counted it; undefined when it says none. */
export async function estimatedItemCount(): Promise<number | undefined> {
  const { Table } = await dynamo().send(new DescribeTableCommand({ TableName: config.commentsTable }));
  return Table?.ItemCount || undefined;
}
