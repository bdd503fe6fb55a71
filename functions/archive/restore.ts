/**
 * Archive: writes a site's export (export.ts) back into the comments table, for the `reagir`
 * format of `npm run import`. The file is read line by line (bounded memory whatever its size),
 * each line checked before it is written: the header's format, version and site, then each
 * line's kind and that its item's key is one of that site's items of that kind (`kindOf`, the
 * export's own rule), so a file cannot write another site's items nor an account's.
 *
 * Items are put as they are, through the BatchWriter (BatchWriteItem, 25 at a time): an item
 * already in the table is replaced by the export's, so a restore run twice gives the same table.
 * Each carries `migratedBy: restore`, so that the stream tells nothing of it (no alert, no
 * webhook: events/stream-events.ts, `isMigrationWrite`) and records read it as if absent
 * (`withoutKeys`); the export leaves the mark out, so a restored site exports as its source did.
 * A restore deletes nothing: items of the site that the file does not hold stay as they are.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import * as z from 'zod/mini';
import { config } from '../shared/config.js';
import { MIGRATED_BY_ATTRIBUTE } from '../shared/data/items.js';
import { siteIdSchema } from '../sites/schemas.js';
import { BatchWriter } from './batch-writer.js';
import {
  EXPORT_FORMAT,
  EXPORT_KINDS,
  EXPORT_VERSION,
  type ExportHeader,
  type ExportKind,
  kindOf,
  parseLine,
  type StoredItem,
} from './export.js';

/** The mark a restore leaves on every item it writes. */
export const RESTORE_MARK = 'restore';

const headerSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  site: siteIdSchema,
  exportedAt: z.iso.datetime(),
  private: z.boolean(),
  stage: z.optional(z.string()),
});

const lineSchema = z.strictObject({
  kind: z.enum(EXPORT_KINDS),
  item: z.looseObject({ pk: z.string().check(z.minLength(1)), sk: z.string().check(z.minLength(1)) }),
});

/** A line the restore stopped at: its number in the file (1-based) and what is wrong with it. */
export interface RestoreLineError {
  line: number;
  reason: string;
}

export interface RestoreSummary {
  /** The file's header. */
  header: ExportHeader;
  /** Items written (or, in a dry run, that would be), by kind. */
  items: Partial<Record<ExportKind, number>>;
  /** Lines read, the header and a malformed line included. */
  lines: number;
  /** The malformed line it stopped at, if any: the items before it are written. */
  errors: RestoreLineError[];
  dryRun: boolean;
}

export interface RestoreOptions {
  /** The site the file must hold (its header's). */
  site: string;
  /** Reads and checks the whole file, writes nothing. */
  dryRun: boolean;
  /** Told every 500 lines and at the end: bytes read and items so far. */
  onProgress?: (progress: { bytes: number; items: number }) => void;
}

/** A file that is no export of the expected site: nothing was written. */
export class RestoreRefusedError extends Error {
  override readonly name = 'RestoreRefusedError';
}

const PROGRESS_EVERY = 500;

/** What is wrong with a zod failure, in one line. */
const issuesOf = (error: z.core.$ZodError) =>
  error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ');

function readHeader(text: string | undefined, site: string): ExportHeader {
  if (text === undefined) throw new RestoreRefusedError('The file is empty: it is no Réagir export.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RestoreRefusedError('Line 1 is not JSON: the file is no Réagir export.');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== EXPORT_FORMAT)
    throw new RestoreRefusedError(
      `Line 1 is no header of a Réagir export (format ${JSON.stringify(format)}).`,
    );
  const header = headerSchema.safeParse(json);
  if (!header.success)
    throw new RestoreRefusedError(
      `The export's header is not one this version reads: ${issuesOf(header.error)}.`,
    );
  if (header.data.site !== site)
    throw new RestoreRefusedError(
      `The file is an export of site ${header.data.site}, not of ${site}: nothing was restored.`,
    );
  return header.data as ExportHeader;
}

/** The item of one line, or why it cannot be restored. */
function itemOf(text: string, site: string): { kind: ExportKind; item: StoredItem } | { reason: string } {
  let json: unknown;
  try {
    json = parseLine(text);
  } catch (error) {
    return { reason: `not JSON (${(error as Error).message})` };
  }
  const line = lineSchema.safeParse(json);
  if (!line.success) return { reason: issuesOf(line.error) };
  const { kind, item } = line.data;
  if (kindOf(site, item) !== kind)
    return { reason: `${item.pk} ${item.sk} is not a ${kind} item of site ${site}` };
  return { kind, item: item as StoredItem };
}

/**
 * Restores an export of `options.site` from `file`; what it wrote. Stops at the first malformed
 * line (it is in `errors`, the items before it written); throws RestoreRefusedError, writing
 * nothing, for a file that is no export of this site.
 */
export async function restoreSite(file: string, options: RestoreOptions): Promise<RestoreSummary> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const writer = options.dryRun ? undefined : new BatchWriter(config.commentsTable, 8);
  const items: Partial<Record<ExportKind, number>> = {};
  const errors: RestoreLineError[] = [];
  let header: ExportHeader | undefined;
  let count = 0;
  let n = 0;
  const progress = () => options.onProgress?.({ bytes: input.bytesRead, items: count });
  try {
    for await (const text of lines) {
      n++;
      if (!header) {
        header = readHeader(text, options.site);
        continue;
      }
      if (!text.trim()) continue;
      const read = itemOf(text, options.site);
      if ('reason' in read) {
        errors.push({ line: n, reason: read.reason });
        break;
      }
      await writer?.put({ ...read.item, [MIGRATED_BY_ATTRIBUTE]: RESTORE_MARK });
      items[read.kind] = (items[read.kind] ?? 0) + 1;
      count++;
      if (n % PROGRESS_EVERY === 0) progress();
    }
    header ??= readHeader(undefined, options.site);
    await writer?.flush();
  } finally {
    lines.close();
    input.destroy();
  }
  progress();
  return { header, items, lines: n, errors, dryRun: options.dryRun };
}
