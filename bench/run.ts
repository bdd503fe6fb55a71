/**
 * `npm run bench`: the first-page list at 20 and at 10,000 comments through the local server,
 * DynamoDB commands per call (counted by the SDK middleware), Lambda bundle sizes, every bundle's
 * cold import against the DynamoDB document client's alone, the widget's gzip sizes (entry and
 * chunks) and its time from navigation to comments visible in Chromium; one markdown table on stdout, JSON in
 * .bench/results.json. Progress goes to stderr so `npm run bench > table.md` keeps the table only.
 * Exits 0 once everything is measured: a missed budget is marked ✗ in the table, not thrown.
 */
import './env.js';
import { saveSite } from '../functions/sites/service.js';
import { bundleFunctions } from '../scripts/bundle-functions.js';
import { measureBundles } from './bundles.js';
import { measureEdge } from './edge.js';
import { measureEvents } from './events.js';
import { IMPORT_POSTS, measureImport } from './import.js';
import { measureInterleaved } from './latency.js';
import { measureListThroughput } from './list-throughput.js';
import { measureLocalFootprint } from './local-footprint.js';
import { peakRssMb } from './process-memory.js';
import { measureReactionWrites } from './reaction-cost.js';
import { markdownTable, runInfo, writeResults } from './report.js';
import { measureCallCosts } from './requests.js';
import { buildRows, type Measurements, p50Ratio } from './rows.js';
import { measureSearch, searchComments } from './search.js';
import { seedArticle } from './seed.js';
import { startBenchStack } from './stack.js';
import { measureTextRender } from './text-render.js';
import { checkThread } from './thread-check.js';
import { widgetSizes } from './widget-size.js';
import { measureWidgetTiming } from './widget-timing.js';

const REQUESTS = 300;
const WARMUP = 30;
const LIMIT = 20;
const IMPORT_RUNS = 11;
const REACTION_READERS = 101;
const SITE = 'bench';
const SMALL = { page: 'article-20', comments: 20 };
const LARGE = { page: 'article-10000', comments: 10_000 };

const progress = (message: string) => console.error(`[bench] ${message}`);
const started = performance.now();

progress('bundling the functions');
const bundles = await bundleFunctions();
// Timed before DynamoDB Local starts, so the JVM does not compete for the cores.
progress(
  `timing ${IMPORT_RUNS} interleaved rounds of cold imports: every bundle and the document client alone`,
);
const coldImports = await measureBundles(bundles, IMPORT_RUNS);

progress(
  'timing 20 hostile comments of the longest length a site allows (Chromium, or the tokenizer in Node)',
);
const textRender = await measureTextRender();

progress('starting DynamoDB Local (in memory), cognito-local and the API server');
const stack = await startBenchStack();
const listUrl = (page: string) =>
  `${stack.url}/v1/comments?${new URLSearchParams({ site: SITE, page, limit: String(LIMIT) })}`;
const seedMs: Record<string, number> = {};
let list: Measurements['list'];
let edge: Measurements['edge'];
let costs: Measurements['costs'];
let widgetTiming: Measurements['widgetTiming'];
let reaction: Measurements['reaction'];
let search: Measurements['search'];
let events: Measurements['events'];
let imported: Measurements['import'];
let listLoad: Measurements['listLoad'];
try {
  await saveSite(SITE, { name: 'Bench', moderation: 'post', guests: true });
  for (const article of [SMALL, LARGE]) {
    progress(`seeding ${article.comments} comments on ${article.page}`);
    seedMs[article.page] = await seedArticle(SITE, article.page, article.comments);
    await checkThread(listUrl(article.page), article.comments, LIMIT);
  }
  progress(
    `timing ${REQUESTS} first-page lists of each article, interleaved, after ${WARMUP} warm-up rounds`,
  );
  list = await measureInterleaved(
    { small: listUrl(SMALL.page), large: listUrl(LARGE.page) },
    WARMUP,
    REQUESTS,
  );
  progress('checking what the CDN may keep, and the bytes on the wire');
  edge = await measureEdge(stack.url, SITE, SMALL.page, [SMALL.page, LARGE.page]);
  progress('list-20 at 10 concurrent readers, this checkout and the base ref side by side (autocannon)');
  const smallList = new URL(listUrl(SMALL.page));
  const throughput = await measureListThroughput({
    dynamoEndpoint: stack.dynamoEndpoint,
    identity: stack.identity,
    path: smallList.pathname + smallList.search,
  });
  listLoad = { throughput, memory: { listLoadMb: peakRssMb(stack.dynamoPid) } };
  progress('timing the widget on the demo page in Chromium (navigation to comments visible)');
  await seedArticle('demo', 'article-42', LIMIT);
  widgetTiming = await measureWidgetTiming(`${stack.url}/`);
  progress(`timing ${REACTION_READERS} reaction writes (distinct readers, one top-level comment)`);
  reaction = await measureReactionWrites(stack, SITE, 'article-reactions', REACTION_READERS);
  progress('counting DynamoDB commands of the other calls');
  // Last, because it posts two comments on the small article.
  costs = await measureCallCosts(stack.url, SITE, SMALL.page, [SMALL.page, LARGE.page]);
  progress(`seeding ${searchComments()} comments on another site and timing the moderators' search`);
  // A site of its own, so its many comments stay off the other figures' articles.
  await saveSite('bench-search', { name: 'Bench search', moderation: 'post', guests: true });
  search = await measureSearch(stack.url, stack.identity, 'bench-search');
  progress('timing the events handler on 50 published replies (the stream read from its start)');
  events = await measureEvents(stack.url, stack.identity, stack.dynamoEndpoint, async () => stack.mails());
  progress(
    `importing a generated ${IMPORT_POSTS.toLocaleString('en')}-post Disqus file twice, then DynamoDB Local's ceiling`,
  );
  imported = await measureImport('bench-import');
  listLoad.memory.wholeBenchMb = peakRssMb(stack.dynamoPid);
} finally {
  await stack.stop();
}

// After the bench's stack has stopped: its JVM would otherwise compete for the cores.
progress("npm start's own memory (Node + DynamoDB Local on disk) under the list at c=10");
listLoad.memory.footprint = await measureLocalFootprint();

const measured: Measurements = {
  list,
  edge,
  costs,
  bundles,
  coldImport: coldImports,
  widget: widgetSizes(),
  widgetTiming,
  reaction,
  textRender,
  search,
  events,
  import: imported,
  listLoad,
};
const rows = buildRows(measured);
const info = runInfo();
const totalSeconds = (performance.now() - started) / 1000;

console.log(markdownTable(rows));
console.log(`\n${info.date} · ${info.commit} · ${info.machine}`);
console.log(
  `${REQUESTS} timed requests per article after ${WARMUP} warm-up rounds; bench took ${totalSeconds.toFixed(0)} s`,
);
writeResults(rows, {
  ...info,
  config: { requests: REQUESTS, warmup: WARMUP, limit: LIMIT, site: SITE, small: SMALL, large: LARGE },
  seedMs,
  totalSeconds,
  ...measured,
  p50Ratio: p50Ratio(measured),
  widget: measured.widget ?? null,
  widgetTiming: measured.widgetTiming ?? null,
  bundles: bundles.map(({ group, bytes, gzipBytes }) => ({ group, bytes, gzipBytes })),
});
progress('results written to .bench/results.json');
