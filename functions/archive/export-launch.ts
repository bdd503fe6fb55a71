/**
 * Archive, adapter: starts the export worker without waiting for it. On AWS (`EXPORT_WORKER_NAME`
 * set) an asynchronous invocation of the worker's Lambda (`InvocationType: 'Event'`: Lambda queues
 * it and answers at once); on the local stack the same worker runs in this process, after the
 * request has answered. The only code that knows the Lambda SDK.
 */
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { config } from '../shared/config.js';
import { logger } from '../shared/logger.js';

let client: LambdaClient | undefined;

/** Starts the worker on the job; rejects when it could not be started (nothing will run it). */
export async function launchExport(site: string, id: string): Promise<void> {
  const worker = process.env.EXPORT_WORKER_NAME;
  if (!worker) {
    // Locally: the worker's own module, run beside the server (its failures are the job's).
    const { runExport } = await import('./export-worker.js');
    setImmediate(() => {
      runExport(site, id).catch((error: unknown) =>
        logger.error('local export worker failed', { errorName: (error as Error).name }),
      );
    });
    return;
  }
  const { InvokeCommand, LambdaClient } = await import('@aws-sdk/client-lambda');
  client ??= new LambdaClient({ region: config.region, maxAttempts: 3 });
  await client.send(
    new InvokeCommand({
      FunctionName: worker,
      InvocationType: 'Event',
      Payload: new TextEncoder().encode(JSON.stringify({ site, id })),
    }),
  );
}
