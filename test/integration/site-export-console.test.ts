/**
 * Integration: the console's site export (issue 17, point 7). A site's administrator starts an
 * export, polls the job until it is done and downloads the file through the link the job gives:
 * NDJSON, its header first, then the site's comments; the guests' emails only when asked for. One
 * export runs at a time per site; a moderator, another site's administrator and a reader are
 * refused; an unknown job is 404; every request is in the site's audit log.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportAnswer, ExportJob } from '../../functions/archive/types.js';
import { grantRole } from '../../functions/sites/team.js';
import { ApiError } from '../../widget/src/api/api-error.js';
import { postComment } from '../../widget/src/api/comments.js';
import { getExport, listExports, startExport } from '../../widget/src/api/exports.js';
import { readLog } from '../../widget/src/api/moderation.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, useTestApp } from '../support/use-test-app.js';

// Tables of its own: an export scans the whole table.
const t = useTestApp({ events: true });
const GUEST_EMAIL = `zoe-${process.pid}@lecteurs.example`;

let site: string;
let admin: Reader;

/** Polls the job every 100 ms until it is no longer running (10 s at most). */
async function settled(id: string, token = admin.idToken): Promise<ExportAnswer> {
  for (let i = 0; i < 100; i++) {
    const job = await getExport(t.client(token), site, id);
    if (job.status !== 'running') return job;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`export ${id} still running after 10 s`);
}

/** The file behind a job's link, as lines of JSON. */
async function downloaded(job: ExportAnswer) {
  const res = await fetch(job.download?.url ?? '');
  const text = await res.text();
  return {
    status: res.status,
    disposition: res.headers.get('content-disposition'),
    text,
    lines: text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown> & { item?: Record<string, unknown> }),
  };
}

const refusal = (call: Promise<unknown>) =>
  call.then(
    () => 'accepted',
    (error: unknown) => (error instanceof ApiError ? `${error.status} ${error.code}` : String(error)),
  );

beforeAll(async () => {
  site = await t.site();
  admin = await t.reader('Rédactrice en chef');
  await grantRole(site, admin.email, 'admin', 'test');
  const reader = await t.reader('Alice');
  for (const body of ['Premier avis', 'Deuxième avis'])
    await postComment(t.client(reader.idToken), { site, page: 'p', body }, newKey());
  await postComment(
    t.client(),
    { site, page: 'p', body: 'Avis d’une invitée', author: { name: 'Zoé', email: GUEST_EMAIL } },
    newKey(),
  );
});

describe('an administrator’s export of the site', () => {
  it('runs, then downloads through its link as NDJSON: the header, then the site’s comments', async () => {
    const started = await startExport(t.client(admin.idToken), site, false);
    expect(started).toMatchObject({ status: 'running', includePrivate: false, site });

    const done = await settled(started.id);

    expect(done).toMatchObject({ status: 'done', requestedByName: 'Rédactrice en chef' });
    expect(done.itemCount).toBeGreaterThanOrEqual(4);
    expect(done.download?.filename).toBe(`${site}-${done.createdAt.slice(0, 10)}.ndjson`);
    const file = await downloaded(done);
    expect(file.status).toBe(200);
    expect(file.disposition).toBe(`attachment; filename="${done.download?.filename}"`);
    expect(Buffer.byteLength(file.text)).toBe(done.bytes);
    expect(file.lines[0]).toMatchObject({ format: 'reagir-export', version: 1, site, private: false });
    expect(file.lines.length - 1).toBe(done.itemCount);
    const bodies = file.lines.filter((line) => line.kind === 'comment').map((line) => line.item?.body);
    expect(bodies.sort()).toEqual(['Avis d’une invitée', 'Deuxième avis', 'Premier avis']);
    expect(file.text).not.toContain(GUEST_EMAIL);
  });

  it('keeps the guests’ emails only when asked for, and says so in the header', async () => {
    const started = await startExport(t.client(admin.idToken), site, true);

    const file = await downloaded(await settled(started.id));

    expect(file.lines[0]).toMatchObject({ format: 'reagir-export', private: true });
    expect(file.text).toContain(GUEST_EMAIL);
  });

  it('lists the site’s exports newest first, without links', async () => {
    const { exports } = await listExports(t.client(admin.idToken), site);

    expect(exports.length).toBeGreaterThanOrEqual(2);
    expect(exports.map((job) => job.createdAt)).toEqual(
      exports
        .map((job) => job.createdAt)
        .sort()
        .reverse(),
    );
    expect(exports[0]).toMatchObject({ status: 'done', includePrivate: true });
    expect(exports[0]).not.toHaveProperty('download');
  });

  it('logs each request in the site’s audit log, the one with emails apart', async () => {
    const { entries } = await readLog(t.client(admin.idToken), site);

    const actions = entries.map((entry) => entry.action);
    expect(actions).toContain('site_export');
    expect(actions).toContain('site_export_private');
    expect(entries.find((entry) => entry.action === 'site_export_private')).toMatchObject({
      actorName: 'Rédactrice en chef',
    });
  });

  it('refuses a second export while one runs on the site', async () => {
    const first = await startExport(t.client(admin.idToken), site, false);

    const second = await refusal(startExport(t.client(admin.idToken), site, false));

    expect(second).toBe('409 export_running');
    await settled(first.id);
  });

  it('accepts a start without a body: no emails', async () => {
    const res = await t.raw<ExportJob>('POST', `/v1/sites/${site}/exports`, undefined, {
      authorization: `Bearer ${admin.idToken}`,
    });

    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'running', includePrivate: false });
    await settled(res.body.id);
  });
});

describe('who may export', () => {
  it('refuses a moderator of the site', async () => {
    const moderator = await t.reader('Modératrice');
    await grantRole(site, moderator.email, 'moderator', 'test');

    expect(await refusal(startExport(t.client(moderator.idToken), site, false))).toBe('403 forbidden');
    expect(await refusal(listExports(t.client(moderator.idToken), site))).toBe('403 forbidden');
  });

  it('refuses another site’s administrator, even naming a job of this site', async () => {
    const { exports } = await listExports(t.client(admin.idToken), site);
    const other = await t.site();
    const stranger = await t.reader('Autre rédaction');
    await grantRole(other, stranger.email, 'admin', 'test');
    const job = exports[0]?.id ?? '';

    expect(await refusal(getExport(t.client(stranger.idToken), site, job))).toBe('403 forbidden');
    expect(await refusal(listExports(t.client(stranger.idToken), site))).toBe('403 forbidden');
    // On their own site, this site's job does not exist.
    expect(await refusal(getExport(t.client(stranger.idToken), other, job))).toBe('404 not_found');
  });

  it('answers 404 for an unknown job, 400 for an id that is none', async () => {
    expect(await refusal(getExport(t.client(admin.idToken), site, '01J9Z3NDEKTSV4RRFFQ69G5FAV'))).toBe(
      '404 not_found',
    );
    expect(await refusal(getExport(t.client(admin.idToken), site, '..%2Fsecret'))).toBe(
      '400 invalid_request',
    );
  });

  it('refuses a forged or altered download link', async () => {
    const { exports } = await listExports(t.client(admin.idToken), site);
    const done = await getExport(t.client(admin.idToken), site, exports[0]?.id ?? '');
    const url = done.download?.url ?? '';

    const altered = await fetch(`${url.slice(0, -2)}xx`);
    const forged = await fetch(
      `${t.app.url}/_dev/exports/${Buffer.from('{"name":"x"}').toString('base64url')}.abc`,
    );

    expect([altered.status, forged.status]).toEqual([404, 404]);
    expect((await fetch(url)).status).toBe(200);
  });
});
