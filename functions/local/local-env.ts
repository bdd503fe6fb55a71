/**
 * Local stack: the environment the handlers read, pointed at the local emulators. Lambda gets
 * the same variables from CDK, with AWS endpoints instead.
 */
import { localCredentials } from './dynamodb-local.js';
import type { LocalTableNames } from './tables.js';

export interface LocalIdentity {
  endpoint: string;
  userPoolId: string;
  clientId: string;
  issuer: string;
  jwksUrl: string;
}

export function applyLocalEnv(
  dynamoEndpoint: string,
  tables: LocalTableNames,
  identity?: LocalIdentity,
): void {
  Object.assign(process.env, {
    AWS_REGION: process.env.AWS_REGION || 'eu-west-3',
    AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
    DYNAMODB_ENDPOINT: dynamoEndpoint,
    COMMENTS_TABLE: tables.comments,
    REACTIONS_TABLE: tables.reactions,
  });
  if (identity) {
    Object.assign(process.env, {
      COGNITO_ENDPOINT: identity.endpoint,
      COGNITO_USER_POOL_ID: identity.userPoolId,
      COGNITO_CLIENT_ID: identity.clientId,
      COGNITO_ISSUER: identity.issuer,
      COGNITO_JWKS_URL: identity.jwksUrl,
    });
  }
}
