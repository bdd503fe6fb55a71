/**
 * Alerts: the stage's key that signs unsubscribe links. On AWS it is read from Secrets Manager
 * (`ALERTS_SECRET_ARN`) once, when the Lambda starts, so the key is never in the function's
 * configuration; the local stack passes its own (`ALERTS_SECRET`, kept under its data dir so
 * links outlive a restart); else (tests) one is made for this process, which links do not outlive.
 */
import { randomBytes } from 'node:crypto';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** Reads the key from where the environment says; a failure stops the Lambda's start (it is retried). */
export async function loadAlertsKey(env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  if (env.ALERTS_SECRET) return Buffer.from(env.ALERTS_SECRET, 'utf8');
  if (!env.ALERTS_SECRET_ARN) return randomBytes(32);
  const client = new SecretsManagerClient({});
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: env.ALERTS_SECRET_ARN }));
  if (!SecretString) throw new Error('The alerts secret has no string value');
  return Buffer.from(SecretString, 'utf8');
}

// Read once per process, before the first token is signed or checked (ES module top-level await).
export const alertsKey: Buffer = await loadAlertsKey();
