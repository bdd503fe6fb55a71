/**
 * Rounds of reports through the real handlers and DynamoDB Local: what moderators read of each
 * report, a "keep" that closes the round, new reporters who bring the comment back at the
 * threshold, former ones who do not, and counts that stay exact when reports and a keep race.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readReports } from '../../functions/moderation/report-repository.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import { decide, listQueue } from '../../widget/src/api/moderation.js';
import { reportComment } from '../../widget/src/api/reports.js';
import { findLeaks } from '../support/security/leaks.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
});

let n = 0;
/** A published comment by a new reader on a fresh page of `site`: its id and page. */
async function target(site: string) {
  const author = await t.reader();
  const page = `rounds-${n++}`;
  const { comment } = await postComment(
    t.client(author.idToken),
    { site, page, body: `cible ${n}` },
    newKey(),
  );
  return { id: comment.id, page };
}

const mod = () => t.client(moderator.idToken);
const reportedQueue = async (site: string) => (await listQueue(mod(), { site, status: 'reported' })).comments;
const report = (id: string, token: string, reason = 'abuse', text?: string) =>
  t.raw('POST', `/v1/comments/${id}/reports`, { reason, text }, bearer(token));
const keep = (id: string) => decide(mod(), { [id]: 'approved' }, 'approve');

describe('reports as moderators read them', () => {
  it("lists each report of the round with its reason, the reader's words and name", async () => {
    const site = await t.site({ reportThreshold: 2 });
    const { id } = await target(site);
    const [claire, marc] = [await t.reader('Claire Lefèvre'), await t.reader('Marc Dubois')];
    await reportComment(t.client(claire.idToken), id, {
      reason: 'other',
      text: 'Il insulte un autre lecteur.',
    });
    await reportComment(t.client(marc.idToken), id, { reason: 'spam' });

    const [item] = await reportedQueue(site);

    expect(item?.reports.items).toMatchObject([
      {
        reason: 'other',
        text: 'Il insulte un autre lecteur.',
        reporter: { name: 'Claire Lefèvre', guest: false },
      },
      { reason: 'spam', text: null, reporter: { name: 'Marc Dubois', guest: false } },
    ]);
  });

  it("never puts a reporter's name or words in a public answer", async () => {
    const site = await t.site({ reportThreshold: 1 });
    const { id, page } = await target(site);
    const reader = await t.reader('Nom Très Privé');
    const sent = await report(id, reader.idToken, 'other', 'mots très privés du lecteur');

    const thread = await listComments(t.client(reader.idToken), { site, page, sort: 'newest' });

    expect(findLeaks([sent.body, thread], ['Nom Très Privé', 'mots très privés'])).toEqual([]);
  });
});

describe('a keep on a reported comment', () => {
  it('closes the round: the comment leaves the reported queue and its counts start again', async () => {
    const site = await t.site({ reportThreshold: 2 });
    const { id } = await target(site);
    const [a, b] = await t.readers(2);
    await report(id, a as string);
    await report(id, b as string);

    const kept = await keep(id);

    expect(kept.results[0]).toMatchObject({ ok: true, status: 'approved' });
    expect(await reportedQueue(site)).toEqual([]);
    const approved = (await listQueue(mod(), { site, status: 'approved' })).comments;
    expect(approved.find((item) => item.comment.id === id)?.reports).toEqual({
      count: 0,
      reasons: {},
      items: [],
    });
  });

  it('refuses a reader of a closed round who reports again, and does not count them', async () => {
    const site = await t.site({ reportThreshold: 1 });
    const { id } = await target(site);
    const [a] = await t.readers(1);
    await report(id, a as string);
    await keep(id);

    const again = await report(id, a as string, 'spam');

    expect(again).toMatchObject({ status: 409, body: { error: { code: 'already_reported' } } });
    expect(await reportedQueue(site)).toEqual([]);
  });

  it('brings the comment back only when new readers reach the threshold again', async () => {
    const site = await t.site({ reportThreshold: 2 });
    const { id } = await target(site);
    const [a, b, c, d] = await t.readers(4);
    await report(id, a as string);
    await report(id, b as string);
    await keep(id);

    await report(id, c as string, 'spam');
    const afterOne = await reportedQueue(site);
    await report(id, d as string, 'off_topic');
    const afterTwo = await reportedQueue(site);

    expect(afterOne).toEqual([]);
    expect(afterTwo).toMatchObject([
      { comment: { id }, reports: { count: 2, reasons: { spam: 1, off_topic: 1 } } },
    ]);
    expect(afterTwo[0]?.reports.items.map((r) => r.reason)).toEqual(['spam', 'off_topic']);
  });
});

describe('reports at the same instant', () => {
  it('enter the reported queue when together they reach the threshold', async () => {
    const site = await t.site({ reportThreshold: 3 });
    const { id } = await target(site);
    const tokens = await t.readers(3);

    const sent = await Promise.all(tokens.map((token) => report(id, token)));

    expect(sent.map((res) => res.status)).toEqual([201, 201, 201]);
    expect(await reportedQueue(site)).toMatchObject([{ comment: { id }, reports: { count: 3 } }]);
  });

  it('racing a keep, each counts in exactly one round', async () => {
    const site = await t.site({ reportThreshold: 2 });
    const { id } = await target(site);
    const [a, b, ...late] = await t.readers(6);
    await report(id, a as string);
    await report(id, b as string);

    await Promise.all([keep(id), ...late.map((token) => report(id, token))]);

    const approved = (await listQueue(mod(), { site, status: 'approved', limit: 100 })).comments;
    const reported = await reportedQueue(site);
    const item = [...reported, ...approved].find((i) => i.comment.id === id);
    const stored = (await readReports(id)).reports;
    const current = Math.max(...stored.map((r) => r.round ?? 0));
    expect(stored).toHaveLength(6);
    expect(current).toBe(1);
    expect(item?.reports.count).toBe(stored.filter((r) => r.round === current).length);
  });
});
