/**
 * Archive: the export worker. Takes a running job up (once: a repeated delivery finds it taken),
 * streams the site's export (export.ts) as NDJSON into the export files' store, and records the
 * end: done with its item count and size, or failed. It never throws: a failure is the job's.
 * On AWS its own Lambda runs it (export-worker-handler.ts, 15 minutes at most); locally the API
 * process runs it beside the request that started it (export-launch.ts).
 */
import { logger } from '../shared/logger.js';
import { exportSite, lineText } from './export.js';
import { exportFileName, exportFiles } from './export-files.js';
import { claimJob, finishJob, getJob } from './export-job-repository.js';

/** Lines are handed to the store in chunks of about this many characters, not one by one. */
const CHUNK = 64 * 1024;

/** Runs the job `id` of `site`, if it is still waiting for a worker. */
export async function runExport(site: string, id: string): Promise<void> {
  const job = await getJob(site, id);
  if (!job || !(await claimJob(site, id, new Date().toISOString()))) return;
  const counted = { items: 0, bytes: 0 };
  async function* text(): AsyncGenerator<string> {
    let pending = '';
    const lines = exportSite(site, {
      includePrivate: job?.includePrivate === true,
      stage: process.env.REAGIR_STAGE || undefined,
    });
    for await (const line of lines) {
      if ('kind' in line) counted.items++;
      pending += `${lineText(line)}\n`;
      if (pending.length >= CHUNK) {
        counted.bytes += Buffer.byteLength(pending);
        yield pending;
        pending = '';
      }
    }
    counted.bytes += Buffer.byteLength(pending);
    if (pending) yield pending;
  }
  try {
    const files = await exportFiles();
    await files.save(exportFileName(site, id), text());
    await finishJob(site, id, {
      status: 'done',
      finishedAt: new Date().toISOString(),
      itemCount: counted.items,
      bytes: counted.bytes,
    });
    logger.info('export done', { site, exportId: id, items: counted.items, bytes: counted.bytes });
  } catch (error) {
    logger.error('export failed', {
      site,
      exportId: id,
      errorName: error instanceof Error ? error.name : 'unknown',
      errorMessage: error instanceof Error ? error.message : undefined,
    });
    await finishJob(site, id, {
      status: 'failed',
      finishedAt: new Date().toISOString(),
      error: 'export_failed',
    }).catch(() => undefined);
  }
}
