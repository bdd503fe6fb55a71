/**
 * Archive, adapter: export files in a folder of the local stack (`EXPORTS_DIR`, under its DATA_DIR),
 * standing in for the exports bucket. A link is `<api>/_dev/exports/<token>`, which the local server
 * serves (functions/local/api-server.ts): the token names the file and its download name, signed
 * with a key made at start (the server and the handlers share the process) and good for the link's
 * seconds. No path comes from the client: a token is checked, then the file it signs is read.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { apiBase } from '../shared/mail/links.js';
import type { ExportFiles } from './export-files.js';

/** The path the local server serves links under. */
export const LOCAL_EXPORTS_PATH = '/_dev/exports/';
/** Files older than this are deleted at the next export, as the bucket's lifecycle does. */
const KEEP_MS = 86_400_000;
const NAME = /^[a-z0-9-]{1,63}\/[0-9A-HJKMNP-TV-Z]{26}\.ndjson$/;
const key = randomBytes(32);

const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

/** Deletes the files of a day ago and more (a site folder at a time: a handful of files). */
async function sweep(dir: string, now: number): Promise<void> {
  for (const site of await readdir(dir).catch(() => [])) {
    for (const file of await readdir(join(dir, site)).catch(() => [])) {
      const path = join(dir, site, file);
      if (now - (await stat(path)).mtimeMs > KEEP_MS) await rm(path, { force: true });
    }
  }
}

/** The folder's store. */
export function dirExportFiles(dir: string): ExportFiles {
  return {
    async save(name, chunks) {
      await sweep(dir, Date.now());
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      // Written aside and renamed once complete, as the CLI does: a file there is a whole export.
      await pipeline(Readable.from(chunks), createWriteStream(`${path}.part`));
      await rename(`${path}.part`, path);
    },
    async link(name, filename, seconds) {
      const payload = Buffer.from(
        JSON.stringify({ name, filename, until: Date.now() + seconds * 1000 }),
      ).toString('base64url');
      return `${apiBase()}${LOCAL_EXPORTS_PATH}${payload}.${sign(payload)}`;
    },
  };
}

/** The file a link's token signs and its download name; undefined for a forged, expired or gone one. */
export function localExportOf(token: string): { path: string; filename: string } | undefined {
  const dir = process.env.EXPORTS_DIR;
  const [payload = '', signature = ''] = token.split('.');
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (!dir || given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    name?: unknown;
    filename?: unknown;
    until?: unknown;
  };
  const { name, filename, until } = claims;
  if (typeof name !== 'string' || !NAME.test(name) || typeof filename !== 'string') return undefined;
  if (typeof until !== 'number' || until < Date.now()) return undefined;
  const path = join(dir, name);
  return existsSync(path) ? { path, filename } : undefined;
}
