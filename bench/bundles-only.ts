/**
 * `tsx bench/bundles-only.ts [rounds]`: the bundle rows of the bench alone (bundle bytes, cold
 * imports against the document-client-only bundle), without DynamoDB Local or a browser.
 */
import { bundleFunctions } from '../scripts/bundle-functions.js';
import { bundleSizeRows, coldImportRows, measureBundles } from './bundles.js';
import { markdownTable } from './report.js';

const rounds = Number(process.argv[2] ?? 11);
console.error('[bench] bundling the functions');
const bundles = await bundleFunctions();
console.error(`[bench] timing ${rounds} interleaved rounds of cold imports`);
const measured = await measureBundles(bundles, rounds);
console.log(markdownTable([...bundleSizeRows(bundles), ...coldImportRows(measured)]));
