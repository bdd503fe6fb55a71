/**
 * Integration: the move of guest keys from bare email hashes to HMACs (issue 16, point 6). Data
 * is written as the former release wrote it (a guest's comments, idempotency records, member
 * with a ban and a note, network, author log, a report by the guest) by writing through the API
 * and then putting every item back under the former key with the SDK. Before the migration the
 * guest stays banned and found by email; `npm run site -- migrate guest-keys` then moves every
 * item, the guest's comments stay theirs, and a second run changes nothing.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DeleteCommand, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { config } from '../../functions/shared/config.js';
import { dynamo } from '../../functions/shared/data/dynamo-client.js';
import { memberKey } from '../../functions/shared/data/keys.js';
import { guestKey, legacyGuestKey } from '../../functions/shared/guest-key.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { postComment } from '../../widget/src/api/comments.js';
import { authorHistory, banAuthor, saveNote, searchComments } from '../../widget/src/api/moderation.js';
import { reportComment } from '../../widget/src/api/reports.js';
import { newKey } from '../support/test-fetcher.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

// The ids key of this file's process, set before any module reads it, so that the CLI run as a
// process of its own computes the same keys as the handlers here.
vi.hoisted(() => {
  process.env.IDS_SECRET = 'clé des identifiants du test de migration';
});

const run = promisify(execFile);
// Tables of its own: the migration scans the whole table.
const t = useTestApp({ events: true });
let moderator: Staff;

type Item = Record<string, unknown>;

async function scanAll(): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new ScanCommand({ TableName: config.commentsTable, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

const holding = async (key: string) => (await scanAll()).filter((item) => JSON.stringify(item).includes(key));

const replaced = (value: unknown, from: string, to: string): unknown => {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((entry) => replaced(entry, from, to));
  if (value instanceof Set) return new Set([...value].map((entry) => replaced(entry, from, to)));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaced(v, from, to)]));
  return value;
};

/** Puts every item holding the guest's key back as the former release wrote it: under their bare hash. */
async function asFormerRelease(email: string): Promise<void> {
  const [current, former] = [guestKey(email), legacyGuestKey(email)];
  for (const item of await holding(current)) {
    const old = replaced(item, current, former) as Item;
    await dynamo().send(new PutCommand({ TableName: config.commentsTable, Item: old }));
    if (old.pk !== item.pk || old.sk !== item.sk)
      await dynamo().send(
        new DeleteCommand({ TableName: config.commentsTable, Key: { pk: item.pk, sk: item.sk } }),
      );
  }
}

/** `npm run site -- migrate guest-keys` against this file's tables; its summary. */
async function migrate() {
  const { stdout } = await run('npx', ['tsx', 'functions/sites/cli.ts', 'migrate', 'guest-keys'], {
    env: process.env,
  });
  return JSON.parse(stdout) as Record<string, number>;
}

const snapshot = async () =>
  (await scanAll()).map((item) => JSON.stringify(item, Object.keys(item).sort())).sort();

const mod = () => t.client(moderator.idToken);
let n = 0;
const email = (name: string) => `${name}-${process.pid}-${n++}@lecteurs.example`;
const asGuest = (site: string, address: string, body = `mon avis ${n++}`) =>
  postComment(t.client(), { site, page: 'p', body, author: { name: 'Zoé', email: address } }, newKey());
const postAgain = (site: string, address: string) =>
  t.raw<ErrorBody>('POST', '/v1/comments', {
    site,
    page: 'p',
    body: `encore ${n++}`,
    author: { name: 'Zoé', email: address },
  });

/**
 * A guest with two comments, a report of another's comment, a ban with its network and a note;
 * and a second guest who reported one of theirs.
 */
async function formerGuest(site: string) {
  const [address, reporter] = [email('zoe'), email('marc')];
  const mine = [await asGuest(site, address), await asGuest(site, address)];
  const reader = await t.reader('Autre');
  const other = await postComment(
    t.client(reader.idToken),
    { site, page: 'p', body: 'à signaler' },
    newKey(),
  );
  await reportComment(t.client(), other.comment.id, {
    reason: 'spam',
    reporter: { name: 'Zoé', email: address },
  });
  const reported = mine[0]?.comment.id ?? '';
  await reportComment(t.client(), reported, { reason: 'spam', reporter: { name: 'Marc', email: reporter } });
  await banAuthor(mod(), site, guestKey(address), { preset: '30d', reason: 'insultes', network: true });
  await saveNote(mod(), site, guestKey(address), 'déjà averti');
  await asFormerRelease(address);
  await asFormerRelease(reporter);
  return { address, reporter, reported, mine: mine.map((posted) => posted.comment.id) };
}

beforeAll(async () => {
  moderator = await t.staff(['moderators'], 'Claire');
});

describe('before the migration', () => {
  let site: string;
  let guest: Awaited<ReturnType<typeof formerGuest>>;
  beforeAll(async () => {
    site = await t.site();
    guest = await formerGuest(site);
  });

  it('holds only former keys for the guest', async () => {
    expect(await holding(guestKey(guest.address))).toEqual([]);
    expect((await holding(legacyGuestKey(guest.address))).length).toBeGreaterThan(5);
  });

  it('keeps the guest banned when they post again with the same email', async () => {
    const again = await postAgain(site, guest.address.toUpperCase());

    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe('banned');
  });

  it('finds their comments by email', async () => {
    const found = await searchComments(mod(), { site, q: guest.address });

    expect(found.comments.map((c) => c.comment.id).sort()).toEqual([...guest.mine].sort());
  });

  it('shows their comments and ban on the panel of the key their comments carry', async () => {
    const panel = await authorHistory(mod(), site, legacyGuestKey(guest.address));

    expect(panel.comments.map((c) => c.id).sort()).toEqual([...guest.mine].sort());
    expect(panel.member.bannedUntil).toBeTruthy();
  });
});

describe('npm run site -- migrate guest-keys', () => {
  let site: string;
  let guest: Awaited<ReturnType<typeof formerGuest>>;
  let first: Record<string, number>;
  beforeAll(async () => {
    site = await t.site();
    guest = await formerGuest(site);
    first = await migrate();
  }, 120_000);

  it('leaves no former key in the table', async () => {
    expect(first.moved).toBeGreaterThan(0);
    expect(first.updated).toBeGreaterThan(0);
    expect(await holding(legacyGuestKey(guest.address))).toEqual([]);
    expect(await holding(legacyGuestKey(guest.reporter))).toEqual([]);
  });

  it("keeps the guest's comments, ban and note on their author panel", async () => {
    const panel = await authorHistory(mod(), site, guestKey(guest.address));

    expect(panel.comments.map((c) => c.id).sort()).toEqual([...guest.mine].sort());
    expect(panel.member.bannedUntil).toBeTruthy();
    expect(panel.bans.map((entry) => entry.action)).toEqual(['ban']);
    expect(panel.notes.map((note) => note.text)).toEqual(['déjà averti']);
  });

  it('keeps the ban when they post again with the same email', async () => {
    expect((await postAgain(site, guest.address)).body.error.code).toBe('banned');
  });

  it('finds their comments by email', async () => {
    const found = await searchComments(mod(), { site, q: guest.address });

    expect(found.comments.map((c) => c.comment.id).sort()).toEqual([...guest.mine].sort());
  });

  it("keeps a guest's report: they cannot report the same comment again", async () => {
    const again = await t.raw<ErrorBody>('POST', `/v1/comments/${guest.reported}/reports`, {
      reason: 'spam',
      reporter: { name: 'Marc', email: guest.reporter },
    });

    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_reported');
  });

  it('changes nothing when run a second time', async () => {
    const before = await snapshot();

    const second = await migrate();

    expect(second).toMatchObject({ updated: 0, moved: 0, merged: 0, superseded: 0 });
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});

describe('the migration without the ids key', () => {
  it('refuses to run on a deployed table, since a key made up would detach every guest', async () => {
    const env = { ...process.env, IDS_SECRET: '', IDS_SECRET_ARN: '' };

    const refused = await run('npx', ['tsx', 'functions/sites/cli.ts', 'migrate', 'guest-keys'], {
      env,
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );

    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain('IDS_SECRET_ARN');
  }, 60_000);
});

describe('a guest who posted between the deploy and the migration', () => {
  it('ends with one member item, counting the comments of both', async () => {
    // Prepare: a former member with two comments, then one posted under the new key.
    const site = await t.site();
    const address = email('yves');
    await asGuest(site, address);
    await asGuest(site, address);
    await asFormerRelease(address);
    await asGuest(site, address);
    const read = (key: string) =>
      dynamo().send(new GetCommand({ TableName: config.commentsTable, Key: memberKey(site, key) }));
    expect((await read(legacyGuestKey(address))).Item?.commentCount).toBe(2);

    // Act
    const report = await migrate();

    // Assess
    expect(report.merged).toBeGreaterThanOrEqual(1);
    expect((await read(legacyGuestKey(address))).Item).toBeUndefined();
    expect((await read(guestKey(address))).Item).toMatchObject({ commentCount: 3, approvedCount: 3 });
  }, 120_000);
});
