/**
 * Compute: the one Lambda function construct, holding the house defaults (Node.js 22 on arm64,
 * ESM bundled by the local esbuild with the flags of infra/bundling.ts, a log group of its own, a
 * role that can write that log group and nothing else until granted more, JSON logs without the
 * platform's START/END/REPORT lines).
 */
import { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  LoggingFormat,
  Runtime,
  RuntimeManagementMode,
  SystemLogLevel,
} from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { lambdaBundling, lambdaNodeOptions } from '../bundling.js';
import { acknowledge } from '../nag.js';
import { repoPath, repoRoot } from '../repo-root.js';
import { type AppTableRefs, grantTable, type TableAccess } from './table-access.js';

export type { AppTableRefs, TableAccess } from './table-access.js';

/** Powertools' LOG_LEVEL names (functions/shared/logger.ts) as Lambda's application log levels. */
const applicationLevels: Record<string, ApplicationLogLevel> = {
  DEBUG: ApplicationLogLevel.DEBUG,
  INFO: ApplicationLogLevel.INFO,
  WARN: ApplicationLogLevel.WARN,
  ERROR: ApplicationLogLevel.ERROR,
  // Powertools' SILENT has no Lambda twin: FATAL is the closest that still lets a crash through.
  SILENT: ApplicationLogLevel.FATAL,
};

/** Options of {@link ApiFunction}. */
export interface ApiFunctionProps {
  /** Handler module, relative to the repository root; it exports `handler`. */
  readonly entry: string;
  /**
   * Shown in the console, e.g. which routes the function serves.
   * @default no description
   */
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
  /**
   * Concurrent executions kept for (and capping) this function.
   * @default no reservation: the function shares the account's pool
   */
  readonly reservedConcurrency?: number;
  /**
   * Extra environment variables.
   * @default none
   */
  readonly environment?: Record<string, string>;
  /**
   * How long one invocation may run (the stream's batches send mail: longer than a request).
   * @default Duration.seconds(10)
   */
  readonly timeout?: Duration;
}

/** A NodejsFunction with the house defaults; see {@link ApiFunction.useTables} for data access. */
export class ApiFunction extends NodejsFunction {
  /** The function's own log group. */
  readonly logs: LogGroup;
  /** Its handler module, relative to the repository root (the bench bundles the same). */
  readonly entry: string;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    const memorySize = props.memorySize ?? 512;
    if (!Number.isInteger(memorySize) || memorySize < 128 || memorySize > 10240) {
      throw new Error(`memorySize must be an integer from 128 to 10240 MB, got ${memorySize}`);
    }
    const reserved = props.reservedConcurrency;
    if (reserved !== undefined && (!Number.isInteger(reserved) || reserved < 1)) {
      throw new Error(`reservedConcurrency must be a positive integer, got ${reserved}`);
    }
    // A log group of our own (not `logRetention`, which adds a custom-resource Lambda).
    const logs = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
    });
    // A role of our own instead of AWSLambdaBasicExecutionRole, whose logs:* reach every log group.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${id}; grants are added per function`,
    });
    const environment = { NODE_OPTIONS: lambdaNodeOptions, LOG_LEVEL: 'INFO', ...props.environment };
    const applicationLogLevel = applicationLevels[environment.LOG_LEVEL];
    if (!applicationLogLevel) {
      throw new Error(
        `LOG_LEVEL must be one of ${Object.keys(applicationLevels).join(', ')}, got ${environment.LOG_LEVEL}`,
      );
    }
    super(scope, id, {
      entry: repoPath(props.entry),
      handler: 'handler',
      projectRoot: repoRoot,
      depsLockFilePath: repoPath('package-lock.json'),
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      // The AWS SDK is the runtime's (infra/bundling.ts): a runtime update, and the SDK release it
      // brings, reaches a function with our deploy only, never between two deploys unannounced.
      runtimeManagementMode: RuntimeManagementMode.FUNCTION_UPDATE,
      architecture: Architecture.ARM_64,
      memorySize,
      timeout: props.timeout ?? Duration.seconds(10),
      reservedConcurrentExecutions: reserved,
      role,
      logGroup: logs,
      environment,
      // JSON lines, and the platform's at WARN: START, END and REPORT (INFO) were half the log bytes.
      // The request line is the application's, at LOG_LEVEL, as Powertools logs it already.
      loggingFormat: LoggingFormat.JSON,
      systemLogLevelV2: SystemLogLevel.WARN,
      applicationLogLevelV2: applicationLogLevel,
      bundling: {
        ...lambdaBundling,
        mainFields: [...lambdaBundling.mainFields],
        externalModules: [...lambdaBundling.externalModules],
        format: OutputFormat.ESM,
        forceDockerBundling: false,
      },
    });
    this.logs = logs;
    this.entry = props.entry;
    logs.grantWrite(role);
    acknowledge(
      this,
      'Node.js 22 is the runtime the bundles target and the tests run (infra/bundling.ts), supported by Lambda until 2027.',
      'AwsSolutions-L1',
    );
  }

  /** Names both tables in COMMENTS_TABLE / REACTIONS_TABLE and grants `access` to each. */
  useTables(tables: AppTableRefs, access: { comments: TableAccess; reactions: TableAccess }): this {
    this.addEnvironment('COMMENTS_TABLE', tables.comments.table.tableName);
    this.addEnvironment('REACTIONS_TABLE', tables.reactions.table.tableName);
    grantTable(tables.comments, this, access.comments);
    grantTable(tables.reactions, this, access.reactions);
    return this;
  }
}
