/** Bench: the measurements turned into report rows, with the budgets from issue 2. */
import type { BundleSize } from '../scripts/bundle-functions.js';
import type { ImportTiming } from './cold-import.js';
import { describeCount } from './dynamo-requests.js';
import type { Series } from './latency.js';
import { bytes, ms, type Row } from './report.js';
import type { CallCosts } from './requests.js';
import { WIDGET_GZIP_BUDGET } from './widget-size.js';

/** A 10,000-comment first page may be at most this much slower (p50) than a 20-comment one. */
export const RATIO_BUDGET = 1.5;

/** Everything one bench run measured. */
export interface Measurements {
  list: { small: Series; large: Series };
  costs: CallCosts;
  bundles: BundleSize[];
  coldImport: { deployed: ImportTiming; noSourceMaps: ImportTiming; runs: number };
  widgetGzipBytes: number | undefined;
}

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

/** The rows of the report, in the order of docs/performance.md. */
export function buildRows(m: Measurements): Row[] {
  const { small, large } = m.list;
  const ratio = p50Ratio(m);
  const widget = m.widgetGzipBytes;
  const runs = m.coldImport.runs;
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
    ...m.bundles.map((b) => ({
      metric: `Lambda bundle ${b.group}`,
      value: `${bytes(b.bytes)} (${bytes(b.gzipBytes)} gzip)`,
    })),
    {
      metric: `cold import, comments bundle (median of ${runs}, --enable-source-maps as deployed)`,
      value: ms(m.coldImport.deployed.median),
    },
    {
      metric: `cold import, comments bundle (median of ${runs}, no source maps)`,
      value: ms(m.coldImport.noSourceMaps.median),
    },
    {
      metric: 'widget.js gzip',
      value: widget === undefined ? 'not built' : bytes(widget),
      budget: `≤ ${bytes(WIDGET_GZIP_BUDGET)}`,
      ok: widget === undefined ? undefined : widget <= WIDGET_GZIP_BUDGET,
    },
  ];
}
