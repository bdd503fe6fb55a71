/**
 * The stage's key that signs Réagir's own SSO sessions (sso-session.ts). On AWS it is read from
 * Secrets Manager (`SESSION_SECRET_ARN`) on first use, so it is never in the function's
 * configuration and a function that never meets an SSO session never fetches it; the local stack
 * passes its own (`SESSION_SECRET`, kept under its data dir so sessions outlive a restart); else
 * (tests) one is made for this process.
 */
import { loadStageSecret } from '../stage-secret.js';

/** Reads the key from where the environment says; a failure is retried on the next request. */
export const loadSessionSecret = async (env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> =>
  new Uint8Array(await loadStageSecret('SESSION_SECRET', env));

let loading: Promise<Uint8Array> | undefined;

/** The key, read once per process (a failed read is tried again next time). */
export function sessionSecret(): Promise<Uint8Array> {
  loading ??= loadSessionSecret().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
