/**
 * Moderation: the audit log as a CSV file (RFC 4180: every cell quoted, quotes doubled, CRLF
 * between rows), safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return is prefixed with `'`, so a comment's text or a name is never run as a
 * formula (docs/security.md, "CSV export").
 */
import type { LogRow } from './types.js';

/** The first characters a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted, with a formula's first character defused. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

const COLUMNS = [
  'at',
  'moderator',
  'moderator_id',
  'action',
  'from',
  'to',
  'reason',
  'reason_codes',
  'comment',
  'excerpt',
  'author',
  'author_key',
  'article',
  'article_title',
  'article_url',
] as const;

/** A reason code with its parameters, as one readable token: `too_many_links(links=3, max=2)`. */
function codeText(code: string, params: object | undefined): string {
  const pairs = Object.entries(params ?? {}).map(([name, value]) => `${name}=${String(value)}`);
  return pairs.length ? `${code}(${pairs.join(', ')})` : code;
}

function cells(row: LogRow): Record<(typeof COLUMNS)[number], string> {
  const codes = row.reasons?.length
    ? row.reasons.map((r) => codeText(r.code, r.params))
    : row.code
      ? [codeText(row.code, row.params)]
      : [];
  return {
    at: row.at,
    moderator: row.actorName,
    moderator_id: row.actorId,
    action: row.action === 'conflict' ? `conflict(${row.attempted ?? ''})` : row.action,
    from: row.from ?? row.seen ?? '',
    to: row.to ?? '',
    reason: row.reason ?? '',
    reason_codes: codes.join('; '),
    comment: row.commentId,
    excerpt: row.excerpt ?? '',
    author: row.authorName ?? '',
    author_key: row.authorKey ?? row.userId ?? '',
    article: row.page,
    article_title: row.pageTitle ?? row.title ?? '',
    article_url: row.pageUrl ?? row.url ?? '',
  };
}

/** The rows as a CSV document, a header first; a byte-order mark so spreadsheets read UTF-8. */
export function logCsv(rows: readonly LogRow[]): string {
  const lines = [COLUMNS.map(csvCell).join(',')];
  for (const row of rows) {
    const values = cells(row);
    lines.push(COLUMNS.map((column) => csvCell(values[column])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
