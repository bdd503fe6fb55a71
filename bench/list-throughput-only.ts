/**
 * Bench, standalone: only the list-20 throughput side by side with the base ref, DynamoDB
 * Local's peak memory and `npm start`'s (`tsx bench/list-throughput-only.ts`; `BENCH_CPU_PROF=<dir>` writes a
 * CPU profile of each server). A few minutes, where `npm run bench` takes sixteen.
 */
import './env.js';
import { saveSite } from '../functions/sites/service.js';
import { listThroughputRows, measureListThroughput } from './list-throughput.js';
import { dynamoMemoryRows, footprintRows, measureLocalFootprint } from './local-footprint.js';
import { peakRssMb } from './process-memory.js';
import { markdownTable, type Row } from './report.js';
import { seedArticle } from './seed.js';
import { startBenchStack } from './stack.js';

const SITE = 'bench';
const PAGE = 'article-20';

const stack = await startBenchStack();
let rows: Row[];
try {
  await saveSite(SITE, { name: 'Bench', moderation: 'post', guests: true });
  await seedArticle(SITE, PAGE, 20);
  const throughput = await measureListThroughput({
    dynamoEndpoint: stack.dynamoEndpoint,
    identity: stack.identity,
    path: `/v1/comments?site=${SITE}&page=${PAGE}&limit=20`,
    cpuProfileDir: process.env.BENCH_CPU_PROF,
  });
  rows = [...listThroughputRows(throughput)];
  rows.push(...dynamoMemoryRows({ listLoadMb: peakRssMb(stack.dynamoPid) }));
} finally {
  await stack.stop();
}
// npm start's own stack, once the bench's has stopped (as in bench/run.ts).
const footprint = await measureLocalFootprint();
rows.push(...footprintRows(footprint));
console.log(markdownTable(rows));
