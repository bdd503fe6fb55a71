/**
 * Bench: one local API server in a process of its own, from the checkout given as argument (this
 * one, or the base ref's), on the emulators given in `BENCH_STACK`: the list-throughput bench
 * starts two of them side by side. Prints `{"url"}` once listening; on SIGTERM it stops and prints
 * its peak memory, `{"maxRssMb"}`.
 */
import './env.js';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface StackModule {
  startApp(
    emulators: { dynamoEndpoint: string; identity: unknown },
    options: { port: number; widgetDir: string },
  ): Promise<{ url: string; stop(): Promise<void> }>;
}

const root = resolve(process.argv[2] ?? '.');
const stack = process.env.BENCH_STACK;
if (!stack) throw new Error('usage: BENCH_STACK=<json> tsx bench/list-server.ts <checkout>');
// The checkout's own module: its handlers, repositories and SDK client are the ones measured.
const { startApp } = (await import(
  pathToFileURL(join(root, 'functions/local/stack.ts')).href
)) as StackModule;
const app = await startApp(JSON.parse(stack), { port: 0, widgetDir: join(root, 'dist/widget') });
console.log(JSON.stringify({ url: app.url }));

process.once('SIGTERM', async () => {
  await app.stop();
  console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
});
