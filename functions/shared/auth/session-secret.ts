/**
 * The stage's key that signs Réagir's own SSO sessions (sso-session.ts). On AWS it is read from
 * Secrets Manager (`SESSION_SECRET_ARN`) on first use, so it is never in the function's
 * configuration and a function that never meets an SSO session never fetches it; the local stack
 * passes its own (`SESSION_SECRET`, kept under its data dir so sessions outlive a restart); else
 * (tests) one is made for this process.
 */
import { randomBytes } from 'node:crypto';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** Reads the key from where the environment says; a failure is retried on the next request. */
export async function loadSessionSecret(env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  if (env.SESSION_SECRET) return new TextEncoder().encode(env.SESSION_SECRET);
  if (!env.SESSION_SECRET_ARN) return randomBytes(32);
  const client = new SecretsManagerClient({});
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: env.SESSION_SECRET_ARN }));
  if (!SecretString) throw new Error('The session secret has no string value');
  return new TextEncoder().encode(SecretString);
}

let loading: Promise<Uint8Array> | undefined;

/** The key, read once per process (a failed read is tried again next time). */
export function sessionSecret(): Promise<Uint8Array> {
  loading ??= loadSessionSecret().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
