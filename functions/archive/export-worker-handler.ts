/**
 * Archive, adapter: the export worker's Lambda, invoked asynchronously by the archive API
 * (`InvocationType: 'Event'`, no retry: a failure is recorded on the job). Its event names the job.
 */
import * as z from 'zod/mini';
import { siteIdSchema } from '../sites/schemas.js';
import { runExport } from './export-worker.js';

const jobEvent = z.object({ site: siteIdSchema, id: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/)) });

/** The Lambda handler: runs the job the event names; ignores any other event. */
export async function handler(event: unknown): Promise<void> {
  const job = jobEvent.safeParse(event);
  if (job.success) await runExport(job.data.site, job.data.id);
}
