/**
 * `npm run export -- --site <site> [--out file] [--include-private]`: writes a site's export
 * (export.ts) as NDJSON to a file or to stdout, against the running local stack or, with
 * COMMENTS_TABLE and AWS credentials set, a deployed table. Progress and the summary go to
 * stderr, so stdout holds the file alone. A file is written under `<file>.part` and renamed once
 * complete: whatever is at `--out` is a whole export. `npm run import -- reagir <file> --site <site>`
 * restores it.
 */
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { useLocalStackUnlessConfigured } from '../local/stack-env.js';
import { stackFilePath } from '../local/stack-file.js';
import { AppError } from '../shared/errors.js';
import { UsageError } from '../sites/cli-options.js';
import { siteIdSchema } from '../sites/schemas.js';
import { type ExportKind, exportSite, lineText } from './export.js';

interface Flags {
  site: string;
  out?: string;
  includePrivate?: boolean;
}

/** The site id flag, or a sentence saying what an id is. */
function siteId(text: string): string {
  const id = siteIdSchema.safeParse(text);
  if (id.success) return id.data;
  throw new UsageError(
    `${JSON.stringify(text)} is not a site id: use lower-case letters, digits and dashes (at most 63).`,
  );
}

/** Writes one line, waiting while the stream's buffer is full (bounded memory). */
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(`${text}\n`)) await once(out, 'drain');
}

/** A progress line on the terminal, rewritten in place; on a log, a line every 10,000 items. */
function progress(stderr: NodeJS.WriteStream) {
  return (items: number, done = false) => {
    if (stderr.isTTY && (done || items % 500 === 0)) stderr.write(`\r\x1b[2K${items} items written`);
    else if (!stderr.isTTY && items % 10_000 === 0 && items) stderr.write(`${items} items written\n`);
    if (done && stderr.isTTY) stderr.write('\n');
  };
}

const summaryOf = (byKind: Map<ExportKind, number>) =>
  [...byKind.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');

async function run(flags: Flags, stderr: NodeJS.WriteStream): Promise<void> {
  const where = useLocalStackUnlessConfigured();
  const stage = process.env.REAGIR_STAGE || (where === 'local' ? 'local' : undefined);
  const lines = exportSite(flags.site, { includePrivate: flags.includePrivate === true, stage });
  // The header first: an unknown site fails here, before any file is made.
  const header = await lines.next();
  if (header.done) return;
  const part = flags.out ? `${flags.out}.part` : undefined;
  const out = part ? createWriteStream(part) : process.stdout;
  const byKind = new Map<ExportKind, number>();
  const shown = progress(stderr);
  let count = 0;
  try {
    await write(out, lineText(header.value));
    for await (const line of lines) {
      if (!('kind' in line)) continue;
      await write(out, lineText(line));
      byKind.set(line.kind, (byKind.get(line.kind) ?? 0) + 1);
      shown(++count);
    }
    if (part && flags.out) {
      out.end();
      await once(out, 'finish');
      renameSync(part, flags.out);
    }
  } catch (error) {
    if (part) {
      out.destroy();
      rmSync(part, { force: true });
    }
    throw error;
  }
  shown(count, true);
  const privacy = flags.includePrivate ? 'with private data' : 'without private data (emails left out)';
  stderr.write(
    `Exported ${count} items of site ${flags.site} ${privacy}${flags.out ? ` to ${flags.out}` : ''}: ${summaryOf(byKind) || 'none'}\n`,
  );
}

/** The message for a failure, as a sentence. */
function messageOf(error: unknown): string {
  if (error instanceof UsageError || error instanceof AppError) return error.message;
  if (error instanceof Error && /ECONNREFUSED|fetch failed/.test(`${error.message} ${error.name}`))
    return `The stack does not answer (${error.message}): is \`npm start\` still running? (${stackFilePath()})`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Runs the command with `argv` (as process.argv: node, script, then the flags); its exit code. */
export async function main(argv: string[], stderr: NodeJS.WriteStream = process.stderr): Promise<number> {
  // The SDK warns that its 2027 releases need Node 22; the pinned release runs on 20 (as npm start).
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const program = new Command('npm run export --')
    .description("Writes a site's settings, pages, comments, moderation and counts as NDJSON.")
    .addOption(new Option('--site <site>', 'site id').argParser(siteId).makeOptionMandatory())
    .option('--out <file>', 'write to this file (default: stdout)')
    .option(
      '--include-private',
      "keep guests' and reporters' emails and reporters' names (the header says so)",
    )
    .addHelpText(
      'after',
      '\nNot exported: SSO keys, webhooks and the team (they belong to the stage), nor anything ephemeral.\nRestore with `npm run import -- reagir <file> --site <site>`.',
    )
    .exitOverride()
    .configureOutput({ writeErr: (text) => stderr.write(text) });
  try {
    await program.parseAsync(argv);
    await run(program.opts<Flags>(), stderr);
    return 0;
  } catch (error) {
    // Commander has printed its own message (a missing or bad flag, --help).
    if (error instanceof CommanderError) return error.exitCode;
    stderr.write(`${messageOf(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv);
