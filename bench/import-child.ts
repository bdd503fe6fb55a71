/**
 * Bench: one import run in a process of its own, so that its peak memory is the importer's alone
 * (`process.resourceUsage().maxRSS`). Prints the summary's figures as one JSON line.
 */
import './env.js';

const [file, site] = process.argv.slice(2);
if (!file || !site) throw new Error('usage: import-child.ts <disqus file> <site>');
const { importFile } = await import('../functions/archive/importer.js');
const { config } = await import('../functions/shared/config.js');
const { siteNow } = await import('../functions/sites/service.js');
const settings = await siteNow(site);
const summary = await importFile({
  site,
  format: 'disqus',
  file,
  table: config.commentsTable,
  maxDepth: settings?.maxDepth ?? 3,
  dryRun: false,
  linkAccounts: false,
});
const { skips: _skips, notes: _notes, ...figures } = summary;
const cpu = process.cpuUsage();
console.log(
  JSON.stringify({
    ...figures,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    cpuMs: (cpu.user + cpu.system) / 1000,
  }),
);
