/**
 * Archive: where export files are kept and how they are downloaded, behind one seam. On AWS
 * (`EXPORTS_BUCKET` set) a private S3 bucket and a pre-signed GET (export-files-s3.ts, the only code
 * that knows the S3 SDK); locally (`EXPORTS_DIR`, set by the local stack) a folder, served by the
 * local server behind a short-lived signed token (export-files-dir.ts). Each is loaded on first use.
 */

/** A file store for exports; `name` is `<site>/<id>.ndjson`, never a client's text. */
export interface ExportFiles {
  /** Writes the file from `chunks`, whole or not at all; resolves once it is stored. */
  save(name: string, chunks: AsyncIterable<string>): Promise<void>;
  /** A URL downloading the file as `filename` for `seconds`. */
  link(name: string, filename: string, seconds: number): Promise<string>;
}

let chosen: Promise<ExportFiles> | undefined;

/** The store the environment names: the bucket, else the local folder. */
export function exportFiles(): Promise<ExportFiles> {
  chosen ??= choose();
  return chosen;
}

async function choose(): Promise<ExportFiles> {
  const bucket = process.env.EXPORTS_BUCKET;
  if (bucket) return (await import('./export-files-s3.js')).s3ExportFiles(bucket);
  const dir = process.env.EXPORTS_DIR;
  if (dir) return (await import('./export-files-dir.js')).dirExportFiles(dir);
  throw new Error('Missing environment variable EXPORTS_BUCKET (or EXPORTS_DIR on the local stack)');
}

/** The file's name in the store: derived from ids the API checked, so no client names a path. */
export const exportFileName = (site: string, id: string) => `${site}/${id}.ndjson`;
