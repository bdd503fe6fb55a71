/** Stateful stack: the tables and the user pool, retained on deletion, deployed apart from the code. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
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

  constructor(scope: Construct, id: string, props: DataStackProps = {}) {
    super(scope, id, props);
    const deletionProtection = props.deletionProtection ?? true;
    this.tables = new Tables(this, 'Tables', { deletionProtection });
    this.identity = new Identity(this, 'Identity', {
      deletionProtection,
      email: props.email,
      productName: props.productName,
    });

    new CfnOutput(this, 'UserPoolId', { value: this.identity.poolId, description: 'Cognito user pool id' });
    new CfnOutput(this, 'UserPoolClientId', { value: this.identity.clientId, description: 'App client id' });
    new CfnOutput(this, 'CommentsTableName', {
      value: this.tables.comments.tableName,
      description: 'COMMENTS_TABLE for npm run site (adding a site)',
    });
    new CfnOutput(this, 'ReactionsTableName', { value: this.tables.reactions.tableName });
  }
}
