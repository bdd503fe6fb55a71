/** Local stack: creates the tables from their shared definitions when they are missing. */
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  DynamoDBClient,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import {
  commentsTableDefinition,
  type IndexDefinition,
  reactionsTableDefinition,
  type TableDefinition,
} from '../shared/data/tables.js';
import { localCredentials } from './dynamodb-local.js';

export interface LocalTableNames {
  comments: string;
  reactions: string;
}

const keySchemaOf = (index: { partitionKey: string; sortKey: string }) => [
  { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
  { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
];

/** An index as DynamoDB takes it, projected as in infra/constructs/tables.ts. */
function indexInput(index: IndexDefinition) {
  const projection = index.projection;
  return {
    IndexName: index.name,
    KeySchema: keySchemaOf(index),
    Projection: !projection
      ? { ProjectionType: 'ALL' as const }
      : projection.type === 'KEYS_ONLY'
        ? { ProjectionType: 'KEYS_ONLY' as const }
        : { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...projection.attributes] },
  };
}

function createInput(name: string, table: TableDefinition): CreateTableCommandInput {
  const attributes = new Set<string>([table.partitionKey, table.sortKey]);
  for (const index of [...table.localIndexes, ...table.globalIndexes]) {
    attributes.add(index.partitionKey);
    attributes.add(index.sortKey);
  }
  const keySchema = keySchemaOf;
  const indexes = (list: readonly IndexDefinition[]) => (list.length ? list.map(indexInput) : undefined);
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: keySchema(table),
    LocalSecondaryIndexes: indexes(table.localIndexes),
    GlobalSecondaryIndexes: indexes(table.globalIndexes),
    // The comments table's changes feed the events handler (functions/events), as on AWS.
    StreamSpecification: table.stream ? { StreamEnabled: true, StreamViewType: table.stream } : undefined,
  };
}

async function ensureTable(client: DynamoDBClient, name: string, table: TableDefinition): Promise<void> {
  try {
    const { Table: existing } = await client.send(new DescribeTableCommand({ TableName: name }));
    await addMissingIndexes(client, name, table, existing?.GlobalSecondaryIndexes ?? []);
    if (table.stream && !existing?.StreamSpecification?.StreamEnabled)
      await client.send(
        new UpdateTableCommand({
          TableName: name,
          StreamSpecification: { StreamEnabled: true, StreamViewType: table.stream },
        }),
      );
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

/**
 * A table kept in a `DATA_DIR` from before an index was declared gets it, one at a time as
 * DynamoDB requires; its items written earlier are not in it (docs/data-model.md, the ledger).
 */
async function addMissingIndexes(
  client: DynamoDBClient,
  name: string,
  table: TableDefinition,
  existing: readonly { IndexName?: string }[],
): Promise<void> {
  const present = new Set(existing.map((index) => index.IndexName));
  for (const index of table.globalIndexes) {
    if (present.has(index.name)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: name,
        AttributeDefinitions: [index.partitionKey, index.sortKey].map((AttributeName) => ({
          AttributeName,
          AttributeType: 'S',
        })),
        GlobalSecondaryIndexUpdates: [{ Create: indexInput(index) }],
      }),
    );
  }
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
