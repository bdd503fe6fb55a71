/**
 * Archive, service: a site's exports asked for from the console (issue 17). An administrator
 * starts one (one at a time per site), which the worker writes to the export files' store while
 * the console polls the job; once done, each download asks for a fresh link that works 5 minutes.
 * Every request is in the site's audit log, in the same transaction as its job: `site_export`, or
 * `site_export_private` when the file is to hold the email addresses (personal data).
 */
import { logSteps } from '../comments/store.js';
import { AppError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { exportFileName, exportFiles } from './export-files.js';
import { createJob, finishJob, getJob, listJobs, type StoredJob } from './export-job-repository.js';
import { launchExport } from './export-launch.js';
import type { ExportAnswer, ExportJob } from './types.js';

/** How long a download link works. */
export const LINK_SECONDS = 300;
/** How long a file is kept (the bucket's lifecycle: a day). */
const FILE_KEEP_MS = 86_400_000;
/**
 * A job still running this long after it started has lost its worker (15 minutes at most on
 * Lambda, then killed without a word): it reads as failed, and its lock may be taken over.
 */
const STALE_MS = 16 * 60_000;
/** How many jobs the list shows (a week of them at most: their TTL). */
const LIST_LIMIT = 20;

/** Who asks: an administrator of the site (or the operator). */
export interface Requester {
  userId: string;
  name: string;
}

/** The job as the console reads it at `now`: a lost worker's job is failed, an old file expired. */
function view({ startedAt: _started, ...job }: StoredJob, now: number): ExportJob {
  if (job.status === 'running' && now - Date.parse(job.createdAt) > STALE_MS)
    return { ...job, status: 'failed', error: 'timed_out' };
  if (job.status === 'done' && now - Date.parse(job.finishedAt ?? job.createdAt) > FILE_KEEP_MS)
    return { ...job, status: 'expired' };
  return job;
}

/** Starts an export of `site`; `export_running` while another one runs there. */
export async function startExport(site: string, by: Requester, includePrivate: boolean): Promise<ExportJob> {
  const now = Date.now();
  const createdAt = new Date(now).toISOString();
  const job: StoredJob = {
    id: newId(now),
    site,
    status: 'running',
    includePrivate,
    requestedBy: by.userId,
    requestedByName: by.name,
    createdAt,
  };
  const log = logSteps({
    at: createdAt,
    site,
    page: '',
    commentId: '',
    actorId: by.userId,
    actorName: by.name,
    action: includePrivate ? 'site_export_private' : 'site_export',
  });
  if (await createJob(job, new Date(now - STALE_MS).toISOString(), log))
    throw new AppError(
      'export_running',
      'An export of this site is running: wait for it to end, then ask again.',
    );
  try {
    await launchExport(site, job.id);
  } catch (error) {
    await finishJob(site, job.id, {
      status: 'failed',
      finishedAt: new Date().toISOString(),
      error: 'not_started',
    });
    throw error;
  }
  return view(job, now);
}

/** The site's recent exports, newest first. */
export async function listExports(site: string): Promise<ExportJob[]> {
  const now = Date.now();
  return (await listJobs(site, LIST_LIMIT)).map((job) => view(job, now));
}

/** One export of the site, with a fresh download link when its file is ready; 404 for another site's. */
export async function getExport(site: string, id: string): Promise<ExportAnswer> {
  const job = await getJob(site, id);
  if (!job) throw new AppError('not_found', `This site has no export ${id}.`);
  const now = Date.now();
  const shown = view(job, now);
  if (shown.status !== 'done') return shown;
  const filename = `${site}-${job.createdAt.slice(0, 10)}.ndjson`;
  const url = await (await exportFiles()).link(exportFileName(site, id), filename, LINK_SECONDS);
  return {
    ...shown,
    download: { url, filename, expiresAt: new Date(now + LINK_SECONDS * 1000).toISOString() },
  };
}
