/**
 * Alerts: the stage's key that signs unsubscribe links (`ALERTS_SECRET_ARN` on AWS, read once,
 * when the Lambda starts; `ALERTS_SECRET` on the local stack, so links outlive a restart; see
 * functions/shared/stage-secret.ts).
 */
import { loadStageSecret } from '../shared/stage-secret.js';

/** Reads the key from where the environment says; a failure stops the Lambda's start (it is retried). */
export const loadAlertsKey = (env: NodeJS.ProcessEnv = process.env): Promise<Buffer> =>
  loadStageSecret('ALERTS_SECRET', env);

// Read once per process, before the first token is signed or checked (ES module top-level await).
export const alertsKey: Buffer = await loadAlertsKey();
