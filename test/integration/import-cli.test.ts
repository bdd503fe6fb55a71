/**
 * Integration: `npm run import` as a site owner runs it, a process of its own against this
 * file's tables. A file of another format is named and refused before anything is read; records
 * the file has wrong are in the report file with their source ids, and the exit code says so; an
 * import killed in the middle and run again ends with every comment once and exact counts.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { commentsByStatus, countProblems } from '../support/archive-checks.js';
import { disqusXml, wordpressXml, writeLargeDisqusFile } from '../support/archive-files.js';
import { useTestApp } from '../support/use-test-app.js';

vi.hoisted(() => {
  process.env.IDS_SECRET = "clé des identifiants du test de l'outil d'import";
});

const exec = promisify(execFile);
const t = useTestApp();
const dir = mkdtempSync(join(tmpdir(), 'reagir-import-cli-'));

const cli = (...args: string[]) =>
  exec('npx', ['tsx', 'functions/archive/import-cli.ts', ...args], {
    env: process.env,
    maxBuffer: 8 << 20,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

const thread = (posts: Parameters<typeof disqusXml>[0]['threads'][number]['posts']) => ({
  threads: [{ id: '7', url: 'https://www.example.fr/article.html', title: 'Article', posts }],
});

describe('npm run import', () => {
  it('names the format of a file that is not the one asked for, and writes nothing', async () => {
    const site = await t.site();
    const file = join(dir, 'export.xml');
    writeFileSync(
      file,
      wordpressXml(thread([{ id: '1', html: 'x', createdAt: '2020-01-01T00:00:00Z', name: 'A' }])),
    );
    const answer = await cli('disqus', file, '--site', site);
    expect(answer.code).toBe(2);
    expect(answer.stderr).toContain('is a WordPress export (WXR), not a Disqus export');
    expect(answer.stderr).toContain(`npm run import -- wordpress ${file} --site ${site}`);
    expect(await commentsByStatus(site)).toEqual({});
    const missing = await cli('wordpress', file, '--site', 'no-such-site-here');
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('There is no site no-such-site-here');
  });

  it('lists what it could not import in the report, and says so in its exit code', async () => {
    const site = await t.site();
    const file = join(dir, 'faulty.xml');
    const report = join(dir, 'faulty-report.csv');
    const spec = thread([
      { id: '1', html: '<p>Bien</p>', createdAt: '2020-01-01T10:00:00Z', name: 'A', email: 'a@example.fr' },
      { id: '2', html: '<p>Date</p>', dateText: 'hier soir', name: 'B', email: 'b@example.fr' },
      { id: '3', html: '<p>Perdu</p>', createdAt: '2020-01-02T10:00:00Z', name: 'C', threadRef: '404' },
      { id: '4', html: '<p>Pourriel</p>', createdAt: '2020-01-02T10:00:00Z', name: 'D', spam: true },
    ]);
    writeFileSync(file, disqusXml(spec));
    const answer = await cli('disqus', file, '--site', site, '--report', report);
    expect(answer.code).toBe(1);
    expect(answer.stdout).toContain('imported: 1 comments');
    expect(answer.stdout).toMatch(/skipped: .*spam 1.*/);
    const lines = readFileSync(report, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('source_id,line,outcome,reason,detail');
    expect(lines).toContainEqual(expect.stringMatching(/^2,\d+,skipped,bad_date,hier soir$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^3,\d+,skipped,orphan,thread 404 is not in the file$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^4,\d+,skipped,spam,$/));
  });

  it('restores a Réagir export, and refuses one of another site', async () => {
    const site = await t.site();
    const file = join(dir, 'site.ndjson');
    writeFileSync(
      join(dir, 'small.xml'),
      disqusXml(
        thread([
          {
            id: '1',
            html: '<p>Gardé</p>',
            createdAt: '2020-01-01T10:00:00Z',
            name: 'A',
            email: 'a@example.fr',
          },
        ]),
      ),
    );
    expect(
      (await cli('disqus', join(dir, 'small.xml'), '--site', site, '--report', join(dir, 'small.csv'))).code,
    ).toBe(0);
    const exported = await exec(
      'npx',
      ['tsx', 'functions/archive/export-cli.ts', '--site', site, '--out', file],
      { env: process.env },
    );
    expect(exported.stderr).toContain('comment');
    const before = await commentsByStatus(site);

    const restored = await cli('reagir', file, '--site', site);
    expect(restored).toMatchObject({ code: 0 });
    expect(restored.stdout).toMatch(/restore of site\.ndjson into site .*\n {2}\d+ lines: .*comment 1/);
    expect(await commentsByStatus(site)).toEqual(before);
    const other = await cli('reagir', file, '--site', await t.site());
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(site);
  });

  it('ends with every comment once and exact counts when killed in the middle and run again', async () => {
    const file = join(dir, 'large.xml');
    await writeLargeDisqusFile(file, { threads: 40, posts: 6_000 });
    const reference = await t.site({ maxDepth: 3 });
    const whole = await cli('disqus', file, '--site', reference, '--report', join(dir, 'whole.csv'));
    expect(whole.code).toBe(0);
    const expected = await commentsByStatus(reference);

    const site = await t.site({ maxDepth: 3 });
    const child: ChildProcess = spawn(
      'npx',
      ['tsx', 'functions/archive/import-cli.ts', 'disqus', file, '--site', site],
      {
        env: process.env,
        detached: true,
      },
    );
    // Killed once it has written some comments, before the pages and queues are counted.
    let exited = false;
    child.on('exit', () => {
      exited = true;
    });
    const total = async () => Object.values(await commentsByStatus(site)).reduce((a, b) => a + b, 0);
    while ((await total()) < 500) {
      if (exited) throw new Error('the import ended before it could be killed: make the file larger');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    process.kill(-(child.pid as number), 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const partial = Object.values(await commentsByStatus(site)).reduce((a, b) => a + b, 0);
    expect(partial).toBeLessThan(Object.values(expected).reduce((a, b) => a + b, 0));

    const rerun = await cli('disqus', file, '--site', site, '--report', join(dir, 'rerun.csv'));
    expect(rerun.code).toBe(0);
    expect(await commentsByStatus(site)).toEqual(expected);
    expect(await countProblems(site)).toEqual([]);
  }, 240_000);
});
