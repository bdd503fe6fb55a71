/**
 * The DynamoDB tables, described once: the CDK data construct and the local stack both build
 * their tables from these definitions, so key names and index names cannot drift apart.
 */
export interface IndexDefinition {
  name: string;
  partitionKey: string;
  sortKey: string;
  /**
   * What the index copies besides the keys: every attribute (the default), the keys only, or the
   * keys and the attributes listed. A write to an item changes the index only when it changes a
   * projected attribute, so a narrow projection keeps reaction counts from writing there.
   */
  projection?: { type: 'KEYS_ONLY' } | { type: 'INCLUDE'; attributes: readonly string[] };
}

export interface TableDefinition {
  partitionKey: string;
  sortKey: string;
  /** Local secondary indexes: same partition key, another sort key. */
  localIndexes: IndexDefinition[];
  globalIndexes: IndexDefinition[];
  timeToLiveAttribute: string;
  /** Attributes that exist only for an index (never a record field): stripped on reading. */
  indexOnlyAttributes?: readonly string[];
  /**
   * The table's stream, both images of every change: the comments table's feeds the events
   * handler; the reactions table's, the fold of reaction counts (functions/reactions/fold-handler.ts).
   */
  stream?: 'NEW_AND_OLD_IMAGES';
}

/** Sites, pages, comments, id pointers and idempotency records (see docs/data-model.md). */
export const commentsTableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  stream: 'NEW_AND_OLD_IMAGES',
  localIndexes: [
    { name: 'thread-oldest', partitionKey: 'pk', sortKey: 'lsi1sk' },
    { name: 'thread-newest', partitionKey: 'pk', sortKey: 'lsi2sk' },
    { name: 'thread-top', partitionKey: 'pk', sortKey: 'lsi3sk' },
  ],
  globalIndexes: [
    { name: 'by-author', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'moderation-queue', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    // A queue narrowed to one author or one article: keys (and the article, to fetch the comment) only.
    {
      name: 'queue-by-author',
      partitionKey: 'gsi3pk',
      sortKey: 'gsi2sk',
      projection: { type: 'INCLUDE', attributes: ['page'] },
    },
    {
      name: 'queue-by-article',
      partitionKey: 'gsi4pk',
      sortKey: 'gsi2sk',
      projection: { type: 'KEYS_ONLY' },
    },
    // The text search: a compact folded text per comment, over a few shards read in parallel.
    {
      name: 'search',
      partitionKey: 'gsi5pk',
      sortKey: 'gsi2sk',
      projection: { type: 'INCLUDE', attributes: ['page', 'searchText'] },
    },
  ],
  timeToLiveAttribute: 'expiresAt',
  indexOnlyAttributes: ['searchText'],
} as const satisfies TableDefinition;

/** One item per reader and reaction target, filled by the reactions domain; its stream feeds the counts. */
export const reactionsTableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  stream: 'NEW_AND_OLD_IMAGES',
  localIndexes: [],
  globalIndexes: [{ name: 'by-user', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }],
  timeToLiveAttribute: 'expiresAt',
} as const satisfies TableDefinition;

/** `thread-oldest` → `threadOldest`, at the type level too, so an index is named as a property. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

type IndexOf<T extends TableDefinition> = T['localIndexes'][number] | T['globalIndexes'][number];

/** A table's indexes by camel-cased name, each with its key attributes, as the definition gives them. */
export type IndexesOf<T extends TableDefinition> = {
  [Index in IndexOf<T> as CamelCase<Index['name']>]: Index;
};

const camelCase = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

function indexesOf<T extends TableDefinition>(table: T): IndexesOf<T> {
  const indexes = [...table.localIndexes, ...table.globalIndexes];
  return Object.fromEntries(indexes.map((index) => [camelCase(index.name), index])) as IndexesOf<T>;
}

/** The comments table's indexes (`commentsIndexes.byAuthor.name`): a renamed index fails the type check. */
export const commentsIndexes = indexesOf(commentsTableDefinition);

/** The reactions table's indexes (`reactionsIndexes.byUser.name`). */
export const reactionsIndexes = indexesOf(reactionsTableDefinition);
