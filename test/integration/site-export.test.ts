/**
 * Integration: a site's export and its restore (issue 17, point 7). A site is built through the
 * API with comments in every status (approved, pending, rejected, spam, deleted with a reply
 * keeping its placeholder), reactions, a guest's report, a ban and a note, a pinned comment and a
 * closed article. Its export, restored into a fresh pair of tables, exports the same again and
 * the widget reads the same threads there; restored over itself it changes nothing and tells
 * the event pipeline nothing. Emails are in the file only when asked for, and the CLI says why
 * it refuses.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DeleteCommand, GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportHeader, exportSite, lineText } from '../../functions/archive/export.js';
import { restoreSite } from '../../functions/archive/restore.js';
import { ensureTables } from '../../functions/local/tables.js';
import { config } from '../../functions/shared/config.js';
import { dynamo } from '../../functions/shared/data/dynamo-client.js';
import { commentKey, siteKey } from '../../functions/shared/data/keys.js';
import { clearSiteCache } from '../../functions/sites/service.js';
import { deleteComment, listComments, postComment } from '../../widget/src/api/comments.js';
import { banAuthor, closePage, decide, listQueue, saveNote } from '../../widget/src/api/moderation.js';
import { reactToComment, reactToPage } from '../../widget/src/api/reactions.js';
import { reportComment } from '../../widget/src/api/reports.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, type Staff, useTestApp } from '../support/use-test-app.js';

const run = promisify(execFile);
// Tables of its own: the export scans the whole table, and the stream reader shows what it tells.
const t = useTestApp({ events: true });
const dir = mkdtempSync(join(tmpdir(), 'reagir-export-'));
const GUEST_EMAIL = `zoe-${process.pid}@lecteurs.example`;
const REPORTER_EMAIL = `marc-${process.pid}@lecteurs.example`;

let site: string;
let moderator: Staff;
let banned: Reader;
const ids: Record<string, string> = {};

/** The site's export: its header and its item lines, sorted (the scan's order is no order). */
async function exported(includePrivate = true, id = site) {
  let header: ExportHeader | undefined;
  const items: string[] = [];
  for await (const line of exportSite(id, { includePrivate })) {
    if ('kind' in line) items.push(lineText(line));
    else header = line;
  }
  return { header: header as ExportHeader, items: items.sort() };
}

/** Writes an export as the CLI does: one JSON line each. */
function file(name: string, header: unknown, items: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${[JSON.stringify(header), ...items].join('\n')}\n`);
  return path;
}

/** What the widget and the console show of the site: both threads, and the queues' counts. */
async function shown() {
  const thread = (page: string) => listComments(t.client(), { site, page, sort: 'oldest' });
  return {
    p: await thread('p'),
    q: await thread('q'),
    queues: (await listQueue(t.client(moderator.idToken), { site, status: 'pending' })).counts,
    banned: (await listComments(t.client(banned.idToken), { site, page: 'p', sort: 'oldest' })).myBan,
  };
}

/** Runs `fn` with the API and the archive pointed at another pair of tables. */
async function inTables<T>(tables: { comments: string; reactions: string }, fn: () => Promise<T>) {
  const saved = { comments: process.env.COMMENTS_TABLE, reactions: process.env.REACTIONS_TABLE };
  Object.assign(process.env, { COMMENTS_TABLE: tables.comments, REACTIONS_TABLE: tables.reactions });
  clearSiteCache();
  try {
    return await fn();
  } finally {
    Object.assign(process.env, { COMMENTS_TABLE: saved.comments, REACTIONS_TABLE: saved.reactions });
    clearSiteCache();
  }
}

const effectCount = async () =>
  (
    await dynamo().send(
      new ScanCommand({
        TableName: config.commentsTable,
        FilterExpression: 'begins_with(pk, :effect)',
        ExpressionAttributeValues: { ':effect': 'EFFECT#' },
        ConsistentRead: true,
      }),
    )
  ).Count ?? 0;

beforeAll(async () => {
  site = await t.site({ holdGuests: true, reactionTypes: ['like', 'love'], reactionsPerReader: 'many' });
  moderator = await t.staff(['moderators'], 'Claire');
  const [alice, bruno] = [await t.reader('Alice'), await t.reader('Bruno')];
  banned = await t.reader('Chloé');
  const mod = t.client(moderator.idToken);
  const post = async (
    who: Reader | undefined,
    body: string,
    more: { parentId?: string; page?: string } = {},
  ) =>
    (
      await postComment(
        t.client(who?.idToken),
        {
          site,
          page: more.page ?? 'p',
          body,
          parentId: more.parentId,
          ...(who ? {} : { author: { name: 'Zoé', email: GUEST_EMAIL } }),
        },
        newKey(),
      )
    ).comment.id;
  ids.deleted = await post(alice, 'Un premier avis, retiré ensuite.');
  ids.reply = await post(bruno, 'Une réponse qui garde la place.', { parentId: ids.deleted });
  await deleteComment(t.client(alice.idToken), ids.deleted);
  ids.pinned = await post(bruno, 'Le commentaire épinglé.');
  await decide(mod, { [ids.pinned]: 'approved' }, 'pin');
  // Bruno's reply alerts are on (an account's default): this reply is mailed to him.
  ids.answer = await post(alice, 'Bien vu.', { parentId: ids.pinned });
  ids.rejected = await post(banned, 'Un avis refusé.');
  await decide(mod, { [ids.rejected]: 'approved' }, 'reject', 'hors charte');
  ids.spam = await post(banned, 'Achetez ici.');
  await decide(mod, { [ids.spam]: 'approved' }, 'spam');
  ids.pending = await post(undefined, 'Un avis de visiteuse, en attente.');
  await reactToComment(t.client(alice.idToken), site, ids.pinned, 'like', true);
  await reactToComment(t.client(alice.idToken), site, ids.pinned, 'love', true);
  await reactToComment(t.client(banned.idToken), site, ids.reply, 'like', true);
  await reactToPage(t.client(bruno.idToken), site, 'p', 'like', true);
  await reportComment(t.client(), ids.reply, {
    reason: 'spam',
    reporter: { name: 'Marc', email: REPORTER_EMAIL },
  });
  await banAuthor(mod, site, banned.user.id, { preset: '30d', reason: 'insultes' });
  await saveNote(mod, site, banned.user.id, 'déjà averti deux fois');
  ids.closed = await post(alice, 'Sur un article fermé depuis.', { page: 'q' });
  await closePage(mod, site, 'q', true);
  // The counts first: their fold writes the comments, whose changes the event pipeline then reads.
  await t.counted();
  await t.app.events?.reader.drain();
}, 120_000);

describe('the export', () => {
  it('starts with a header naming the format, the site and that it holds private data', async () => {
    const { header } = await exported();

    expect(header).toMatchObject({ format: 'reagir-export', version: 1, site, private: true });
    expect(Date.parse(header.exportedAt)).not.toBeNaN();
  });

  it("holds every kind of the site's items and its comments in every status", async () => {
    const lines = (await exported()).items.map((text) => JSON.parse(text));
    const statuses = lines.filter((line) => line.kind === 'comment').map((line) => line.item.status);

    expect(new Set(lines.map((line) => line.kind))).toEqual(
      new Set([
        'site',
        'page',
        'comment',
        'pointer',
        'queue-counts',
        'review-mark',
        'member',
        'report',
        'log',
        'comment-log',
        'author-log',
        'name',
        'stats',
      ]),
    );
    expect(new Set(statuses)).toEqual(new Set(['approved', 'pending', 'rejected', 'spam', 'deleted']));
  });

  it('keeps the reaction counts on the items, and no other site in it', async () => {
    const other = await t.site();
    const foreign = await postComment(
      t.client(),
      { site: other, page: 'p', body: 'ailleurs', author: { name: 'Léa', email: GUEST_EMAIL } },
      newKey(),
    );
    const { items } = await exported();
    const pinned = items.map((text) => JSON.parse(text)).find((line) => line.item.id === ids.pinned);

    expect(pinned.item).toMatchObject({ rx_like: 1, rx_love: 1, pinned: true });
    expect(items.some((text) => text.includes(foreign.comment.id) || text.includes(`#${other}`))).toBe(false);
  });

  it("leaves guests' and reporters' emails out unless asked, and says so in the header", async () => {
    const without = await exported(false);
    const withThem = (await exported(true)).items.join('\n');

    expect(without.header.private).toBe(false);
    expect(without.items.join('\n')).not.toMatch(new RegExp(`${GUEST_EMAIL}|${REPORTER_EMAIL}|reporterName`));
    expect(withThem).toContain(`"guestEmail":"${GUEST_EMAIL}"`);
    expect(withThem).toContain(`"reporterEmail":"${REPORTER_EMAIL}"`);
  });
});

describe('the restore', () => {
  const fresh = {
    comments: `restored-${process.pid}-${Date.now().toString(36)}`,
    reactions: `restored-rx-${process.pid}-${Date.now().toString(36)}`,
  };
  let source: Awaited<ReturnType<typeof exported>>;
  let before: Awaited<ReturnType<typeof shown>>;
  beforeAll(async () => {
    // Nothing left for the stream reader, whose handler follows COMMENTS_TABLE while `inTables` runs.
    await t.app.events?.reader.drain();
    source = await exported();
    before = await shown();
    await ensureTables(String(process.env.DYNAMODB_ENDPOINT), fresh);
  });

  it('restores into fresh tables an export that exports the same again, counts included', async () => {
    const path = file('full.ndjson', source.header, source.items);

    const summary = await inTables(fresh, () => restoreSite(path, { site, dryRun: false }));
    const again = await inTables(fresh, () => exported());

    expect(summary.errors).toEqual([]);
    expect(summary.lines).toBe(source.items.length + 1);
    expect(Object.values(summary.items).reduce((a, b) => a + (b ?? 0), 0)).toBe(source.items.length);
    expect(again.items).toEqual(source.items);
    expect({ ...again.header, exportedAt: '' }).toEqual({ ...source.header, exportedAt: '' });
  });

  it('gives the widget and the console the same threads, counts, reactions and ban there', async () => {
    const after = await inTables(fresh, () => shown());

    expect(after).toEqual(before);
    expect(after.p.comments.length).toBeGreaterThan(1);
    expect(after.banned).toBeDefined();
  });

  it('restored over the live site, changes nothing and tells the event pipeline nothing', async () => {
    // A reply gone from the table comes back with the restore: written anew, it would be mailed again.
    await dynamo().send(
      new DeleteCommand({ TableName: config.commentsTable, Key: commentKey(site, 'p', ids.answer ?? '') }),
    );
    await t.app.events?.reader.drain();
    const effects = await effectCount();
    const path = file('again.ndjson', source.header, source.items);

    await restoreSite(path, { site, dryRun: false });
    await t.app.events?.reader.drain();

    expect((await exported()).items).toEqual(source.items);
    expect(await effectCount()).toBe(effects);
  });

  it('stops at a malformed line with its number, keeping the items before it', async () => {
    const named = (name: string) => {
      const line = JSON.parse(source.items.find((text) => JSON.parse(text).kind === 'site') ?? '');
      line.item.name = name;
      return JSON.stringify(line);
    };
    const foreign = JSON.stringify({ kind: 'comment', item: { pk: 'PAGE#ailleurs#p', sk: 'C#1' } });
    const path = file('bad.ndjson', source.header, [named('Écrit avant'), foreign, named('Jamais écrit')]);

    const summary = await inTables(fresh, () => restoreSite(path, { site, dryRun: false }));
    const kept = await inTables(fresh, () =>
      dynamo().send(
        new GetCommand({ TableName: config.commentsTable, Key: siteKey(site), ConsistentRead: true }),
      ),
    );

    expect(summary).toMatchObject({
      items: { site: 1 },
      lines: 3,
      errors: [{ line: 3, reason: `PAGE#ailleurs#p C#1 is not a comment item of site ${site}` }],
    });
    expect(kept.Item?.name).toBe('Écrit avant');
  });

  it('refuses an export of another site, writing nothing', async () => {
    const path = file('other.ndjson', { ...source.header, site: 'une-autre' }, source.items);

    await expect(restoreSite(path, { site, dryRun: false })).rejects.toThrow(
      `The file is an export of site une-autre, not of ${site}: nothing was restored.`,
    );
  });

  it('writes nothing in a dry run, though it reads every line', async () => {
    const siteLine = source.items.find((text) => JSON.parse(text).kind === 'site') ?? '';
    const changed = JSON.parse(siteLine);
    changed.item.name = 'Changé en essai';
    const path = file('dry.ndjson', source.header, [JSON.stringify(changed)]);

    const summary = await restoreSite(path, { site, dryRun: true });
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: config.commentsTable, Key: { pk: changed.item.pk, sk: changed.item.sk } }),
    );

    expect(summary).toMatchObject({ items: { site: 1 }, errors: [], dryRun: true });
    expect(Item?.name).not.toBe('Changé en essai');
  });
});

describe('npm run export', () => {
  const cli = (...args: string[]) =>
    run('npx', ['tsx', 'functions/archive/export-cli.ts', ...args], { env: process.env }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('writes the file given, without private data unless asked, and sums it up on stderr', async () => {
    const out = join(dir, 'cli.ndjson');

    const result = await cli('--site', site, '--out', out);
    const [header, ...items] = readFileSync(out, 'utf8').trim().split('\n');

    expect(result.code).toBe(0);
    expect(JSON.parse(header ?? '')).toMatchObject({ format: 'reagir-export', site, private: false });
    expect(items.sort()).toEqual((await exported(false)).items);
    expect(result.stderr).toContain(`Exported ${items.length} items of site ${site} without private data`);
  }, 60_000);

  it('refuses a bad site id and an unknown site with exit code 1 and a sentence', async () => {
    const bad = await cli('--site', 'Pas Un Id');
    const unknown = await cli('--site', 'personne-ici');

    expect(bad).toMatchObject({ code: 1, stderr: expect.stringContaining('is not a site id') });
    expect(unknown).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no site personne-ici on this stage'),
    });
  }, 60_000);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
