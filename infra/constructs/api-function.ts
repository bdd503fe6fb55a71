/**
 * Compute: the one Lambda function construct, holding the house defaults (Node.js 22 on arm64,
 * ESM bundled by the local esbuild, one month of logs), so every route group deploys the same way.
 */
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { repoPath, repoRoot } from '../repo-root.js';

/** How much of a table a function may touch. */
export type TableAccess = 'none' | 'read' | 'readWrite';

/** The two tables, as the handlers find them in COMMENTS_TABLE and REACTIONS_TABLE. */
export interface AppTableRefs {
  readonly comments: ITable;
  readonly reactions: ITable;
}

/** Options of {@link ApiFunction}. */
export interface ApiFunctionProps {
  /** Handler module, relative to the repository root; it exports `handler`. */
  readonly entry: string;
  /** Shown in the console, e.g. which routes the function serves. */
  readonly description?: string;
  /**
   * Memory in MB (CPU grows with it).
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * How long the function's logs are kept.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /** Extra environment variables. */
  readonly environment?: Record<string, string>;
}

// esbuild's ESM output has no `require`; bundled CommonJS dependencies still call it.
const requireShim = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** A NodejsFunction with the house defaults; see {@link ApiFunction.useTables} for data access. */
export class ApiFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    const memorySize = props.memorySize ?? 512;
    if (!Number.isInteger(memorySize) || memorySize < 128 || memorySize > 10240) {
      throw new Error(`memorySize must be an integer from 128 to 10240 MB, got ${memorySize}`);
    }
    super(scope, id, {
      entry: repoPath(props.entry),
      handler: 'handler',
      projectRoot: repoRoot,
      depsLockFilePath: repoPath('package-lock.json'),
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize,
      timeout: Duration.seconds(10),
      // A log group of our own (not `logRetention`, which adds a custom-resource Lambda).
      logGroup: new LogGroup(scope, `${id}Logs`, {
        retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      }),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        LOG_LEVEL: 'INFO',
        ...props.environment,
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        // Stack traces need the mappings only; the sources would triple the asset for nothing.
        sourcesContent: false,
        banner: requireShim,
        // Ship the pinned SDK the tests ran against rather than whichever version the runtime has.
        bundleAwsSDK: true,
      },
    });
  }

  /** Names both tables in COMMENTS_TABLE / REACTIONS_TABLE and grants `access` to each. */
  useTables(tables: AppTableRefs, access: { comments: TableAccess; reactions: TableAccess }): this {
    this.addEnvironment('COMMENTS_TABLE', tables.comments.tableName);
    this.addEnvironment('REACTIONS_TABLE', tables.reactions.tableName);
    grant(tables.comments, this, access.comments);
    grant(tables.reactions, this, access.reactions);
    return this;
  }
}

function grant(table: ITable, fn: ApiFunction, access: TableAccess): void {
  if (access === 'read') table.grantReadData(fn);
  if (access === 'readWrite') table.grantReadWriteData(fn);
}
