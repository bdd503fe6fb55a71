/**
 * `npm run site -- migrate guest-keys`: runs the migration of guest keys (guest-keys.ts) against
 * the local stack or a deployed table, with a progress line and a summary. `--checkpoint <file>`
 * keeps where the scan is, so a run cut short resumes there (the file is removed at the end; a
 * run without it starts over, which is safe: migrated items are left as they are).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { readStackFile, stackFilePath } from '../local/stack-file.js';
import { UsageError } from '../sites/cli-options.js';
import type { MigrationReport } from './guest-keys.js';
import type { Key } from './guest-keys-plan.js';

/**
 * Points the SDK at the local stack unless a table is configured, and makes sure the stage's ids
 * key is the one the API uses: a key made up here would give every guest a key no one else
 * computes. Called before the migration's modules are imported, since they read it at import.
 */
export function useStackAndIdsKey(): void {
  if (process.env.COMMENTS_TABLE) {
    if (process.env.IDS_SECRET || process.env.IDS_SECRET_ARN) return;
    throw new UsageError(
      "Set IDS_SECRET_ARN to the stage's ids secret (the API's IdsSecret, in the api stack): guest keys are HMACs with it.",
    );
  }
  const stack = readStackFile();
  if (!stack) {
    throw new UsageError(
      `No local stack is running (no ${stackFilePath()}): run \`npm start\` first, or set COMMENTS_TABLE, IDS_SECRET_ARN and AWS credentials for a deployed table.`,
    );
  }
  Object.assign(process.env, stack.env);
  const file = join(stack.dataDir, 'ids-secret');
  if (!process.env.IDS_SECRET && !existsSync(file))
    throw new UsageError(`The local stack keeps no ids key (${file}): start it once with \`npm start\`.`);
  process.env.IDS_SECRET ??= readFileSync(file, 'utf8').trim();
}

const line = (r: MigrationReport, total: number | undefined) =>
  `${r.scanned}${total ? ` of ~${total}` : ''} items read: ${r.updated} rewritten, ${r.moved} moved, ` +
  `${r.merged} merged, ${r.superseded} superseded, ${r.left} left in flight`;

/** A progress line on the terminal, rewritten in place; on a log, a line every ten pages. */
function progress(total: number | undefined) {
  let pages = 0;
  return (report: MigrationReport) => {
    pages++;
    const share = total ? ` ${Math.min(100, Math.floor((report.scanned / total) * 100))}%` : '';
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${share} ${line(report, total)}`);
    else if (pages % 10 === 0) process.stderr.write(`${line(report, total)}\n`);
  };
}

function readCheckpoint(file: string | undefined): Key | undefined {
  if (!file || !existsSync(file)) return undefined;
  const key = JSON.parse(readFileSync(file, 'utf8')) as Partial<Key>;
  if (typeof key.pk !== 'string' || typeof key.sk !== 'string')
    throw new UsageError(`${file} is not a checkpoint of this migration: remove it to start over.`);
  return { pk: key.pk, sk: key.sk };
}

/** Adds `migrate guest-keys` to the site CLI. */
export function addMigrateCommands(program: Command): void {
  const migrate = program.command('migrate').description('data migrations, each safe to run again');
  migrate
    .command('guest-keys')
    .description(
      'rewrites every former guest key (a bare hash of the email) as its HMAC with the ids key; run it after deploying the release that brings them, then once more',
    )
    .option('--checkpoint <file>', 'keep the scan position in this file, to resume a run cut short')
    .action(async (flags: { checkpoint?: string }) => {
      useStackAndIdsKey();
      // Imported now: they read the ids key (and the table's name) when loaded.
      const { migrateGuestKeys } = await import('./guest-keys.js');
      const { estimatedItemCount } = await import('./table-size.js');
      const startAfter = readCheckpoint(flags.checkpoint);
      const total = await estimatedItemCount();
      const shown = progress(total);
      if (startAfter) console.error(`Resuming after ${startAfter.pk} ${startAfter.sk}.`);
      const report = await migrateGuestKeys({
        startAfter,
        onPage: (report, resumeAfter) => {
          shown(report);
          if (flags.checkpoint && resumeAfter) writeFileSync(flags.checkpoint, JSON.stringify(resumeAfter));
        },
      });
      if (process.stderr.isTTY) process.stderr.write('\n');
      if (flags.checkpoint) rmSync(flags.checkpoint, { force: true });
      console.log(JSON.stringify(report, null, 2));
      const changed = report.updated + report.moved + report.merged + report.superseded;
      console.error(
        changed || report.left
          ? 'Done. Run it once more: items written with a former key while it ran (decisions on old comments) are taken then; reply alerts in flight are gone within minutes.'
          : 'Done: no former guest key is left.',
      );
    });
}
