/**
 * Issue 14, point 2: the queue counts are exact (kept in the transactions that move comments
 * between queues, whatever runs at once), and the console's poll answers only what entered the
 * queue since its last answer. Through the real handlers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteComment, editComment, postComment } from '../../widget/src/api/comments.js';
import type { Fetcher } from '../../widget/src/api/fetcher.js';
import {
  type Action,
  type CommentStatus,
  decide,
  listQueue,
  type Queue,
  type QueueCounts,
} from '../../widget/src/api/moderation.js';
import { reportComment } from '../../widget/src/api/reports.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
const QUEUES: Queue[] = ['pending', 'reported', 'notices', 'unreviewed', 'rejected', 'spam', 'approved'];
let claire: Staff;
let marc: Staff;
let readers: string[];
let reader: Reader;
beforeAll(async () => {
  [claire, marc] = await Promise.all([t.staff(['moderators'], 'Claire'), t.staff(['moderators'], 'Marc')]);
  readers = await t.readers(6);
  reader = await t.reader();
});

const as = (staff: Staff) => t.client(staff.idToken);

/** Every comment a queue lists, read page after page. */
async function everyId(api: Fetcher, site: string, status: Queue): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listQueue(api, { site, status, cursor, limit: 100 });
    ids.push(...page.comments.map((item) => item.comment.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/** What the queues list, counted. */
async function listedCounts(site: string): Promise<QueueCounts> {
  const lists = await Promise.all(QUEUES.map((q) => everyId(as(claire), site, q)));
  return Object.fromEntries(QUEUES.map((q, i) => [q, lists[i]?.length ?? 0])) as QueueCounts;
}

const post = async (site: string, body: string, token: string, page = 'p') =>
  (await postComment(t.client(token), { site, page, body }, newKey())).comment;

/** `count` comments posted at once by the readers, each its own text. */
const postMany = (site: string, count: number, label: string) =>
  Promise.all(
    Array.from({ length: count }, (_, i) =>
      post(site, `${label} numéro ${i}, un avis parmi d’autres`, readers[i % readers.length] ?? ''),
    ),
  );

const decideOne = (staff: Staff, id: string, seen: CommentStatus, action: Action) =>
  decide(as(staff), { [id]: seen }, action).catch(() => undefined);

describe('the queue counts', () => {
  it('match what the queues list after many posts and two moderators deciding at once', async () => {
    const site = await t.site({ moderation: 'pre' });
    const posted = await postMany(site, 16, 'Avis');
    const actions: Action[] = ['approve', 'reject', 'spam', 'delete'];

    // Both moderators decide every comment at once, each its own action: one wins per comment.
    await Promise.all(
      posted.flatMap((comment, i) => [
        decideOne(claire, comment.id, comment.status, actions[i % 4] ?? 'approve'),
        decideOne(marc, comment.id, comment.status, actions[(i + 1) % 4] ?? 'approve'),
      ]),
    );
    await postMany(site, 6, 'Encore');

    const { counts } = await listQueue(as(claire), { site, status: 'pending' });
    expect(counts).toEqual(await listedCounts(site));
    expect(counts.pending).toBe(6);
    expect(counts.approved + counts.rejected + counts.spam).toBeLessThan(16);
  }, 120_000);

  it('match what the queues list on a post-moderated site with reviews, pins and reports at once', async () => {
    const site = await t.site({ moderation: 'post', reportThreshold: 1 });
    const posted = await postMany(site, 12, 'Relu');

    await Promise.all(
      posted.flatMap((comment, i) => {
        const id = comment.id;
        if (i % 3 === 0)
          return [decideOne(claire, id, 'approved', 'approve'), decideOne(marc, id, 'approved', 'approve')];
        if (i % 3 === 1)
          return [decideOne(claire, id, 'approved', 'pin'), decideOne(marc, id, 'approved', 'reject')];
        return [
          reportComment(t.client(reader.idToken), id, { reason: 'spam' }).catch(() => undefined),
          decideOne(marc, id, 'approved', 'approve'),
        ];
      }),
    );

    const { counts } = await listQueue(as(claire), { site, status: 'unreviewed' });
    expect(counts).toEqual(await listedCounts(site));
    expect(counts.unreviewed).toBeLessThan(12);
  }, 120_000);

  it('follow an author deleting a comment and an edit the pipeline holds again', async () => {
    const site = await t.site({ moderation: 'post', suspectWords: ['saperlipopette'] });
    const token = readers[0] ?? '';
    const [kept, deleted] = await Promise.all([
      post(site, 'Un avis que je corrigerai', token),
      post(site, 'Un avis que je retirerai', token),
    ]);

    await Promise.all([
      editComment(t.client(token), kept.id, 'Un avis corrigé, saperlipopette'),
      deleteComment(t.client(token), deleted.id),
    ]);

    const { counts } = await listQueue(as(claire), { site, status: 'pending' });
    expect(counts).toEqual(await listedCounts(site));
    expect(counts).toMatchObject({ pending: 1, unreviewed: 0, approved: 0 });
  });
});

describe('the poll of a queue', () => {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('answers only the comments that entered the queue since the time given', async () => {
    const site = await t.site({ moderation: 'pre' });
    await postMany(site, 3, 'Ancien');
    await pause();
    const since = new Date().toISOString();
    await pause();
    const fresh = await post(site, 'Un avis tout neuf', readers[1] ?? '');

    const answer = await listQueue(as(claire), { site, status: 'pending', since });

    expect(answer.comments.map((item) => item.comment.id)).toEqual([fresh.id]);
    expect(answer.counts.pending).toBe(4);
    expect(answer.nextCursor).toBeNull();
  });

  it('answers a comment reported since then, though it was posted long before', async () => {
    const site = await t.site({ moderation: 'post', reportThreshold: 1 });
    const old = await post(site, 'Un avis publié tôt', readers[2] ?? '');
    await pause();
    const since = new Date().toISOString();

    await reportComment(t.client(reader.idToken), old.id, { reason: 'abuse' });
    const answer = await listQueue(as(claire), { site, status: 'reported', since });

    expect(answer.comments.map((item) => item.comment.id)).toEqual([old.id]);
    expect(answer.counts.reported).toBe(1);
  });

  it('gives an asOf a few seconds back at most, from which the next poll finds a new comment', async () => {
    const site = await t.site({ moderation: 'pre' });
    const before = Date.now();
    const first = await listQueue(as(claire), { site, status: 'pending' });
    const fresh = await post(site, 'Un avis arrivé après', readers[3] ?? '');

    const poll = await listQueue(as(claire), { site, status: 'pending', since: first.asOf });

    expect(Date.parse(first.asOf)).toBeGreaterThanOrEqual(before - 6000);
    expect(poll.comments.map((item) => item.comment.id)).toEqual([fresh.id]);
  });

  it('refuses since together with a cursor, naming since', async () => {
    const site = await t.site();
    const answer = await t.raw<{ error: { code: string; issues: { path: string }[] } }>(
      'GET',
      `/v1/moderation/queue?site=${site}&since=2026-12-02T05:00:00.000Z&cursor=abc`,
      undefined,
      { authorization: `Bearer ${claire.idToken}` },
    );

    expect(answer.status).toBe(400);
    expect(answer.body.error.issues.map((issue) => issue.path)).toContain('query.since');
  });
});
