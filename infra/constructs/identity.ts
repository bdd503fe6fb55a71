/**
 * Identity: the Cognito user pool readers sign up to, the app client the widget and console use,
 * and the groups the handlers check. Mirrors the pool functions/local/cognito-local.ts creates.
 */
import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  UserPool,
  type UserPoolClient,
  UserPoolGroup,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** Cognito groups whose members may call `moderator` and `admin` routes (`cognito:groups`). */
export const userGroups = ['moderators', 'admins'] as const;

/** Options of {@link Identity}. */
export interface IdentityProps {
  /**
   * Refuse DeleteUserPool calls. The pool is retained when its stack is deleted either way.
   * @default true
   */
  readonly deletionProtection?: boolean;
}

/** The user pool, its one app client and groups, with the URLs token verifiers need. */
export class Identity extends Construct {
  /** Email sign-in, self sign-up, email verified by code. */
  readonly userPool: UserPool;
  /** Public client (no secret): USER_PASSWORD_AUTH and refresh tokens. */
  readonly client: UserPoolClient;
  /** The user pool id. */
  readonly poolId: string;
  /** ARN of the pool, for IAM grants to the functions that manage accounts. */
  readonly poolArn: string;
  /** The app client id: the audience (or `client_id`) of its tokens. */
  readonly clientId: string;
  /** `https://cognito-idp.<region>.amazonaws.com/<poolId>`, the `iss` of its tokens. */
  readonly issuer: string;
  /** `<issuer>/.well-known/jwks.json`, the keys that sign its tokens. */
  readonly jwksUrl: string;

  constructor(scope: Construct, id: string, props: IdentityProps = {}) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      // Never tell a caller whether an address has an account (see preventUserExistenceErrors too).
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      userVerification: {
        emailStyle: VerificationEmailStyle.CODE,
        emailSubject: 'Votre code Réagir',
        emailBody: 'Votre code de vérification Réagir : {####}',
      },
      // Same policy as the local pool, so a password accepted on a laptop is accepted on AWS.
      passwordPolicy: {
        minLength: 8,
        requireLowercase: false,
        requireUppercase: false,
        requireDigits: false,
        requireSymbols: false,
      },
      // Lite covers sign-up, sign-in, groups and token revocation; readers are many, so per-user cost matters.
      featurePlan: FeaturePlan.LITE,
      deletionProtection: props.deletionProtection ?? true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.client = this.userPool.addClient('WebClient', {
      // A browser cannot keep a secret; the widget signs in with the password flow.
      generateSecret: false,
      authFlows: { userPassword: true },
      // No hosted UI: the widget has its own forms, so no OAuth flows or callback URLs.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
    });

    for (const groupName of userGroups) {
      new UserPoolGroup(this, `Group-${groupName}`, { userPool: this.userPool, groupName });
    }

    const stack = Stack.of(this);
    this.poolId = this.userPool.userPoolId;
    this.poolArn = this.userPool.userPoolArn;
    this.clientId = this.client.userPoolClientId;
    this.issuer = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.poolId}`;
    this.jwksUrl = `${this.issuer}/.well-known/jwks.json`;
  }
}
