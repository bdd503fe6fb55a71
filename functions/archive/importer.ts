/**
 * Archive: `npm run import` of a Disqus or WordPress file, in two passes over the file. The first
 * reads its structure and plans every comment (import-plan.ts); the second reads it again and
 * writes the planned comments, skipping those already there (import-writer.ts). The
 * page records come first (import-pages.ts, with the site's queue counts in the same
 * transactions) and are counted again after the comments where a record was already there. A
 * malformed file stops both passes at the same place: what came before it is imported, and a
 * run on the corrected file completes it without writing anything twice.
 */

import { readQueueCounts } from '../comments/store.js';
import { type AccountLookup, confirmedAccounts } from './account-links.js';
import { htmlToText } from './html-text.js';
import { type ImportedAuthor, importedItems, importedRecord } from './import-items.js';
import { createPageRecords, type PageCounts, recountPages } from './import-pages.js';
import {
  FAULTY_SKIPS,
  ImportPlan,
  type Note,
  type PlannedThread,
  type Skip,
  type SkipReason,
} from './import-plan.js';
import { ImportWriter } from './import-writer.js';
import type { PageMapping } from './page-ids.js';
import { readDisqus } from './sources/disqus.js';
import { type SourcePost, type SourceReader, SourceSyntaxError } from './sources/types.js';
import { readWordpress } from './sources/wordpress.js';

export type XmlFormat = 'disqus' | 'wordpress';

export interface ImportOptions {
  site: string;
  format: XmlFormat;
  file: string;
  table: string;
  /** The site's depth limit: deeper replies go at the deepest level, as a reader's would. */
  maxDepth: number;
  dryRun: boolean;
  mapping?: PageMapping;
  /** Give comments to the confirmed account of their author's email (`--link-accounts`). */
  linkAccounts: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  pass: 'reading' | 'writing' | 'counting';
  bytes: number;
  /** Posts read (first pass) or comments handled (second pass). */
  records: number;
  imported: number;
}

export interface ImportSummary {
  site: string;
  format: XmlFormat;
  file: string;
  dryRun: boolean;
  threads: number;
  posts: number;
  /** Comments written by this run (or, in a dry run, that would be). */
  imported: number;
  /** Comments an earlier run had written, left as they are. */
  present: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** Records the file had wrong (orphans, bad dates, empty texts): the exit code tells. */
  faulty: number;
  pages: PageCounts;
  queues?: Record<string, number>;
  syntaxError?: { line: number; column: number; found: string };
  /** Every skipped record and every note, for the report file. */
  skips: Skip[];
  notes: Note[];
  requests: number;
  durationMs: number;
  /** Milliseconds of each step: planning (first pass), page records, writing, counting. */
  steps: { plan: number; pages: number; write: number; count: number };
}

const READERS: Record<XmlFormat, SourceReader> = { disqus: readDisqus, wordpress: readWordpress };

const textOf = (format: XmlFormat, html: string) =>
  htmlToText(html, { newlines: format === 'wordpress' ? 'keep' : 'collapse' });

/**
 * Whether a body is empty once turned into text, without turning it (the first pass only asks
 * that): a letter or a digit outside any tag, in a body with no script or style element (whose
 * text goes) and no HTML comment, stays in the text. Anything else is turned into text to know.
 */
const isEmptyText = (format: XmlFormat, html: string) =>
  /<(script|style)\b|<!--/i.test(html) || !/[\p{L}\p{N}]/u.test(html.replace(/<[^>]*>|&[#\w]+;/g, ''))
    ? textOf(format, html) === ''
    : false;

export async function importFile(options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  let lap = started;
  const step = () => {
    const now = Date.now();
    const ms = now - lap;
    lap = now;
    return ms;
  };
  const plan = new ImportPlan(options.site, options.format, options.maxDepth, options.mapping);
  const syntaxError = await firstPass(plan, options);
  plan.resolve();
  const planMs = step();
  // A thread whose comments are all placeholders still needs its record; one without any, only if closed.
  const commented = new Set([...plan.comments.values()].map((comment) => comment.page));
  const threads = byPage([...plan.threads.values()].filter((t) => t.closed || commented.has(t.page)));
  const { fresh, existing } = await createPageRecords(options.table, options.site, threads, options.dryRun);
  const pagesMs = step();
  const writer = new ImportWriter(options.table, options.dryRun);
  await secondPass(plan, writer, fresh, options);
  await writer.finish();
  const writeMs = step();
  options.onProgress?.({
    pass: 'counting',
    bytes: 0,
    records: plan.postCount,
    imported: writer.counts.imported,
  });
  const pages = {
    created: fresh.size,
    ...(await recountPages(options.table, options.site, existing, options.dryRun)),
  };
  const counted = options.dryRun ? undefined : await readQueueCounts(options.site);
  const queues = counted && { approved: counted.approved, pending: counted.pending };
  const skipped: Partial<Record<SkipReason, number>> = {};
  for (const skip of plan.skips) skipped[skip.reason] = (skipped[skip.reason] ?? 0) + 1;
  return {
    site: options.site,
    format: options.format,
    file: options.file,
    dryRun: options.dryRun,
    threads: plan.threads.size,
    posts: plan.postCount,
    imported: writer.counts.imported,
    present: writer.counts.present,
    skipped,
    faulty: plan.skips.filter((skip) => FAULTY_SKIPS.has(skip.reason)).length,
    pages,
    queues,
    syntaxError: syntaxError && {
      line: syntaxError.line,
      column: syntaxError.column,
      found: syntaxError.found,
    },
    skips: plan.skips,
    notes: plan.notes,
    requests: writer.requests,
    durationMs: Date.now() - started,
    steps: { plan: planMs, pages: pagesMs, write: writeMs, count: step() },
  };
}

/** Threads the mapping (or their URLs' paths) make one page are one page record. */
function byPage(threads: PlannedThread[]): PlannedThread[] {
  const pages = new Map<string, PlannedThread>();
  for (const thread of threads) {
    const seen = pages.get(thread.page);
    if (!seen) pages.set(thread.page, { ...thread });
    else
      Object.assign(seen, {
        commentCount: seen.commentCount + thread.commentCount,
        pendingCount: seen.pendingCount + thread.pendingCount,
        closed: seen.closed || thread.closed,
        firstAt: [seen.firstAt, thread.firstAt].filter(Boolean).sort()[0],
      });
  }
  return [...pages.values()];
}

/** Reads the structure; returns the file's syntax error, if it has one, after planning what came before. */
async function firstPass(plan: ImportPlan, options: ImportOptions): Promise<SourceSyntaxError | undefined> {
  let bytes = 0;
  const tell = () => options.onProgress?.({ pass: 'reading', bytes, records: plan.postCount, imported: 0 });
  try {
    for await (const record of READERS[options.format](options.file, { onBytes: (n) => (bytes = n) })) {
      if (record.kind === 'thread') plan.addThread(record);
      else plan.addPost(record, record.state !== 'deleted' && isEmptyText(options.format, record.html));
      if (plan.postCount % 1000 === 0) tell();
    }
  } catch (error) {
    if (error instanceof SourceSyntaxError) return error;
    throw error;
  }
  tell();
  return undefined;
}

/** Reads the file again and writes each planned comment. */
async function secondPass(
  plan: ImportPlan,
  writer: ImportWriter,
  fresh: ReadonlySet<string>,
  options: ImportOptions,
): Promise<void> {
  const accounts = options.linkAccounts ? confirmedAccounts() : undefined;
  let bytes = 0;
  let records = 0;
  const tell = () =>
    options.onProgress?.({ pass: 'writing', bytes, records, imported: writer.counts.imported });
  try {
    for await (const record of READERS[options.format](options.file, { onBytes: (n) => (bytes = n) })) {
      if (record.kind !== 'post') continue;
      records++;
      const planned = plan.commentOf(record.sourceId);
      if (!planned) continue;
      const author = await authorOf(record, accounts);
      await writer.add(
        importedItems(
          importedRecord(options.site, planned, record, textOf(options.format, record.html), author),
        ),
        // A page this run created holds none of the file's comments yet: no need to ask.
        fresh.has(planned.page) ? 'new' : 'unknown',
      );
      if (records % 500 === 0) tell();
    }
  } catch (error) {
    // The first pass met the same error and planned only what came before it.
    if (!(error instanceof SourceSyntaxError)) throw error;
  }
  tell();
}

async function authorOf(post: SourcePost, accounts: AccountLookup | undefined): Promise<ImportedAuthor> {
  const userId = post.authorEmail && accounts ? await accounts(post.authorEmail) : undefined;
  return userId ? { kind: 'account', userId } : { kind: 'guest', email: post.authorEmail };
}
