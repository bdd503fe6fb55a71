/**
 * The DynamoDB tables, described once: the CDK data construct and the local stack both build
 * their tables from these definitions, so key names and index names cannot drift apart.
 */
export interface IndexDefinition {
  name: string;
  partitionKey: string;
  sortKey: string;
}

export interface TableDefinition {
  partitionKey: string;
  sortKey: string;
  /** Local secondary indexes: same partition key, another sort key. */
  localIndexes: IndexDefinition[];
  globalIndexes: IndexDefinition[];
  timeToLiveAttribute: string;
}

/** Sites, pages, comments, id pointers and idempotency records (see docs/data-model.md). */
export const commentsTableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  localIndexes: [
    { name: 'thread-oldest', partitionKey: 'pk', sortKey: 'lsi1sk' },
    { name: 'thread-newest', partitionKey: 'pk', sortKey: 'lsi2sk' },
    { name: 'thread-top', partitionKey: 'pk', sortKey: 'lsi3sk' },
  ],
  globalIndexes: [
    { name: 'by-author', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'moderation-queue', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
  timeToLiveAttribute: 'expiresAt',
} as const satisfies TableDefinition;

/** One item per reader and reaction target, filled by the reactions domain. */
export const reactionsTableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  localIndexes: [],
  globalIndexes: [{ name: 'by-user', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }],
  timeToLiveAttribute: 'expiresAt',
} as const satisfies TableDefinition;
