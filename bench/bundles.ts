/**
 * Bench: issue 18's lighter functions. Every Lambda bundle's bytes against 200 KB, and its cold
 * import against a bundle of the DynamoDB document client alone (bench/doc-client-only.ts, same
 * flags), timed in the same run, interleaved round by round, since absolute milliseconds move 2×
 * between runs on these machines. The comments bundle and the reference are also timed with the
 * SDK bundled in, as before issue 18, so the price of the runtime's SDK shows in the same run.
 */
import { join } from 'node:path';
import { entryOf } from '../infra/bundling.js';
import { type BundleSize, bundleEntry, repoRoot } from '../scripts/bundle-functions.js';
import { coldImport, median } from './cold-import.js';
import { bytes, ms, type Row } from './report.js';

/** Every bundle at most this (issue 18: "≤ 200 KB per bundle"; KB as 1,000 B, as size-limit counts). */
export const BUNDLE_BUDGET_BYTES = 200_000;

/** A function's cold import at most this many times the document-client-only bundle's. */
export const COLD_IMPORT_RATIO_BUDGET = 1.3;

const REFERENCE_ENTRY = 'bench/doc-client-only.ts';

/** One bundle's cold import, median of the rounds, and its ratio to the reference's. */
export interface ColdImportRatio {
  name: string;
  medianMs: number;
  ratio: number;
  /** The same ratio in CPU time: steadier on a shared machine, shown beside the budgeted one. */
  cpuRatio: number;
}

/** What {@link measureBundles} measured. */
export interface BundlesBench {
  rounds: number;
  reference: { bytes: number; gzipBytes: number; medianMs: number; cpuMedianMs: number };
  functions: ColdImportRatio[];
  /** The comments bundle and the reference with the SDK bundled in (no externals). */
  sdkBundled: {
    commentsBytes: number;
    referenceBytes: number;
    commentsMs: number;
    referenceMs: number;
    commentsCpuMs: number;
    referenceCpuMs: number;
  };
}

/**
 * Times `rounds` cold imports of each of `bundles` (built by bundleFunctions), the reference and
 * the SDK-bundled pair: each round imports every bundle once, in a fresh process with
 * --enable-source-maps as deployed, so a slow moment of the machine hits them all alike.
 */
export async function measureBundles(bundles: BundleSize[], rounds: number): Promise<BundlesBench> {
  const reference = await bundleEntry('doc-client-only', REFERENCE_ENTRY);
  if (!bundles.some((b) => b.group === 'comments'))
    throw new Error('no comments bundle: is the comments group gone from functions/routes.ts?');
  const bundledDir = join(repoRoot, 'dist', 'functions-sdk-bundled');
  const bundledComments = await bundleEntry('comments', entryOf('comments'), {
    outDir: bundledDir,
    external: [],
  });
  const bundledReference = await bundleEntry('doc-client-only', REFERENCE_ENTRY, {
    outDir: bundledDir,
    external: [],
  });
  const files = [
    ...bundles.map((b) => ({ name: b.group as string, file: b.file })),
    { name: 'reference', file: reference.file },
    { name: 'bundled comments', file: bundledComments.file },
    { name: 'bundled reference', file: bundledReference.file },
  ];
  const runs = new Map(files.map((f) => [f.name, { wall: [] as number[], cpu: [] as number[] }]));
  for (let round = 0; round < rounds; round++) {
    // Every other round in reverse, so no bundle always follows the same neighbour.
    for (const { name, file } of round % 2 ? [...files].reverse() : files) {
      const timing = await coldImport(file, 1, true);
      runs.get(name)?.wall.push(...timing.runs);
      runs.get(name)?.cpu.push(...timing.cpuRuns);
    }
  }
  const medianOf = (name: string) => median(runs.get(name)?.wall ?? []);
  const cpuMedianOf = (name: string) => median(runs.get(name)?.cpu ?? []);
  const referenceMs = medianOf('reference');
  const referenceCpuMs = cpuMedianOf('reference');
  return {
    rounds,
    reference: {
      bytes: reference.bytes,
      gzipBytes: reference.gzipBytes,
      medianMs: referenceMs,
      cpuMedianMs: referenceCpuMs,
    },
    functions: bundles.map((b) => ({
      name: b.group,
      medianMs: medianOf(b.group),
      ratio: medianOf(b.group) / referenceMs,
      cpuRatio: cpuMedianOf(b.group) / referenceCpuMs,
    })),
    sdkBundled: {
      commentsBytes: bundledComments.bytes,
      referenceBytes: bundledReference.bytes,
      commentsMs: medianOf('bundled comments'),
      referenceMs: medianOf('bundled reference'),
      commentsCpuMs: cpuMedianOf('bundled comments'),
      referenceCpuMs: cpuMedianOf('bundled reference'),
    },
  };
}

/** One row per bundle against 200 KB. */
export function bundleSizeRows(bundles: BundleSize[]): Row[] {
  return bundles.map((b) => ({
    metric: `Lambda bundle ${b.group} (the SDK from the runtime)`,
    value: `${bytes(b.bytes)} (${bytes(b.gzipBytes)} gzip)`,
    budget: `≤ ${bytes(BUNDLE_BUDGET_BYTES)}`,
    ok: b.bytes <= BUNDLE_BUDGET_BYTES,
  }));
}

/** The reference's rows, one ratio row per function against 1.3, then the SDK-bundled pair. */
export function coldImportRows(m: BundlesBench): Row[] {
  const n = `median of ${m.rounds}, interleaved, --enable-source-maps`;
  const { sdkBundled } = m;
  return [
    {
      metric: `cold import, DynamoDB document client only (${bytes(m.reference.bytes)}; ${n})`,
      value: `${ms(m.reference.medianMs)} (CPU ${ms(m.reference.cpuMedianMs)})`,
    },
    ...m.functions.map((f) => ({
      metric: `cold import ${f.name} / document client only (${n})`,
      value: `${ms(f.medianMs)} / ${ms(m.reference.medianMs)} = ${f.ratio.toFixed(2)} (CPU time: ${f.cpuRatio.toFixed(2)})`,
      budget: `≤ ${COLD_IMPORT_RATIO_BUDGET}`,
      ok: f.ratio <= COLD_IMPORT_RATIO_BUDGET,
    })),
    {
      metric: `cold import, the same code with the SDK bundled in: comments ${bytes(sdkBundled.commentsBytes)} / document client only ${bytes(sdkBundled.referenceBytes)}`,
      value: `${ms(sdkBundled.commentsMs)} / ${ms(sdkBundled.referenceMs)} (CPU ${ms(sdkBundled.commentsCpuMs)} / ${ms(sdkBundled.referenceCpuMs)})`,
    },
  ];
}
