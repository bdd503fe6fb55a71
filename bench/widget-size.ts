/** Bench: the embed's transfer size, which every article page pays. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, repoRoot } from '../scripts/bundle-functions.js';

/** Budget for widget.js gzipped, in bytes. */
export const WIDGET_GZIP_BUDGET = 10_240;

/** gzip bytes of dist/widget/widget.js, or undefined when the widget is not built. */
export function widgetGzipBytes(path = join(repoRoot, 'dist/widget/widget.js')): number | undefined {
  return existsSync(path) ? gzipSize(readFileSync(path)) : undefined;
}
