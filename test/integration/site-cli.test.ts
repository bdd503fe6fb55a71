/**
 * Integration: `npm run site` against the test run's DynamoDB Local: origins added one at a
 * time or replaced as a list, and the charter and privacy links set, refused when not http(s);
 * a site it creates works at once, even right after a request asked the API for it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { getSite } from '../../functions/sites/repository.js';
import { useTestApp } from '../support/use-test-app.js';

const run = promisify(execFile);

// Starting the app points process.env (inherited by the CLI) at this run's tables.
const t = useTestApp();

/** Runs the CLI as `npm run site -- ...args` would; resolves with its exit code and output. */
const site = (...args: string[]) =>
  run('npx', ['tsx', 'functions/sites/cli.ts', ...args], { env: process.env }).then(
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
});
