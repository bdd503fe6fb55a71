/**
 * Data: the two DynamoDB tables, built from the definitions in functions/shared/data/tables.ts
 * that the local stack also uses, so key and index names cannot drift between laptop and AWS.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import {
  commentsTableDefinition,
  type IndexDefinition,
  reactionsTableDefinition,
  type TableDefinition,
} from '../../functions/shared/data/tables.js';
import type { AppTableRefs } from './table-access.js';

type IndexNameOf<T extends TableDefinition> = (
  | T['localIndexes'][number]
  | T['globalIndexes'][number]
)['name'];

/** Index names of the comments table, as the repositories query them. */
export type CommentsIndexName = IndexNameOf<typeof commentsTableDefinition>;
/** Index names of the reactions table. */
export type ReactionsIndexName = IndexNameOf<typeof reactionsTableDefinition>;

/** Options of {@link Tables}. */
export interface TablesProps {
  /**
   * Refuse DeleteTable calls. Tables are retained when their stack is deleted either way.
   * @default true
   */
  readonly deletionProtection?: boolean;
}

// Every key is a string locally too (functions/local/tables.ts): keep the two in step.
const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/** The CDK projection of an index definition: all attributes unless it names a narrower one. */
function projectionOf(index: IndexDefinition) {
  if (!index.projection) return { projectionType: ProjectionType.ALL };
  if (index.projection.type === 'KEYS_ONLY') return { projectionType: ProjectionType.KEYS_ONLY };
  return { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...index.projection.attributes] };
}

function buildTable(scope: Construct, id: string, definition: TableDefinition, deletionProtection: boolean) {
  const table = new Table(scope, id, {
    partitionKey: stringKey(definition.partitionKey),
    sortKey: stringKey(definition.sortKey),
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection,
    removalPolicy: RemovalPolicy.RETAIN,
    timeToLiveAttribute: definition.timeToLiveAttribute,
    // The comments table's changes feed the events Lambda (infra/constructs/events.ts).
    stream: definition.stream ? StreamViewType[definition.stream] : undefined,
  });
  for (const index of definition.localIndexes) {
    // An LSI shares the table's partition key by nature; a definition saying otherwise is a typo.
    if (index.partitionKey !== definition.partitionKey) {
      throw new Error(`LSI ${index.name} of ${id} must use the partition key ${definition.partitionKey}`);
    }
    table.addLocalSecondaryIndex({
      indexName: index.name,
      sortKey: stringKey(index.sortKey),
      projectionType: ProjectionType.ALL,
    });
  }
  for (const index of definition.globalIndexes) {
    table.addGlobalSecondaryIndex({
      indexName: index.name,
      partitionKey: stringKey(index.partitionKey),
      sortKey: stringKey(index.sortKey),
      ...projectionOf(index),
    });
  }
  return table;
}

const indexNames = <T extends TableDefinition>(definition: T): IndexNameOf<T>[] =>
  [...definition.localIndexes, ...definition.globalIndexes].map((index) => index.name as IndexNameOf<T>);

/** The comments and reactions tables: on-demand, PITR, retained, no physical names. */
export class Tables extends Construct {
  /** Sites, pages, comments, id pointers and idempotency records. */
  readonly comments: Table;
  /** One item per reader and reaction target. */
  readonly reactions: Table;
  /** Names of the comments table's LSIs and GSIs. */
  readonly commentsIndexNames: readonly CommentsIndexName[] = indexNames(commentsTableDefinition);
  /** Names of the reactions table's LSIs and GSIs. */
  readonly reactionsIndexNames: readonly ReactionsIndexName[] = indexNames(reactionsTableDefinition);
  /** Both tables with their index names, as the functions' grants need them. */
  readonly refs: AppTableRefs;

  constructor(scope: Construct, id: string, props: TablesProps = {}) {
    super(scope, id);
    const deletionProtection = props.deletionProtection ?? true;
    this.comments = buildTable(this, 'Comments', commentsTableDefinition, deletionProtection);
    this.reactions = buildTable(this, 'Reactions', reactionsTableDefinition, deletionProtection);
    this.refs = {
      comments: { table: this.comments, indexNames: this.commentsIndexNames },
      reactions: { table: this.reactions, indexNames: this.reactionsIndexNames },
    };
  }
}
