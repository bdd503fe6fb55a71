/**
 * Data: the private bucket of the sites' export files (functions/archive/export-files-s3.ts). A file
 * lives a day (the lifecycle deletes it, and any multipart upload left unfinished); it is read only
 * through the API's pre-signed links, which last 5 minutes. Retained with the stage's other data.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';
import { privateBucketProps } from './private-bucket.js';

/** How long an export file is kept, in days (the console says so: docs/console.md). */
export const EXPORT_FILE_DAYS = 1;

/** The exports bucket: private, SSL only, S3-managed encryption, files deleted after a day. */
export class ExportsBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      ...privateBucketProps,
      lifecycleRules: [
        {
          id: 'ExpireExports',
          expiration: Duration.days(EXPORT_FILE_DAYS),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.bucket,
      'Files live a day and are reached only through pre-signed links the API makes for a site administrator, each request written in the site audit log; access logs would outlive the files.',
      'AwsSolutions-S1',
    );
  }
}
