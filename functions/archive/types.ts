/** Archive: the wire contract of the site export routes (the console imports these types). */

/**
 * Where an export is: `running` (being written), `done` (its file can be downloaded), `failed`, or
 * `expired` (done more than a day ago: its file is gone; answered, never stored).
 */
export type ExportStatus = 'running' | 'done' | 'failed' | 'expired';

/** Why an export failed: the worker's error, or no end heard of within the worker's time limit. */
export type ExportFailure = 'export_failed' | 'timed_out' | 'not_started';

/** One export of a site, as listed (newest first). */
export interface ExportJob {
  id: string;
  site: string;
  status: ExportStatus;
  /** Whether the file holds the guests' and reporters' email addresses (personal data). */
  includePrivate: boolean;
  /** The administrator who asked for it: their account id and their name at the time. */
  requestedBy: string;
  requestedByName: string;
  createdAt: string;
  finishedAt?: string;
  /** Items written (the header line not counted) and the file's size in bytes, once done. */
  itemCount?: number;
  bytes?: number;
  error?: ExportFailure;
}

/** A short-lived link to a done export's file. */
export interface ExportDownload {
  url: string;
  /** `<site>-<YYYY-MM-DD>.ndjson`: the name the browser saves it under. */
  filename: string;
  /** When the link stops working (5 minutes after it was made). */
  expiresAt: string;
}

/** `GET /v1/sites/{site}/exports/{id}`: the export, with a fresh link when its file is ready. */
export interface ExportAnswer extends ExportJob {
  download?: ExportDownload;
}

/** `GET /v1/sites/{site}/exports`: the site's recent exports, newest first. */
export interface ExportListAnswer {
  exports: ExportJob[];
}
