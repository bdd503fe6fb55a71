/**
 * Stateful stack: the tables, the user pool and the exports bucket, retained on deletion, deployed
 * apart from the code.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ExportsBucket } from '../constructs/exports-bucket.js';
import { Identity, type IdentityEmailProps } from '../constructs/identity.js';
import { Tables } from '../constructs/tables.js';

/** Options of {@link DataStack}. */
export interface DataStackProps extends StackProps {
  /**
   * Deletion protection on the tables and the user pool. Turn it off only for throwaway stacks
   * (CI, previews); the resources are retained when the stack is deleted either way.
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * The SES sender of the user pool's emails.
   * @default Cognito's own email
   */
  readonly email?: IdentityEmailProps;
  /**
   * The name the user pool's emails give the service.
   * @default 'Réagir'
   */
  readonly productName?: string;
}

/** DynamoDB tables and the Cognito user pool: what must survive any redeploy of the API. */
export class DataStack extends Stack {
  /** The comments and reactions tables. */
  readonly tables: Tables;
  /** The user pool, app client and groups. */
  readonly identity: Identity;
  /** The sites' export files, kept a day (functions/archive/export-files-s3.ts). */
  readonly exports: ExportsBucket;
  /**
   * The CloudFormation export of the exports bucket's name, which the API stack imports: a name of
   * our own (not CDK's generated reference), so the grants on its objects read the same on every
   * synth and their cdk-nag acknowledgement can name them (infra/constructs/site-exports.ts).
   */
  readonly exportsBucketExport: string;

  constructor(scope: Construct, id: string, props: DataStackProps = {}) {
    super(scope, id, props);
    const deletionProtection = props.deletionProtection ?? true;
    this.tables = new Tables(this, 'Tables', { deletionProtection });
    this.identity = new Identity(this, 'Identity', {
      deletionProtection,
      email: props.email,
      productName: props.productName,
    });
    this.exports = new ExportsBucket(this, 'Exports');
    this.exportsBucketExport = `${this.stackName}-ExportsBucketName`;

    new CfnOutput(this, 'UserPoolId', { value: this.identity.poolId, description: 'Cognito user pool id' });
    new CfnOutput(this, 'UserPoolClientId', { value: this.identity.clientId, description: 'App client id' });
    new CfnOutput(this, 'CommentsTableName', {
      value: this.tables.comments.tableName,
      description: 'COMMENTS_TABLE for npm run site (adding a site)',
    });
    new CfnOutput(this, 'ReactionsTableName', { value: this.tables.reactions.tableName });
    new CfnOutput(this, 'ExportsBucketName', {
      value: this.exports.bucket.bucketName,
      exportName: this.exportsBucketExport,
      description: 'The site exports of the console (files kept a day)',
    });
  }
}
