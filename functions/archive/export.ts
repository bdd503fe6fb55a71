/**
 * Archive: one site's items of the comments table, read for `npm run export` (export-cli.ts) and
 * written back by the restore (restore.ts), as NDJSON: a header line, then one line per item as
 * stored, keys included. What a site is, by key, is written once here (`kindOf`): the export
 * scans for those items and the restore accepts only them.
 *
 * Exported: the site's settings, its pages and comments (every status, their reaction counts
 * `rx_<type>` included), the comments' id pointers, reports, notices and statements, the queue
 * counts and marks, members (bans, notes, counts), the three logs, taken names and daily stats.
 * Not exported, on purpose: the site's SSO keys, webhooks (secrets) and team (grants,
 * invitations, moderator alerts: accounts), which belong to the stage and are made again there;
 * what is ephemeral (rate-limit windows, idempotency records, guests' networks and confirmation
 * links, effects, alert batches, follows' digests); what belongs to an account (profiles,
 * sessions, follows); and the reactions table's per-reader items (the counts are on the items).
 *
 * There is no index of a site's items: the export is a parallel Scan of the whole table, filtered
 * on the keys below. Fine for an offline tool; no request path scans. Memory stays bounded: each
 * segment holds one page (at most 1 MB) while the lines before it are written.
 */
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { MIGRATED_BY_ATTRIBUTE } from '../shared/data/items.js';
import {
  authorLogPartition,
  commentKey,
  commentLogPartition,
  commentPointerKey,
  dailyStatsKey,
  memberKey,
  noticeMarkKey,
  pageKey,
  pagePartition,
  queueCountsKey,
  reportsPartition,
  reviewMarkKey,
  siteKey,
  siteLogPartition,
  takenNameKey,
} from '../shared/data/keys.js';
import { AppError } from '../shared/errors.js';

/** How the import knows the file: the header's `format`. */
export const EXPORT_FORMAT = 'reagir-export';
export const EXPORT_VERSION = 1;

export const EXPORT_KINDS = [
  'site',
  'page',
  'comment',
  'pointer',
  'queue-counts',
  'review-mark',
  'notice-mark',
  'member',
  'report',
  'log',
  'comment-log',
  'author-log',
  'name',
  'stats',
] as const;

/** What an exported item is; `report` covers a comment's reports, notices and statements. */
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** An item of the comments table as stored. */
export type StoredItem = Record<string, unknown> & { pk: string; sk: string };

/** The file's first line. `private`: whether the guests' and reporters' addresses are in it. */
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  site: string;
  exportedAt: string;
  private: boolean;
  stage?: string;
}

export interface ExportItemLine {
  kind: ExportKind;
  item: StoredItem;
}

export type ExportLine = ExportHeader | ExportItemLine;

export interface ExportOptions {
  /** Keep guests' emails, reporters' names and emails, team members' emails in log entries. */
  includePrivate: boolean;
  /** Named in the header (the stage exported from), for whoever reads the file later. */
  stage?: string;
  /** Scan segments read in parallel. @default 4 */
  segments?: number;
}

/**
 * One kind's keys: its partition key (equal to `pk`, or starting with it), its sort key (equal, or
 * starting with it), and, for partitions named after a comment, the `site` attribute they carry.
 */
interface KindRule {
  kind: ExportKind;
  pk: string | { prefix: string };
  sk?: string | { prefix: string };
  bySiteAttribute?: boolean;
}

let cached: { site: string; rules: readonly KindRule[] } | undefined;

/** The kinds' keys, from the key builders (given empty values for a partition's or a key's start). */
function rulesOf(site: string): readonly KindRule[] {
  if (cached?.site !== site) cached = { site, rules: kindRules(site) };
  return cached.rules;
}

function kindRules(site: string): readonly KindRule[] {
  const inSite = { prefix: pagePartition(site, '') };
  return [
    { kind: 'site', ...siteKey(site) },
    { kind: 'page', pk: inSite, sk: pageKey(site, '').sk },
    { kind: 'comment', pk: inSite, sk: { prefix: commentKey(site, '', '').sk } },
    {
      kind: 'pointer',
      pk: { prefix: commentPointerKey('').pk },
      sk: commentPointerKey('').sk,
      bySiteAttribute: true,
    },
    { kind: 'queue-counts', ...queueCountsKey(site) },
    { kind: 'review-mark', pk: reviewMarkKey(site, '', '').pk },
    { kind: 'notice-mark', pk: noticeMarkKey(site, '', '').pk },
    { kind: 'member', pk: { prefix: memberKey(site, '').pk }, sk: memberKey(site, '').sk },
    { kind: 'report', pk: { prefix: reportsPartition('') }, bySiteAttribute: true },
    { kind: 'log', pk: siteLogPartition(site) },
    { kind: 'comment-log', pk: { prefix: commentLogPartition('') }, bySiteAttribute: true },
    { kind: 'author-log', pk: { prefix: authorLogPartition(site, '') } },
    { kind: 'name', pk: { prefix: takenNameKey(site, '').pk }, sk: takenNameKey(site, '').sk },
    { kind: 'stats', pk: dailyStatsKey(site, '').pk },
  ];
}

const fits = (value: unknown, rule: string | { prefix: string } | undefined) =>
  rule === undefined ||
  (typeof value === 'string' && (typeof rule === 'string' ? value === rule : value.startsWith(rule.prefix)));

/** The kind of `item` when it is one of `site`'s exported items; undefined for any other item. */
export function kindOf(site: string, item: Record<string, unknown>): ExportKind | undefined {
  return rulesOf(site).find(
    (rule) =>
      fits(item.pk, rule.pk) && fits(item.sk, rule.sk) && (!rule.bySiteAttribute || item.site === site),
  )?.kind;
}

/** The Scan's FilterExpression: the rules above, so DynamoDB returns little else. */
function scanFilter(site: string) {
  const values: Record<string, string> = { ':site': site };
  let n = 0;
  const test = (attribute: string, rule: string | { prefix: string }) => {
    const name = `:v${n++}`;
    values[name] = typeof rule === 'string' ? rule : rule.prefix;
    return typeof rule === 'string' ? `${attribute} = ${name}` : `begins_with(${attribute}, ${name})`;
  };
  const terms = rulesOf(site).map((rule) =>
    [
      test('pk', rule.pk),
      ...(rule.sk ? [test('sk', rule.sk)] : []),
      ...(rule.bySiteAttribute ? ['#site = :site'] : []),
    ].join(' AND '),
  );
  return {
    FilterExpression: terms.map((term) => `(${term})`).join(' OR '),
    ExpressionAttributeNames: { '#site': 'site' },
    ExpressionAttributeValues: values,
  };
}

/**
 * What the file leaves out without `includePrivate`, by kind: every address and the reporters'
 * names (a guest's name on a comment is public). The table forces a decision for a new kind.
 */
const PRIVATE_ATTRIBUTES: Record<ExportKind, readonly string[]> = {
  site: [],
  page: [],
  comment: ['guestEmail'],
  pointer: [],
  'queue-counts': [],
  'review-mark': [],
  'notice-mark': [],
  member: [],
  report: ['reporterEmail', 'reporterName'],
  // A team change's entry names the member by email (sites/team-log.ts).
  log: ['member'],
  'comment-log': ['member'],
  'author-log': ['member'],
  name: [],
  stats: [],
};

/** The item as the file holds it: without a migration's mark, and without what is private unless asked. */
function exported(kind: ExportKind, item: StoredItem, includePrivate: boolean): StoredItem {
  // The restore marks what it writes: an export of a restored site is the same as its source's.
  const left = new Set([MIGRATED_BY_ATTRIBUTE, ...(includePrivate ? [] : PRIVATE_ATTRIBUTES[kind])]);
  return Object.fromEntries(Object.entries(item).filter(([name]) => !left.has(name))) as StoredItem;
}

/** One segment of the filtered Scan, page by page. */
async function* scanSegment(site: string, segment: number, segments: number): AsyncGenerator<StoredItem[]> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new ScanCommand({
        TableName: config.commentsTable,
        Segment: segment,
        TotalSegments: segments,
        ExclusiveStartKey: start,
        ConsistentRead: true,
        ...scanFilter(site),
      }),
    );
    yield (page.Items ?? []) as StoredItem[];
    start = page.LastEvaluatedKey;
  } while (start);
}

/** The segments' pages as they come, each segment reading its next page while this one is used. */
async function* scanned(site: string, segments: number): AsyncGenerator<StoredItem> {
  type Read = { reader: AsyncGenerator<StoredItem[]>; page: IteratorResult<StoredItem[]> };
  const waiting = new Map<AsyncGenerator<StoredItem[]>, Promise<Read>>();
  const pull = (reader: AsyncGenerator<StoredItem[]>) =>
    waiting.set(
      reader,
      reader.next().then((page) => ({ reader, page })),
    );
  for (let s = 0; s < segments; s++) pull(scanSegment(site, s, segments));
  while (waiting.size) {
    const { reader, page } = await Promise.race(waiting.values());
    waiting.delete(reader);
    if (page.done) continue;
    pull(reader);
    yield* page.value;
  }
}

/**
 * The site's export, line by line: the header, then each item (in no particular order). Throws
 * `site_not_found` before the header when the stage has no settings item for `site`.
 */
export async function* exportSite(site: string, options: ExportOptions): AsyncGenerator<ExportLine> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: siteKey(site), ConsistentRead: true }),
  );
  if (!Item) throw new AppError('site_not_found', `no site ${site} on this stage`);
  yield {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    site,
    exportedAt: new Date().toISOString(),
    private: options.includePrivate,
    ...(options.stage ? { stage: options.stage } : {}),
  };
  for await (const item of scanned(site, options.segments ?? 4)) {
    const kind = kindOf(site, item);
    if (kind) yield { kind, item: exported(kind, item, options.includePrivate) };
  }
}

/**
 * A value as the file holds it: attributes in name order at every depth (DynamoDB returns them in
 * no order, so two exports of the same items are the same text). JSON has no sets nor bytes: a
 * string or number set is written `{"$set": [...]}` (sorted), a binary `{"$b64": "..."}`.
 */
function canonical(value: unknown): unknown {
  if (value instanceof Set) return { $set: [...value].sort() };
  if (value instanceof Uint8Array) return { $b64: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(object)
        .sort()
        .map((name) => [name, canonical(object[name])]),
    );
  }
  return value;
}

/** A line of the file, read back by `parseLine`. */
export const lineText = (line: ExportLine) =>
  JSON.stringify('kind' in line ? { kind: line.kind, item: canonical(line.item) } : line);

/** A line's JSON as it was exported (`lineText` read back). */
export const parseLine = (text: string): unknown =>
  JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const only = keys.length === 1 ? keys[0] : undefined;
      const wrapped = value as { $set?: unknown; $b64?: unknown };
      if (only === '$set' && Array.isArray(wrapped.$set)) return new Set(wrapped.$set);
      if (only === '$b64' && typeof wrapped.$b64 === 'string')
        return new Uint8Array(Buffer.from(wrapped.$b64, 'base64'));
    }
    return value;
  });
