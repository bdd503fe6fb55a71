/**
 * A key of the stage in Secrets Manager (functions/shared/stage-secret.ts reads it): 48 random
 * letters and digits, not rotated automatically, with the reason why acknowledged for cdk-nag.
 */
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { acknowledge } from '../nag.js';

export function stageSecret(
  scope: Construct,
  id: string,
  description: string,
  whyNotRotated: string,
): Secret {
  const secret = new Secret(scope, id, {
    description,
    generateSecretString: { passwordLength: 48, excludePunctuation: true },
  });
  acknowledge(secret, whyNotRotated, 'AwsSolutions-SMG4');
  return secret;
}
