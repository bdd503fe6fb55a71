/**
 * Exports: the console's site export on AWS (functions/archive/). The archive Lambda (its route
 * group) writes the job and invokes the worker asynchronously; the worker Lambda scans the comments
 * table and streams the file into the exports bucket; the archive Lambda then pre-signs a 5-minute
 * GET of it, with its own role: it may read the bucket's objects, the worker may write them.
 */
import { Duration, Fn } from 'aws-cdk-lib';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge, wildcardFinding } from '../nag.js';
import { ApiFunction, type AppTableRefs } from './api-function.js';
import { type IdentityRefs, lambdaIdentityEnvironment } from './identity.js';

/** Options of {@link SiteExports}. */
export interface SiteExportsProps {
  readonly tables: AppTableRefs;
  readonly identity: IdentityRefs;
  /** The CloudFormation export naming the data stack's exports bucket (DataStack.exportsBucketExport). */
  readonly bucketExport: string;
  /** The archive route group's Lambda: it starts exports and signs their links. */
  readonly api: ApiFunction;
  /** Named in each file's header (the stage exported from). */
  readonly stage: string;
  /** How long the worker's logs are kept. @default ApiFunction's */
  readonly logRetention?: RetentionDays;
  /** The business metrics' namespace, as the API's Lambdas. @default 'Reagir' */
  readonly metricsNamespace?: string;
}

/** The export worker and the grants between it, the archive Lambda, the table and the bucket. */
export class SiteExports extends Construct {
  /** Writes one export: up to 15 minutes, 1 GB of memory (and the CPU that comes with it). */
  readonly worker: ApiFunction;

  constructor(scope: Construct, id: string, props: SiteExportsProps) {
    super(scope, id);
    const comments = props.tables.comments.table;
    const bucket = Bucket.fromBucketName(this, 'Bucket', Fn.importValue(props.bucketExport));
    // The grants below on the bucket's objects, as cdk-nag names them (`arn:aws:s3:::<name>/*`).
    const onObjects = wildcardFinding(this, bucket.arnForObjects('*'));
    this.worker = new ApiFunction(this, 'ExportWorker', {
      entry: 'functions/archive/export-worker-handler.ts',
      description: 'Writes a site export to the exports bucket (started by the archive routes)',
      memorySize: 1024,
      timeout: Duration.minutes(15),
      logRetention: props.logRetention,
      environment: {
        ...lambdaIdentityEnvironment(props.identity, props.metricsNamespace),
        EXPORTS_BUCKET: bucket.bucketName,
        REAGIR_STAGE: props.stage,
      },
    });
    // Reads: the site's settings item (Get), then a Scan of the table (export.ts); writes: its job only.
    this.worker.useTables(props.tables, { comments: 'read', reactions: 'none' });
    this.worker.addToRolePolicy(
      new PolicyStatement({ actions: ['dynamodb:Scan'], resources: [comments.tableArn] }),
    );
    this.worker.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [comments.tableArn],
        // The job and the site's export lock: items of the `EXPORT#<site>` partitions, nothing else.
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['EXPORT#*'] } },
      }),
    );
    // A multipart upload: its parts (PutObject) and, on a failure, their removal; any object of the
    // bucket (a file's name is made per job), and nothing else in S3.
    const writes = new Policy(this, 'WorkerWritesFiles', {
      statements: [
        new PolicyStatement({
          actions: ['s3:PutObject', 's3:AbortMultipartUpload'],
          resources: [bucket.arnForObjects('*')],
        }),
      ],
    });
    this.worker.role?.attachInlinePolicy(writes);
    acknowledge(
      writes,
      'The objects of the exports bucket only: each file is named per job (<site>/<id>.ndjson).',
      onObjects,
    );
    // A failure is recorded on the job: a second run would only write the same file again.
    this.worker.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.minutes(15) });

    props.api.addEnvironment('EXPORTS_BUCKET', bucket.bucketName);
    props.api.addEnvironment('EXPORT_WORKER_NAME', this.worker.functionName);
    // The unqualified function only (no version nor alias is ever invoked).
    props.api.addToRolePolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.worker.functionArn] }),
    );
    // A pre-signed GET carries the signer's rights: the archive Lambda reads the files, no more.
    const reads = new Policy(this, 'ApiSignsLinks', {
      statements: [
        new PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }),
      ],
    });
    props.api.role?.attachInlinePolicy(reads);
    acknowledge(
      reads,
      'The objects of the exports bucket only, read through 5-minute links the API signs for a site administrator.',
      onObjects,
    );
  }
}
