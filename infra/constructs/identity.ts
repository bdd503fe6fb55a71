/**
 * Identity: the Cognito user pool readers sign up to, the app client the widget and console use,
 * and the groups the handlers check. Mirrors the pool functions/local/cognito-local.ts creates.
 * Codes go out through SES from the configured sender when there is one, else Cognito's own email.
 */
import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  UserPool,
  type UserPoolClient,
  UserPoolEmail,
  UserPoolGroup,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';
import { invitationEmail, verificationEmail } from './identity-messages.js';

/** Cognito groups whose members may call `moderator` and `admin` routes (`cognito:groups`). */
export const userGroups = ['moderators', 'admins'] as const;

/** What token verifiers need to know about the user pool. */
export interface IdentityRefs {
  readonly poolId: string;
  readonly poolArn: string;
  readonly clientId: string;
  readonly issuer: string;
  readonly jwksUrl: string;
}

/** Options of {@link Identity}. */
export interface IdentityProps {
  /**
   * Refuse DeleteUserPool calls. The pool is retained when its stack is deleted either way.
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * Send codes through SES from this verified sender.
   * @default Cognito's own email (no-reply@verificationemail.com, 50 messages a day)
   */
  readonly email?: IdentityEmailProps;
  /**
   * The name the emails give the service (subject and text), e.g. the newsroom's.
   * @default 'Réagir'
   */
  readonly productName?: string;
}

/** The SES sender of the pool's emails. */
export interface IdentityEmailProps {
  /** Verified in SES, out of the sandbox. */
  readonly from: string;
  /**
   * Display name.
   * @default none
   */
  readonly name?: string;
  /**
   * Reply-To address.
   * @default the sender
   */
  readonly replyTo?: string;
  /**
   * SES region, where the identity is verified.
   * @default the stack's region
   */
  readonly sesRegion?: string;
  /**
   * A domain verified in SES that covers `from`, when the address itself is not verified.
   * @default the address is the verified identity
   */
  readonly verifiedDomain?: string;
}

/** The user pool, its one app client and groups, with the URLs token verifiers need. */
export class Identity extends Construct implements IdentityRefs {
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
    const product = props.productName ?? 'Réagir';
    const verification = verificationEmail(product);
    const invitation = invitationEmail(product);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      // Never tell a caller whether an address has an account (see preventUserExistenceErrors too).
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      userVerification: {
        emailStyle: VerificationEmailStyle.CODE,
        emailSubject: verification.subject,
        emailBody: verification.body,
      },
      userInvitation: { emailSubject: invitation.subject, emailBody: invitation.body },
      email: props.email
        ? UserPoolEmail.withSES({
            fromEmail: props.email.from,
            fromName: props.email.name,
            replyTo: props.email.replyTo,
            sesRegion: props.email.sesRegion ?? Stack.of(this).region,
            sesVerifiedDomain: props.email.verifiedDomain,
          })
        : UserPoolEmail.withCognito(),
      // Same policy as the local pool, so a password accepted on a laptop is accepted on AWS.
      passwordPolicy: {
        minLength: 8,
        requireLowercase: false,
        requireUppercase: false,
        requireDigits: false,
        requireSymbols: false,
      },
      // Each account chooses (readers never need it); staff turn on TOTP in the console, and the
      // operator may require it of a site's staff. No SMS: it costs per message and is phishable.
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { sms: false, otp: true },
      // Lite covers sign-up, sign-in, groups and token revocation; readers are many, so per-user cost matters.
      featurePlan: FeaturePlan.LITE,
      deletionProtection: props.deletionProtection ?? true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.userPool,
      'Length over composition (NIST SP 800-63B): 8 characters, no character classes, as the local pool.',
      'AwsSolutions-COG1',
    );
    acknowledge(
      this.userPool,
      'Readers sign up to comment; MFA required would turn most away. It is OPTIONAL (TOTP): staff turn it on, an operator may require it per site.',
      'AwsSolutions-COG2',
    );
    acknowledge(
      this.userPool,
      'Lite plan: Plus (threat protection) is billed per monthly active user, i.e. per reader.',
      'AwsSolutions-COG8',
    );

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

/**
 * What every Lambda of ours reads of the pool and the metrics (functions/shared/config.ts, the
 * token verifier, Powertools): the API's functions and the event pipeline's get the same.
 */
export const lambdaIdentityEnvironment = (identity: IdentityRefs, metricsNamespace = 'Reagir') => ({
  COGNITO_USER_POOL_ID: identity.poolId,
  COGNITO_CLIENT_ID: identity.clientId,
  COGNITO_ISSUER: identity.issuer,
  COGNITO_JWKS_URL: identity.jwksUrl,
  POWERTOOLS_SERVICE_NAME: 'reagir',
  POWERTOOLS_METRICS_NAMESPACE: metricsNamespace,
});
