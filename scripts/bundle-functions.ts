/**
 * Bundles every Lambda (one per route group, the `$default` fallback, the event pipeline's three
 * and the export worker) with esbuild and the flags of infra/bundling.ts, which CDK's
 * NodejsFunction also receives, into dist/functions/<name>/index.mjs, and prints each bundle's size. `npm run build:functions`; the bench reuses it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type BundleName, bundleNames, entryOf, esbuildOptions } from '../infra/bundling.js';

/** Repository root: this file lives in scripts/. */
export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Where the bundles go; dist/ is gitignored. */
export const functionsOutDir = join(repoRoot, 'dist', 'functions');

/** One bundle and its size on disk and gzipped (source map not counted: Lambda never loads it unless asked). */
export interface BundleSize {
  group: BundleName;
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** gzip at level 9, as size-limit and `gzip -9` count: the figure a budget is usually written in. */
export const gzipSize = (data: Buffer): number => gzipSync(data, { level: 9 }).length;

/** Options of {@link bundleEntry}: the deployed flags unless a measurement asks for a variant. */
export interface BundleEntryOptions {
  /** @default dist/functions */
  outDir?: string;
  /** @default the deployed externals of infra/bundling.ts (the runtime's SDK) */
  external?: readonly string[];
}

/** Bundles one entry module (relative to the repository root) into `<outDir>/<name>/index.mjs`. */
export async function bundleEntry(
  name: string,
  entry: string,
  options: BundleEntryOptions = {},
): Promise<{ file: string; bytes: number; gzipBytes: number }> {
  const outfile = join(options.outDir ?? functionsOutDir, name, 'index.mjs');
  // The flags come from infra/bundling.ts, the module ApiFunction reads too, so they cannot drift.
  await build({
    ...esbuildOptions,
    mainFields: [...esbuildOptions.mainFields],
    external: [...(options.external ?? esbuildOptions.external)],
    entryPoints: [join(repoRoot, entry)],
    outfile,
    absWorkingDir: repoRoot,
    logLevel: 'warning',
  });
  const code = readFileSync(outfile);
  return { file: outfile, bytes: code.length, gzipBytes: gzipSize(code) };
}

async function bundleOne(group: BundleName): Promise<BundleSize> {
  return { group, ...(await bundleEntry(group, entryOf(group))) };
}

/** Bundles every Lambda into dist/functions and returns their sizes, route groups first. */
export async function bundleFunctions(): Promise<BundleSize[]> {
  rmSync(functionsOutDir, { recursive: true, force: true });
  return Promise.all(bundleNames().map(bundleOne));
}

/** The sizes as a markdown table. */
export function sizeTable(sizes: BundleSize[]): string {
  const rows = sizes.map(
    (s) => `| ${s.group} | ${s.bytes.toLocaleString('en')} | ${s.gzipBytes.toLocaleString('en')} |`,
  );
  return ['| function | bytes | gzip bytes |', '|---|---:|---:|', ...rows].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const started = performance.now();
  const sizes = await bundleFunctions();
  console.log(sizeTable(sizes));
  console.log(`\n${sizes.length} bundles in dist/functions (${Math.round(performance.now() - started)} ms)`);
}
