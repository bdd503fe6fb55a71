/**
 * `npm run import -- <disqus|wordpress|reagir> <file> --site <site>`: brings an archive into a
 * site of the running local stack (`npm start`) or, with COMMENTS_TABLE, REACTIONS_TABLE,
 * IDS_SECRET_ARN and AWS credentials, of a deployed stage. Progress on stderr, a summary on
 * stdout, a report file of every skipped record, and an exit code: 0 when everything the file
 * holds went in (spam and deleted posts without replies are left out by design), 1 when records
 * were skipped for a fault of the file or the file is malformed, 2 for a command that cannot run.
 */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { UsageError } from '../sites/cli-options.js';
import { siteIdSchema } from '../sites/schemas.js';
import type { ImportSummary, XmlFormat } from './importer.js';
import { formatName, sniff } from './sources/detect.js';
import type { SourceFormat } from './sources/types.js';

const FORMATS = ['disqus', 'wordpress', 'reagir'] as const satisfies readonly SourceFormat[];

interface Flags {
  site: string;
  dryRun?: boolean;
  mapping?: string;
  report?: string;
  linkAccounts?: boolean;
}

const n = (value: number) => value.toLocaleString('en');

const SKIP_WORDS: Record<string, string> = {
  spam: 'spam',
  deleted_without_replies: 'deleted without replies',
  orphan: 'orphans (thread not in the file)',
  bad_date: 'dates that do not parse',
  empty_body: 'empty texts',
  parent_cycle: 'parents in a loop',
};

/** The file exists, is of the format named, and the site id is one. */
async function checkArguments(format: SourceFormat, file: string, site: string): Promise<void> {
  if (!siteIdSchema.safeParse(site).success)
    throw new UsageError(
      `${JSON.stringify(site)} is not a site id: use lower-case letters, digits and dashes.`,
    );
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`${file}: no such file.`);
  const found = await sniff(file);
  if (found.format === format) return;
  const hint = found.format ? ` Run \`npm run import -- ${found.format} ${file} --site ${site}\`.` : '';
  throw new UsageError(`${file} is ${found.description}, not ${formatName(format)}.${hint}`);
}

function printSummary(summary: ImportSummary, report: string): void {
  const rate = summary.durationMs ? Math.round(summary.imported / (summary.durationMs / 1000)) : 0;
  const skipped = Object.entries(summary.skipped).map(
    ([reason, count]) => `${SKIP_WORDS[reason] ?? reason} ${n(count)}`,
  );
  const lines = [
    `${summary.format} import of ${basename(summary.file)} into site ${summary.site}${summary.dryRun ? ' (dry run: nothing written)' : ''}`,
    `  read: ${n(summary.threads)} threads, ${n(summary.posts)} posts`,
    `  ${summary.dryRun ? 'would import' : 'imported'}: ${n(summary.imported)} comments${summary.present ? ` (${n(summary.present)} already there from an earlier run, left as they are)` : ''}`,
    `  skipped: ${skipped.length ? skipped.join(', ') : 'none'}`,
    summary.dryRun
      ? undefined
      : `  pages: ${n(summary.pages.created)} created, ${n(summary.pages.recounted)} counted again (${n(summary.pages.corrected)} comments' counts corrected)`,
    summary.queues
      ? `  queues: ${Object.entries(summary.queues)
          .map(([q, c]) => `${q} ${n(c)}`)
          .join(', ')}`
      : undefined,
    summary.syntaxError
      ? `  STOPPED: the file is malformed at line ${summary.syntaxError.line}, column ${summary.syntaxError.column}: ${summary.syntaxError.found}. What came before is imported; fix the file and run the same command again.`
      : undefined,
    `  took ${(summary.durationMs / 1000).toFixed(1)} s (${n(rate)} comments/s, ${n(summary.requests)} write requests)`,
    `  report: ${report} (${n(summary.skips.length)} skipped, ${n(summary.notes.length)} notes)`,
  ];
  process.stdout.write(`${lines.filter(Boolean).join('\n')}\n`);
}

async function runImport(format: SourceFormat, file: string, flags: Flags): Promise<number> {
  await checkArguments(format, file, flags.site);
  const { importProgress } = await import('./import-progress.js');
  const progress = importProgress(statSync(file).size);
  if (format === 'reagir') {
    // A restore writes the site's settings itself (into an empty stage too) and computes no key.
    const { useLocalStackUnlessConfigured } = await import('../local/stack-env.js');
    useLocalStackUnlessConfigured();
    const { restoreSite } = await import('./restore.js');
    const summary = await restoreSite(file, {
      site: flags.site,
      dryRun: flags.dryRun === true,
      onProgress: (p) =>
        progress.update({ pass: 'writing', bytes: p.bytes, records: p.items, imported: p.items }),
    });
    progress.stop();
    const kinds = Object.entries(summary.items).map(([kind, count]) => `${kind} ${n(count)}`);
    process.stdout.write(
      `restore of ${basename(file)} into site ${flags.site}${summary.dryRun ? ' (dry run: nothing written)' : ''}\n  ${summary.lines} lines: ${kinds.join(', ') || 'no items'}\n${summary.errors.map((e) => `  STOPPED at line ${e.line}: ${e.reason}\n`).join('')}`,
    );
    return summary.errors.length ? 1 : 0;
  }
  // Guest keys are HMACs with the stage's ids key: it must be set before the modules that read it load.
  const { useStackAndIdsKey } = await import('../migrations/guest-keys-cli.js');
  useStackAndIdsKey();
  const { siteNow } = await import('../sites/service.js');
  const { config } = await import('../shared/config.js');
  const site = await siteNow(flags.site);
  if (!site)
    throw new UsageError(
      `There is no site ${flags.site} on this stage: create it first (npm run site -- create ${flags.site}).`,
    );
  const { readPageMapping } = await import('./page-ids.js');
  const { importFile } = await import('./importer.js');
  const { writeImportReport } = await import('./import-report.js');
  const summary = await importFile({
    site: flags.site,
    format: format as XmlFormat,
    file,
    table: config.commentsTable,
    maxDepth: site.maxDepth,
    dryRun: flags.dryRun === true,
    mapping: flags.mapping ? readPageMapping(flags.mapping) : undefined,
    linkAccounts: flags.linkAccounts === true,
    onProgress: progress.update,
  });
  progress.stop();
  const report = flags.report ?? `${basename(file)}.import-report.csv`;
  writeImportReport(report, summary.skips, summary.notes, summary.syntaxError);
  printSummary(summary, report);
  return summary.faulty || summary.syntaxError ? 1 : 0;
}

export function importCommand(): Command {
  return new Command('import')
    .description('Import a Disqus or WordPress export, or restore a Réagir export, into a site.')
    .addOption(new Option('--site <site>', 'the site to import into').makeOptionMandatory())
    .argument('<format>', `the file's format: ${FORMATS.join(', ')}`)
    .argument('<file>', 'the export file')
    .option('--dry-run', 'read the file and say what would be written, writing nothing')
    .option(
      '--mapping <file>',
      'a CSV of "url,page" lines: the page id of each thread URL (default: its path)',
    )
    .option(
      '--report <file>',
      'where to write the report of skipped records (default: <file>.import-report.csv)',
    )
    .option('--link-accounts', 'give comments to the confirmed Réagir account of their author email, if any')
    .action(async (format: string, file: string, flags: Flags) => {
      if (!(FORMATS as readonly string[]).includes(format))
        throw new UsageError(`${JSON.stringify(format)} is not a format: use one of ${FORMATS.join(', ')}.`);
      process.exitCode = await runImport(format as SourceFormat, file, flags);
    });
}

// The SDK warns that its 2027 releases need Node 22; the pinned release runs on 20 (as npm start).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

if (process.argv[1]?.endsWith('import-cli.ts')) {
  importCommand()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      const usage =
        error instanceof Error && ['UsageError', 'MappingError', 'RestoreRefusedError'].includes(error.name);
      process.stderr.write(
        `${usage ? '' : 'The import failed: '}${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 2;
    });
}
