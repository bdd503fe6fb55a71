/** Local stack: creates the tables from their shared definitions when they are missing. */
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  DynamoDBClient,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import {
  commentsTableDefinition,
  reactionsTableDefinition,
  type TableDefinition,
} from '../shared/data/tables.js';
import { localCredentials } from './dynamodb-local.js';

export interface LocalTableNames {
  comments: string;
  reactions: string;
}

function createInput(name: string, table: TableDefinition): CreateTableCommandInput {
  const attributes = new Set<string>([table.partitionKey, table.sortKey]);
  for (const index of [...table.localIndexes, ...table.globalIndexes]) {
    attributes.add(index.partitionKey);
    attributes.add(index.sortKey);
  }
  const keySchema = (index: { partitionKey: string; sortKey: string }) => [
    { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
    { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
  ];
  // Every index projects all attributes, as in infra/constructs/tables.ts.
  const indexes = (list: readonly { name: string; partitionKey: string; sortKey: string }[]) =>
    list.length
      ? list.map((index) => ({
          IndexName: index.name,
          KeySchema: keySchema(index),
          Projection: { ProjectionType: 'ALL' as const },
        }))
      : undefined;
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: keySchema(table),
    LocalSecondaryIndexes: indexes(table.localIndexes),
    GlobalSecondaryIndexes: indexes(table.globalIndexes),
  };
}

async function ensureTable(client: DynamoDBClient, name: string, table: TableDefinition): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: name }));
    return;
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
  }
  await client.send(new CreateTableCommand(createInput(name, table)));
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: name,
      TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
    }),
  );
}

/** Creates both tables on the given DynamoDB endpoint when they do not exist yet. */
export async function ensureTables(endpoint: string, names: LocalTableNames): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: localCredentials });
  try {
    await ensureTable(client, names.comments, commentsTableDefinition);
    await ensureTable(client, names.reactions, reactionsTableDefinition);
  } finally {
    client.destroy();
  }
}
