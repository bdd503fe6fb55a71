/**
 * Reactions: the fold of reaction counts on AWS, the same code the local stack runs. The
 * reactions table's stream feeds the fold Lambda (functions/reactions/fold-handler.ts) through an
 * event source mapping: batches of up to 1,000 records gathered for a second, one shard at a time
 * (parallelization factor 1: a target's records stay in order), partial batch responses and
 * bisection on error, retried until a record expires (24 hours): a batch is never given up on,
 * since every record it skipped would leave a count wrong for good. The filters pass only what
 * changes a count: a marked reader item inserted or removed (functions/reactions/fold.ts).
 */
import { Duration } from 'aws-cdk-lib';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { COUNTED_BY, COUNTED_BY_FOLD } from '../../functions/reactions/fold.js';
import { unroutedLambdas } from '../bundling.js';
import { acknowledge } from '../nag.js';
import { ApiFunction } from './api-function.js';
import { type IdentityRefs, lambdaIdentityEnvironment } from './identity.js';
import type { AppTableRefs } from './table-access.js';

/** Options of {@link ReactionCounts}. */
export interface ReactionCountsProps {
  readonly tables: AppTableRefs;
  /** The user pool, named in every Lambda's environment as the house config reads it. */
  readonly identity: IdentityRefs;
  /** The business metrics' namespace, as the API's Lambdas. @default 'Reagir' */
  readonly metricsNamespace?: string;
  /** @default 512 (ApiFunction's) */
  readonly memorySize?: number;
  /** How long the Lambda's logs are kept. @default ApiFunction's */
  readonly logRetention?: RetentionDays;
  /**
   * Records per batch: the more, the more reactions each target update carries while the fold
   * catches up (docs/data-model.md, the partition arithmetic).
   * @default 1000
   */
  readonly batchSize?: number;
}

/** The fold Lambda and its event source mapping on the reactions table's stream. */
export class ReactionCounts extends Construct {
  readonly handler: ApiFunction;

  constructor(scope: Construct, id: string, props: ReactionCountsProps) {
    super(scope, id);
    const batchSize = props.batchSize ?? 1000;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
      throw new Error(`batchSize must be an integer from 1 to 10000, got ${batchSize}`);
    }
    this.handler = new ApiFunction(this, 'FoldFunction', {
      entry: unroutedLambdas['reaction-fold'],
      description: 'The reactions stream: folds reaction counts into comments and articles',
      memorySize: props.memorySize,
      logRetention: props.logRetention,
      timeout: Duration.seconds(60),
      environment: lambdaIdentityEnvironment(props.identity, props.metricsNamespace),
    });
    // It reads and updates the targets' counts; the mapping grants the stream's read itself.
    this.handler.useTables(props.tables, { comments: 'readWrite', reactions: 'none' });
    acknowledge(
      this.handler.role ?? this.handler,
      'Lambda reads a stream with dynamodb:ListStreams, which takes no resource: the event source mapping adds it on *.',
      'AwsSolutions-IAM5[Resource::*]',
    );
    const marked = { [COUNTED_BY]: { S: FilterRule.isEqual(COUNTED_BY_FOLD) } };
    this.handler.addEventSource(
      new DynamoEventSource(props.tables.reactions.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize,
        maxBatchingWindow: Duration.seconds(1),
        parallelizationFactor: 1,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: -1,
        filters: [
          FilterCriteria.filter({ eventName: FilterRule.isEqual('INSERT'), dynamodb: { NewImage: marked } }),
          FilterCriteria.filter({ eventName: FilterRule.isEqual('REMOVE'), dynamodb: { OldImage: marked } }),
        ],
      }),
    );
  }
}
