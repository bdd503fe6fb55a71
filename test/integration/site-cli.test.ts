/**
 * Integration: `npm run site` against the test run's DynamoDB Local: origins added one at a
 * time or replaced as a list, and the charter and privacy links set, refused when not http(s);
 * a site it creates works at once, even right after a request asked the API for it. Flags are
 * typed and validated like the API's settings, with errors as sentences; `--help` lists every
 * setting; `list` and `delete`; the running stack found through its stack file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeStackFile } from '../../functions/local/stack-file.js';
import { settingFlags } from '../../functions/sites/cli-options.js';
import { getSite } from '../../functions/sites/repository.js';
import { SITE_CACHE_MS } from '../../functions/sites/service.js';
import { useTestApp } from '../support/use-test-app.js';

const run = promisify(execFile);

// Starting the app points process.env (inherited by the CLI) at this run's tables.
const t = useTestApp();

/** Runs the CLI as `npm run site -- ...args` would; resolves with its exit code and output. */
const site = (...args: string[]) => siteWith(process.env, ...args);

/** Runs the CLI with the given environment. */
const siteWith = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  run('npx', ['tsx', 'functions/sites/cli.ts', ...args], { env }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe('npm run site', () => {
  it('creates a site the API serves at once, though a request found none a moment before', async () => {
    const id = `fresh-${process.pid}-${Date.now().toString(36)}`;
    const before = await t.raw('GET', `/v1/counts?site=${id}&page=a`);

    const created = await site('create', id);
    const after = await t.raw('GET', `/v1/counts?site=${id}&page=a`);

    expect(before.status).toBe(404);
    expect(created.code).toBe(0);
    expect(after.status).toBe(200);
  }, 60_000);

  it('adds an origin with --add-origin, keeping the others', async () => {
    const id = await t.site({ allowedOrigins: ['https://www.example.fr'] });

    const result = await site('update', id, '--add-origin', 'http://localhost:8080');

    expect(result.code).toBe(0);
    expect((await getSite(id))?.allowedOrigins).toEqual(['https://www.example.fr', 'http://localhost:8080']);
  }, 60_000);

  it('replaces the list with --origin', async () => {
    const id = await t.site({ allowedOrigins: ['https://www.example.fr'] });

    await site('update', id, '--origin', 'https://m.example.fr');

    expect((await getSite(id))?.allowedOrigins).toEqual(['https://m.example.fr']);
  }, 60_000);

  it('sets the charter and privacy links, and removes one with an empty value', async () => {
    const id = await t.site({ privacyUrl: 'https://www.example.fr/vie-privee' });

    await site('update', id, '--charter-url', 'https://www.example.fr/charte', '--privacy-url', '');

    expect(await getSite(id)).toMatchObject({ charterUrl: 'https://www.example.fr/charte', privacyUrl: '' });
  }, 60_000);

  it('refuses a link that is not http(s)', async () => {
    const id = await t.site();

    const result = await site('update', id, '--charter-url', 'javascript:alert(1)');

    expect(result.code).toBe(1);
    expect((await getSite(id))?.charterUrl).toBe('');
  }, 60_000);

  it('refuses a flag that is not of the setting type, saying what it takes', async () => {
    const id = await t.site({ guests: true });

    const result = await site('update', id, '--guests', 'oui');

    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('--guests takes true or false, not "oui".');
    expect((await getSite(id))?.guests).toBe(true);
  }, 60_000);

  it('refuses a value out of the schema bounds, naming the flag and the range', async () => {
    const id = await t.site();

    const result = await site('update', id, '--max-depth', '12');

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--max-depth must be at most 10: it takes a whole number from 0 to 10.');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 60_000);

  it('sets a setting through its derived flag', async () => {
    const id = await t.site();

    const result = await site('update', id, '--hold-guests', 'true', '--classifier-threshold', '0.5');

    expect(result.code).toBe(0);
    expect(await getSite(id)).toMatchObject({ holdGuests: true, classifierThreshold: 0.5 });
  }, 60_000);

  it('lists every setting in the help of update', async () => {
    const result = await site('update', '--help');

    expect(result.code).toBe(0);
    for (const flag of settingFlags) expect(result.stdout).toContain(`--${flag.name} `);
  }, 60_000);

  it('lists the sites', async () => {
    const id = await t.site({ name: 'La Gazette du test' });

    const result = await site('list');

    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toContainEqual(
      expect.stringMatching(new RegExp(`^${id}\tLa Gazette du test\t`)),
    );
  }, 60_000);

  it('deletes a site only with --yes', async () => {
    const id = await t.site();

    const unconfirmed = await site('delete', id);
    const kept = await getSite(id);
    const confirmed = await site('delete', id, '--yes');

    expect(unconfirmed).toMatchObject({ code: 1, stderr: expect.stringContaining('--yes') });
    expect(kept).toBeDefined();
    expect(confirmed.code).toBe(0);
    expect(await getSite(id)).toBeUndefined();
    expect((await t.raw('GET', `/v1/counts?site=${id}&page=a`)).status).toBe(404);
  }, 60_000);

  it('finds the running stack through its stack file, whatever DATA_DIR it was started with', async () => {
    const id = await t.site({ name: 'Trouvé' });
    const file = join(mkdtempSync(join(tmpdir(), 'reagir-stack-')), 'stack.json');
    process.env.REAGIR_STACK_FILE = file;
    writeStackFile('/somewhere/else/data');
    delete process.env.REAGIR_STACK_FILE;
    const { COMMENTS_TABLE: _table, DYNAMODB_ENDPOINT: _endpoint, ...env } = process.env;

    const result = await siteWith({ ...env, REAGIR_STACK_FILE: file, DATA_DIR: '/not/the/stack' }, 'get', id);

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id, name: 'Trouvé' });
  }, 60_000);

  it('says no stack runs when there is no stack file and no table', async () => {
    const { COMMENTS_TABLE: _table, ...env } = process.env;

    const result = await siteWith(
      { ...env, REAGIR_STACK_FILE: join(tmpdir(), 'no-such-stack.json') },
      'list',
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No local stack is running');
  }, 60_000);

  it(
    'changes a setting the API, which had the site cached, applies within its cache time',
    async () => {
      const id = await t.site({ maxLength: 5000 });
      const thread = () =>
        t
          .raw<{ site: { maxLength: number } }>('GET', `/v1/comments?site=${id}&page=cache`)
          .then((r) => r.body.site);
      await thread();

      await site('update', id, '--max-length', '3000');
      const changed = Date.now();
      while ((await thread()).maxLength !== 3000 && Date.now() - changed < SITE_CACHE_MS + 5000)
        await new Promise((wake) => setTimeout(wake, 200));

      expect((await thread()).maxLength).toBe(3000);
      expect(Date.now() - changed).toBeLessThan(SITE_CACHE_MS + 1000);
    },
    SITE_CACHE_MS + 30_000,
  );
});
