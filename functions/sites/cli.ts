/**
 * `npm run site -- <get|create|update> <id> [options]`: manages sites against the local stack
 * (while `npm start` runs) or, with COMMENTS_TABLE and AWS credentials set, a deployed table.
 *
 * Options: --name, --moderation pre|post, --guests true|false, --origin URL (repeatable: the
 * whole list, replacing the site's), --add-origin URL (repeatable: added to the site's list),
 * --max-depth N, --max-length N, --edit-window SECONDS, --languages fr,en,
 * --reaction-types like,love, --banned-words a,b, --suspect-words a,b, --max-links N,
 * --hold-first N, --report-threshold N, --charter-url URL, --privacy-url URL ('' removes a link).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getSite } from './repository.js';
import { type SiteSettings, siteIdSchema } from './schemas.js';
import { saveSite } from './service.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    moderation: { type: 'string' },
    guests: { type: 'string' },
    origin: { type: 'string', multiple: true },
    'add-origin': { type: 'string', multiple: true },
    'max-depth': { type: 'string' },
    'max-length': { type: 'string' },
    'edit-window': { type: 'string' },
    languages: { type: 'string' },
    'reaction-types': { type: 'string' },
    'banned-words': { type: 'string' },
    'suspect-words': { type: 'string' },
    'max-links': { type: 'string' },
    'hold-first': { type: 'string' },
    'report-threshold': { type: 'string' },
    'charter-url': { type: 'string' },
    'privacy-url': { type: 'string' },
  },
});

const list = (text: string | undefined) =>
  text
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const int = (text: string | undefined) => (text === undefined ? undefined : Number(text));

/** `--origin` gives the whole list; `--add-origin` adds to it (or to the site's, without `--origin`). */
function origins(existing: readonly string[] | undefined): string[] | undefined {
  const added = values['add-origin'];
  if (!added) return values.origin;
  return [...new Set([...(values.origin ?? existing ?? []), ...added])];
}

function changesFromOptions(existing: SiteSettings | undefined): Partial<SiteSettings> {
  const changes: Record<string, unknown> = {
    name: values.name,
    moderation: values.moderation,
    guests: values.guests === undefined ? undefined : values.guests === 'true',
    allowedOrigins: origins(existing?.allowedOrigins),
    maxDepth: int(values['max-depth']),
    maxLength: int(values['max-length']),
    editWindowSeconds: int(values['edit-window']),
    languages: list(values.languages),
    reactionTypes: list(values['reaction-types']),
    bannedWords: list(values['banned-words']),
    suspectWords: list(values['suspect-words']),
    maxLinks: int(values['max-links']),
    holdFirstComments: int(values['hold-first']),
    reportThreshold: int(values['report-threshold']),
    charterUrl: values['charter-url'],
    privacyUrl: values['privacy-url'],
  };
  for (const key of Object.keys(changes)) if (changes[key] === undefined) delete changes[key];
  return changes as Partial<SiteSettings>;
}

function useLocalStackUnlessConfigured(): void {
  if (process.env.COMMENTS_TABLE) return;
  const file = resolve(process.env.DATA_DIR ?? '.data', 'local-stack.json');
  if (!existsSync(file)) {
    throw new Error(
      'No COMMENTS_TABLE set and no local stack found: run `npm start` first, or set COMMENTS_TABLE.',
    );
  }
  Object.assign(process.env, JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
}

async function main(): Promise<void> {
  const [command, rawId] = positionals;
  const id = siteIdSchema.safeParse(rawId);
  if (!command || !['get', 'create', 'update'].includes(command) || !id.success) {
    throw new Error(
      'Usage: npm run site -- <get|create|update> <site-id> [options]; ids are lower-case letters, digits and dashes.',
    );
  }
  useLocalStackUnlessConfigured();
  const existing = await getSite(id.data);
  if (command === 'get') {
    if (!existing) throw new Error(`No site ${id.data}.`);
    console.log(JSON.stringify(existing, null, 2));
    return;
  }
  if (command === 'create' && existing) throw new Error(`Site ${id.data} exists; use update.`);
  if (command === 'update' && !existing) throw new Error(`No site ${id.data}; use create.`);
  console.log(JSON.stringify(await saveSite(id.data, changesFromOptions(existing)), null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
