/**
 * `npm run site -- <command>`: manages sites against the running local stack (`npm start`, found
 * through its stack file whatever its DATA_DIR) or, with COMMENTS_TABLE and AWS credentials set,
 * a deployed table. `npm run site -- --help` lists the commands; `npm run site -- update --help`
 * lists every setting's flag, derived from the settings schema (cli-options.ts).
 */
import { Command, Option } from 'commander';
import { useLocalStackUnlessConfigured } from '../local/stack-env.js';
import { stackFilePath } from '../local/stack-file.js';
import { addMigrateCommands } from '../migrations/guest-keys-cli.js';
import { AppError } from '../shared/errors.js';
import { changesFromFlags, type SettingFlag, settingFlags, UsageError } from './cli-options.js';
import { type Site, type SiteSettings, siteIdSchema } from './schemas.js';
import { listSites, saveSite, siteNow } from './service.js';
import { removeSite } from './site-removal.js';
import { addSsoCommands } from './sso-cli.js';
import { addOperatorCommands, addTeamCommands } from './team-cli.js';

/** Commander's options: each setting's under its flag's camel-cased name, and `addOrigin`. */
type Flags = Record<string, string | string[] | undefined> & { addOrigin?: string[] };

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The site id argument, or a sentence saying what an id is. */
function siteId(text: string): string {
  const id = siteIdSchema.safeParse(text);
  if (id.success) return id.data;
  throw new UsageError(
    `${JSON.stringify(text)} is not a site id: use lower-case letters, digits and dashes (at most 63).`,
  );
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds one flag per setting to a command that changes settings. */
function withSettingFlags(command: Command): Command {
  for (const flag of settingFlags) command.addOption(settingOption(flag));
  command.addOption(
    new Option('--add-origin <origin>', 'add an origin to the list (repeatable)').argParser(collect),
  );
  return command;
}

function settingOption(flag: SettingFlag): Option {
  const placeholder = flag.kind === 'boolean' ? 'true|false' : flag.kind === 'number' ? 'n' : 'value';
  const option = new Option(
    `--${flag.name} <${placeholder}>`,
    `${flag.key}: ${flag.accepts} (default ${flag.byDefault})`,
  );
  return flag.key === 'allowedOrigins' ? option.argParser(collect) : option;
}

/** The settings the flags give, validated before anything is read (a typo costs no request). */
function changesOf(flags: Flags): Partial<SiteSettings> {
  return changesFromFlags(
    Object.fromEntries(settingFlags.map((flag) => [flag.key, flags[camel(flag.name)]])),
  );
}

/** `--origin` gives the whole list; `--add-origin` adds to it (or to the site's, without `--origin`). */
function withAddedOrigins(changes: Partial<SiteSettings>, flags: Flags, existing: Site | undefined) {
  if (!flags.addOrigin) return changes;
  const added = changesFromFlags({ allowedOrigins: flags.addOrigin }).allowedOrigins ?? [];
  const base = changes.allowedOrigins ?? existing?.allowedOrigins ?? [];
  return { ...changes, allowedOrigins: [...new Set([...base, ...added])] };
}

// The SDK warns that its 2027 releases need Node 22; the pinned release runs on 20 (as npm start).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const print = (value: unknown) => console.log(JSON.stringify(value, null, 2));

const program = new Command('npm run site --')
  .description('Creates, changes, lists and deletes the sites of the local stack or of a deployed table.')
  .showHelpAfterError('(add --help for usage)')
  .addHelpText(
    'after',
    '\nThe local stack is the one `npm start` runs (any DATA_DIR); set COMMENTS_TABLE and AWS credentials for a deployed table.\nSettings apply to the API within a minute (its site cache).',
  );

program
  .command('get')
  .description("prints a site's settings")
  .argument('<site>', 'site id', siteId)
  .action(async (id: string) => {
    useLocalStackUnlessConfigured();
    const site = await siteNow(id);
    if (!site)
      throw new UsageError(`There is no site ${id}: create it with \`npm run site -- create ${id}\`.`);
    print(site);
  });

program
  .command('list')
  .description('lists every site: id, name, moderation and origins (reads the whole table)')
  .action(async () => {
    useLocalStackUnlessConfigured();
    const sites = await listSites();
    if (!sites.length) console.log('No site yet: create one with `npm run site -- create <site>`.');
    for (const site of sites)
      console.log([site.id, site.name, site.moderation, site.allowedOrigins.join(' ')].join('\t'));
  });

withSettingFlags(
  program
    .command('create')
    .description('creates a site with the given settings (the others take their defaults)')
    .argument('<site>', 'site id: lower-case letters, digits and dashes', siteId),
).action(async (id: string, flags: Flags) => {
  const changes = withAddedOrigins(changesOf(flags), flags, undefined);
  useLocalStackUnlessConfigured();
  if (await siteNow(id)) throw new UsageError(`Site ${id} exists: change it with \`update\`.`);
  print(await saveSite(id, changes));
});

withSettingFlags(
  program
    .command('update')
    .description('changes the given settings of a site (the others stay as they are)')
    .argument('<site>', 'site id', siteId),
).action(async (id: string, flags: Flags) => {
  const changes = changesOf(flags);
  useLocalStackUnlessConfigured();
  const existing = await siteNow(id);
  if (!existing) throw new UsageError(`There is no site ${id}: create it with \`create\`.`);
  print(await saveSite(id, withAddedOrigins(changes, flags, existing)));
});

program
  .command('delete')
  .description(
    'deletes a site, its team, invitations and SSO keys: the API answers site_not_found for it (its comments stay in the table)',
  )
  .argument('<site>', 'site id', siteId)
  .option('--yes', 'confirm the deletion')
  .action(async (id: string, flags: { yes?: boolean }) => {
    if (!flags.yes) throw new UsageError(`Deleting site ${id} cannot be undone: add --yes to confirm.`);
    useLocalStackUnlessConfigured();
    if (!(await removeSite(id))) throw new UsageError(`There is no site ${id}.`);
    console.log(`Site ${id} deleted.`);
  });

addSsoCommands(program, { siteId, useStack: useLocalStackUnlessConfigured });
addTeamCommands(program, { siteId, useStack: useLocalStackUnlessConfigured });
addOperatorCommands(program, { useStack: useLocalStackUnlessConfigured });
addMigrateCommands(program);

program.parseAsync().catch((error: unknown) => {
  // A UsageError is already a sentence; anything else (DynamoDB unreachable…) gets one too.
  if (error instanceof UsageError || error instanceof AppError) console.error(error.message);
  else if (error instanceof Error && /ECONNREFUSED|fetch failed/.test(`${error.message} ${error.name}`))
    console.error(
      `The stack does not answer (${error.message}): is \`npm start\` still running? (${stackFilePath()})`,
    );
  else console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  process.exit(1);
});
