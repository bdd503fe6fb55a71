/**
 * `npx tsx bench/reaction-only.ts`: the reaction part of the bench alone (bench/reaction-cost.ts),
 * on a throwaway stack: the reaction write's requests and units against its budget, the fold's
 * units apart, the partition arithmetic. One markdown table on stdout; about a minute.
 */
import './env.js';
import { saveSite } from '../functions/sites/service.js';
import { measureReactionWrites, reactionRows } from './reaction-cost.js';
import { markdownTable, runInfo } from './report.js';
import { startBenchStack } from './stack.js';

const READERS = 101;
const SITE = 'bench';

console.error('[bench] starting DynamoDB Local (in memory), cognito-local and the API server');
const stack = await startBenchStack();
try {
  await saveSite(SITE, { name: 'Bench', moderation: 'post', guests: true });
  console.error(
    `[bench] timing ${READERS} reaction writes (distinct readers, one top-level comment), then the fold`,
  );
  const reaction = await measureReactionWrites(stack, SITE, 'article-reactions', READERS);
  const info = runInfo();
  console.log(markdownTable(reactionRows(reaction)));
  console.log(`\n${info.date} · ${info.commit} · ${info.machine}`);
} finally {
  await stack.stop();
}
