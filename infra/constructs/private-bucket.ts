/**
 * Infra: what every bucket of the stage is: S3-managed encryption, no public access, ACLs off
 * (the bucket owns every object), SSL only. The web files' bucket and the exports' bucket add
 * their own versioning and lifecycle to these.
 */
import { BlockPublicAccess, BucketEncryption, type BucketProps, ObjectOwnership } from 'aws-cdk-lib/aws-s3';

export const privateBucketProps = {
  encryption: BucketEncryption.S3_MANAGED,
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
  enforceSSL: true,
} as const satisfies BucketProps;
