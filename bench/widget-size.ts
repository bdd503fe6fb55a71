/**
 * Bench: the widget's transfer sizes. The entry script is what every article page downloads before
 * comments show (CSS and the French catalogue included); the interactive chunk (`chunks/kit-*`)
 * starts at once, in parallel with the first API request, and the other chunks load on first use.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, repoRoot } from '../scripts/bundle-functions.js';

/** Budget for widget.js gzipped, in bytes (issue 4: "at most 12 KB gzip, CSS included"). */
export const WIDGET_GZIP_BUDGET = 12_288;
/** The team's stretch target for widget.js gzipped, in bytes. */
export const WIDGET_GZIP_STRETCH = 10_240;

/** One built file: its name under dist/widget, raw and gzip -9 bytes. */
export interface WidgetFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The entry and its chunks, or undefined when the widget is not built. */
export interface WidgetSizes {
  entry: WidgetFile;
  chunks: WidgetFile[];
}

const measure = (dir: string, file: string): WidgetFile => {
  const data = readFileSync(join(dir, file));
  return { file, bytes: data.length, gzipBytes: gzipSize(data) };
};

/** Sizes of dist/widget/widget.js and dist/widget/chunks/*.js, largest chunk first. */
export function widgetSizes(dir = join(repoRoot, 'dist/widget')): WidgetSizes | undefined {
  if (!existsSync(join(dir, 'widget.js'))) return undefined;
  const chunkDir = join(dir, 'chunks');
  const names = existsSync(chunkDir) ? readdirSync(chunkDir).filter((name) => name.endsWith('.js')) : [];
  return {
    entry: measure(dir, 'widget.js'),
    chunks: names.map((name) => measure(dir, `chunks/${name}`)).sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

/** gzip bytes of dist/widget/widget.js, or undefined when the widget is not built. */
export const widgetGzipBytes = (dir?: string): number | undefined => widgetSizes(dir)?.entry.gzipBytes;

// `npx tsx bench/widget-size.ts` prints the sizes alone, without the rest of the bench.
if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = widgetSizes();
  if (!sizes) throw new Error('dist/widget/widget.js is missing: run `npm run build:widget` first.');
  for (const { file, bytes, gzipBytes } of [sizes.entry, ...sizes.chunks]) {
    console.log(`${String(gzipBytes).padStart(6)} B gzip  ${String(bytes).padStart(6)} B  ${file}`);
  }
  const { gzipBytes } = sizes.entry;
  console.log(
    `entry ${gzipBytes} B: budget ${WIDGET_GZIP_BUDGET} B ${gzipBytes <= WIDGET_GZIP_BUDGET ? '✓' : '✗'}, stretch ${WIDGET_GZIP_STRETCH} B ${gzipBytes <= WIDGET_GZIP_STRETCH ? '✓' : '✗'}`,
  );
}
