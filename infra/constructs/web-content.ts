/**
 * Web hosting: uploads the built front ends (dist/widget at the bucket's root, dist/console under
 * `console/`) and invalidates their entry files. A folder that was not built is skipped with a
 * warning, so `cdk synth` works offline on a fresh clone; `npm run deploy` builds both first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, type CfnElement, Stack, Token } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';

/** Options of {@link WebContent}. */
export interface WebContentProps {
  readonly bucket: IBucket;
  readonly distribution: IDistribution;
  /** The build output folder holding `widget/` and `console/`. */
  readonly distDir: string;
}

/** What goes where, and which file proves the folder was built. */
const parts = [
  { name: 'Widget', folder: 'widget', entry: 'widget.js', prefix: undefined, invalidate: '/widget.js' },
  { name: 'Console', folder: 'console', entry: 'index.html', prefix: 'console/', invalidate: '/console*' },
] as const;

/** One BucketDeployment per built front end. */
export class WebContent extends Construct {
  /** The front ends found built and deployed, by name. */
  readonly deployed: readonly string[];

  constructor(scope: Construct, id: string, props: WebContentProps) {
    super(scope, id);
    const deployed: string[] = [];
    for (const part of parts) {
      const folder = join(props.distDir, part.folder);
      if (!existsSync(join(folder, part.entry))) {
        Annotations.of(this).addWarningV2(
          `reagir:web:${part.folder}-not-built`,
          `${join(folder, part.entry)} is missing: the ${part.folder} is not deployed. Run npm run build:widget first (npm run deploy does).`,
        );
        continue;
      }
      new BucketDeployment(this, part.name, {
        sources: [Source.asset(folder)],
        destinationBucket: props.bucket,
        destinationKeyPrefix: part.prefix,
        // Keep old chunks: a reader's cached widget.js (up to 5 minutes) may still ask for them.
        prune: false,
        distribution: props.distribution,
        distributionPaths: [part.invalidate],
        memoryLimit: 256,
      });
      deployed.push(part.name);
    }
    this.deployed = deployed;
    if (deployed.length > 0) acknowledgeDeploymentHandler(Stack.of(this), props.bucket);
  }
}

/** A finding names a token by its CloudFormation pseudo parameter or logical id. */
const named = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);

/** The upload Lambda is CDK's own (one per stack); its findings are CDK's choices, not ours. */
function acknowledgeDeploymentHandler(stack: Stack, bucket: IBucket): void {
  const bucketId = stack.getLogicalId(bucket.node.defaultChild as CfnElement);
  // The bootstrap bucket, with CDK's default qualifier: `cdk bootstrap` makes it.
  const assets = `arn:${named(stack.partition, 'Partition')}:s3:::cdk-hnb659fds-assets-${named(stack.account, 'AccountId')}-${named(stack.region, 'Region')}/*`;
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
    acknowledge(
      child,
      "CDK's BucketDeployment handler: its runtime, managed policy and grants (read the asset, write the site bucket, invalidate) are aws-cdk-lib's.",
      'AwsSolutions-L1',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map(
        (action) => `AwsSolutions-IAM5[Action::${action}]`,
      ),
      `AwsSolutions-IAM5[Resource::${assets}]`,
      `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/*]`,
      // cloudfront:CreateInvalidation, which CDK grants on every distribution.
      'AwsSolutions-IAM5[Resource::*]',
    );
  }
}
