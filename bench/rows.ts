/** Bench: the measurements turned into report rows, with the budgets from issue 2. */
import type { BundleSize } from '../scripts/bundle-functions.js';
import { type BundlesBench, bundleSizeRows, coldImportRows } from './bundles.js';
import { costRows } from './cost-model.js';
import { describeCount } from './dynamo-requests.js';
import { type EdgeBench, edgeRows } from './edge.js';
import type { EventsCost } from './events.js';
import { type ImportBench, importRows } from './import.js';
import type { Series } from './latency.js';
import { type ListThroughput, listThroughputRows } from './list-throughput.js';
import { type DynamoMemory, dynamoMemoryRows } from './local-footprint.js';
import { type ReactionCost, reactionRows } from './reaction-cost.js';
import { bytes, ms, type Row } from './report.js';
import type { CallCosts } from './requests.js';
import type { SearchBench } from './search.js';
import type { TextRenderTiming } from './text-render.js';
import { WIDGET_GZIP_BUDGET, WIDGET_GZIP_STRETCH, type WidgetSizes } from './widget-size.js';
import type { WidgetTiming } from './widget-timing.js';

/** Write units as DynamoDB bills them: each transactional unit twice (DynamoDB Local reports one). */
const billedWrite = (units: { write: number; transactionalWrite: number }) =>
  units.write + units.transactionalWrite;

/** A 10,000-comment first page may be at most this much slower (p50) than a 20-comment one. */
export const RATIO_BUDGET = 1.5;

/** Everything one bench run measured. */
export interface Measurements {
  list: { small: Series; large: Series };
  /** What the CDN may keep, and the bytes on the wire (issue 18). */
  edge: EdgeBench;
  costs: CallCosts;
  bundles: BundleSize[];
  coldImport: BundlesBench;
  widget: WidgetSizes | undefined;
  /** Undefined when no Chromium was found. */
  widgetTiming: WidgetTiming | undefined;
  reaction: ReactionCost;
  textRender: TextRenderTiming;
  search: SearchBench;
  events: EventsCost;
  import: ImportBench;
  /** List-20 at c=10 beside the base ref, and the local stack's memory (issue 18). */
  listLoad: { throughput: ListThroughput; memory: DynamoMemory };
}

/** The event pipeline's rows (issue 15). */
export function eventsRows(events: EventsCost): Row[] {
  return [
    {
      metric: `events handler, time per stream record (${events.records} records of ${events.replies} replies; median batch / worst batch)`,
      value: `${ms(events.msPerRecordP50)} / ${ms(events.msPerRecordMax)}`,
    },
    {
      metric: 'DynamoDB requests of the handler, all those records',
      value: describeCount(events.streamRequests),
    },
    {
      metric: `DynamoDB requests of the schedule round that mailed (${events.emails} email${events.emails === 1 ? '' : 's'})`,
      value: describeCount(events.scheduleRequests),
    },
    {
      metric: 'DynamoDB requests per published reply (stream + schedule)',
      value: events.requestsPerReply.toFixed(1),
    },
  ];
}

/** A moderators' search must answer within this, over 100,000 comments (issue 14, point 3). */
export const SEARCH_BUDGET_MS = 1_000;

/** The search rows: the index entry's size, then each search's p50 and worst run against the budget. */
export function searchRows(search: SearchBench): Row[] {
  const n = search.comments.toLocaleString('en');
  return [
    { metric: `search index entry, mean size (${n} comments)`, value: bytes(Math.round(search.entryBytes)) },
    { metric: `seeding ${n} comments for the search (BatchWriteItem)`, value: ms(search.seedMs) },
    ...search.searches.map((s) =>
      s.q
        ? {
            metric: `search over ${n} comments, ${s.label}: p50 / max (${s.found} found)`,
            value: `${ms(s.p50)} / ${ms(s.max)}`,
            budget: `≤ ${ms(SEARCH_BUDGET_MS)}`,
            ok: s.max <= SEARCH_BUDGET_MS,
          }
        : { metric: `${s.label}, ${n} comments: p50 / max`, value: `${ms(s.p50)} / ${ms(s.max)}` },
    ),
  ];
}

/** 20 hostile comments of the longest allowed length must show within this (issue 11: it took 30 s). */
export const TEXT_RENDER_BUDGET_MS = 1_000;

/** p50 of the 10,000-comment list over p50 of the 20-comment one. */
export const p50Ratio = (m: Measurements) => m.list.large.stats.p50 / m.list.small.stats.p50;

function warmListRow(label: string, series: Series): Row {
  return {
    metric: `DynamoDB requests per first-page list, warm, ${label}`,
    // The most any measured call sent: one call costing more would show here, not be averaged away.
    value: describeCount(series.maxRequests),
    budget: '1',
    ok: series.maxRequests.total === 1,
  };
}

/** A chunk's name without its folder and content hash: `chunks/kit--69mJr2U.js` is `kit`. */
export const chunkName = (file: string) => file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '');

/**
 * The widget's size rows: the entry against its budget, then one row per file of
 * dist/widget/chunks (every chunk, whatever its name), then all of them together.
 */
export function widgetRows(sizes: WidgetSizes | undefined): Row[] {
  const widget = sizes?.entry.gzipBytes;
  const chunks = sizes?.chunks ?? [];
  return [
    {
      metric: 'widget.js gzip (before comments show, CSS included)',
      value: widget === undefined ? 'not built' : bytes(widget),
      budget: `≤ ${bytes(WIDGET_GZIP_BUDGET)} (stretch ${bytes(WIDGET_GZIP_STRETCH)})`,
      ok: widget === undefined ? undefined : widget <= WIDGET_GZIP_BUDGET,
    },
    ...chunks.map((chunk) => ({
      metric: `widget chunk ${chunkName(chunk.file)} gzip (${chunkName(chunk.file) === 'kit' ? 'at start, beside the first API request' : 'on first use'})`,
      value: bytes(chunk.gzipBytes),
    })),
    ...(sizes
      ? [
          {
            metric: `widget, entry and all ${chunks.length} chunks gzip (a reader who uses everything)`,
            value: bytes(chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, sizes.entry.gzipBytes)),
          },
        ]
      : []),
  ];
}

/** The rows of the report, in the order of docs/performance.md. */
export function buildRows(m: Measurements): Row[] {
  const { small, large } = m.list;
  const ratio = p50Ratio(m);
  const timing = m.widgetTiming;
  return [
    { metric: 'first-page list p50, 20 comments', value: ms(small.stats.p50) },
    { metric: 'first-page list p99, 20 comments', value: ms(small.stats.p99) },
    { metric: 'first-page list p50, 10,000 comments', value: ms(large.stats.p50) },
    { metric: 'first-page list p99, 10,000 comments', value: ms(large.stats.p99) },
    {
      metric: 'p50 ratio, 10,000 / 20 comments',
      value: ratio.toFixed(2),
      budget: `≤ ${RATIO_BUDGET}`,
      ok: ratio <= RATIO_BUDGET,
    },
    warmListRow('20 comments', small),
    warmListRow('10,000 comments', large),
    {
      metric: 'DynamoDB requests per first-page list, cold (site not cached)',
      value: describeCount(m.costs.listCold),
    },
    {
      metric: 'DynamoDB requests per POST comment (guest, Idempotency-Key)',
      value: describeCount(m.costs.postComment),
    },
    {
      metric: 'DynamoDB requests per POST reply (guest, Idempotency-Key)',
      value: describeCount(m.costs.postReply),
    },
    { metric: 'DynamoDB requests per GET /v1/counts (2 pages)', value: describeCount(m.costs.counts) },
    {
      metric: 'capacity units per warm first page of 20 (read)',
      value: `${m.costs.units.list.read.toFixed(1)} RCU`,
    },
    {
      metric: 'capacity units per POST comment / reply (write billed: transactions ×2)',
      value: `${billedWrite(m.costs.units.postComment).toFixed(1)} / ${billedWrite(m.costs.units.postReply).toFixed(1)} WCU`,
    },
    ...edgeRows(m.edge),
    ...costRows(m.edge.list, m.edge.listHeaderBytes, m.costs.units.list.read, m.widget?.entry.gzipBytes),
    ...reactionRows(m.reaction),
    ...bundleSizeRows(m.bundles),
    ...coldImportRows(m.coldImport),
    ...widgetRows(m.widget),
    {
      metric: `widget: navigation to comments visible, demo page, Chromium (median of ${timing?.runs ?? 0}, cold / warm)`,
      value: timing ? `${ms(timing.coldMedian)} / ${ms(timing.warmMedian)}` : 'no Chromium',
    },
    {
      metric: `widget: ${m.textRender.comments} comments of ${m.textRender.length.toLocaleString('en')} characters (a URL, then ")"), rendered, ${m.textRender.where} (median of ${m.textRender.runs})`,
      value: ms(m.textRender.medianMs),
      budget: `≤ ${ms(TEXT_RENDER_BUDGET_MS)}`,
      ok: m.textRender.medianMs <= TEXT_RENDER_BUDGET_MS,
    },
    ...searchRows(m.search),
    ...eventsRows(m.events),
    ...importRows(m.import),
    ...listThroughputRows(m.listLoad.throughput),
    ...dynamoMemoryRows(m.listLoad.memory),
  ];
}
