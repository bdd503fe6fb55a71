/**
 * Moderation: the audit log as moderators read it. A page of entries, filtered (by moderator,
 * action, article, author, within a date range), each with its article's title and URL as they
 * are now (one BatchGetItem of the page's articles, not a read per row); or a date range's
 * entries as a CSV file.
 */
import { getPages, type LogFilter, readLog } from '../comments/store.js';
import type { LogEntry } from '../comments/types.js';
import { AppError, type FieldIssue } from '../shared/errors.js';
import { logCsv } from './log-csv.js';
import type { LogQuery } from './schemas.js';
import type { LogPage, LogRow } from './types.js';

/** The most entries one CSV export holds; a longer range is refused (choose a shorter one). */
export const MAX_CSV_ROWS = 10_000;

/** Entries read per Query of a CSV export. */
const CSV_PAGE = 100;

const invalid = (issue: FieldIssue) => new AppError('invalid_request', issue.message, [issue]);

/** The query's filters, or 400 naming the field when its date range ends before it starts. */
function filterOf(query: LogQuery): LogFilter {
  if (query.from && query.to && query.to < query.from) {
    throw invalid({
      path: 'query.to',
      code: 'range_reversed',
      params: {},
      message: 'query.to must not be before query.from',
    });
  }
  return {
    from: query.from,
    to: query.to,
    actorId: query.moderator,
    action: query.action,
    page: query.page,
    authorKey: query.author,
  };
}

/** The entries with their articles' current titles and URLs, read 100 articles at a time. */
async function withArticles(site: string, entries: LogEntry[]): Promise<LogRow[]> {
  const pages = [...new Set(entries.map((e) => e.page).filter(Boolean))];
  const found = new Map<string, { title?: string; url?: string }>();
  for (let i = 0; i < pages.length; i += 100) {
    for (const [page, record] of await getPages(site, pages.slice(i, i + 100))) found.set(page, record);
  }
  return entries.map((entry) => {
    const article = found.get(entry.page);
    return { ...entry, pageTitle: article?.title ?? null, pageUrl: article?.url ?? null };
  });
}

/** A page of a site's log, or one comment's, newest first, filtered; see readLog for the reads. */
export async function logPage(query: LogQuery): Promise<LogPage> {
  const scope = { site: query.site, commentId: query.comment, ...filterOf(query) };
  const result = await readLog(scope, query.limit, query.cursor);
  // A comment's log is keyed by the comment alone: entries of another site's comment stay unseen.
  const entries = query.comment ? result.entries.filter((e) => e.site === query.site) : result.entries;
  return { entries: await withArticles(query.site, entries), nextCursor: result.nextCursor };
}

/** A CSV export: its file name and text. */
export interface LogExport {
  filename: string;
  csv: string;
}

/**
 * Every entry of a date range (both ends required), filtered, newest first, as CSV; a range of
 * more than `MAX_CSV_ROWS` entries is refused with 400 on `query.from`.
 */
export async function logExport(query: LogQuery): Promise<LogExport> {
  for (const edge of ['from', 'to'] as const) {
    if (!query[edge]) {
      throw invalid({
        path: `query.${edge}`,
        code: 'required',
        params: {},
        message: `query.${edge} is required for a CSV export (a date range)`,
      });
    }
  }
  const scope = { site: query.site, commentId: query.comment, ...filterOf(query) };
  const entries: LogEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await readLog(scope, CSV_PAGE, cursor);
    entries.push(...(query.comment ? page.entries.filter((e) => e.site === query.site) : page.entries));
    if (entries.length > MAX_CSV_ROWS) {
      throw invalid({
        path: 'query.from',
        code: 'range_too_large',
        params: { max: MAX_CSV_ROWS },
        message: `query.from: this range holds more than ${MAX_CSV_ROWS} entries; choose a shorter range`,
      });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const day = (instant: string | undefined) => (instant ?? '').slice(0, 10);
  return {
    filename: `log-${query.site}-${day(query.from)}-${day(query.to)}.csv`,
    csv: logCsv(await withArticles(query.site, entries)),
  };
}
