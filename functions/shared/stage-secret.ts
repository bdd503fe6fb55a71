/**
 * A key of the stage (the unsubscribe links', the SSO sessions', the public ids'): on AWS read
 * from the Secrets Manager secret its `<NAME>_ARN` variable names, so the key is never in the
 * function's configuration; the local stack passes its own in `<NAME>` (kept under its data dir);
 * else (tests) one is made for this process.
 */
import { randomBytes } from 'node:crypto';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** Reads the key `name` names (`ALERTS_SECRET`…); a secret without a string value is an error. */
export async function loadStageSecret(name: string, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const given = env[name];
  if (given) return Buffer.from(given, 'utf8');
  const arn = env[`${name}_ARN`];
  if (!arn) return randomBytes(32);
  const client = new SecretsManagerClient({});
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: arn }));
  if (!SecretString) throw new Error(`The secret of ${name} has no string value`);
  return Buffer.from(SecretString, 'utf8');
}
