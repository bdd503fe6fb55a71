/**
 * Notices of illegal content (DSA art. 16) and the decisions on them (art. 17) through the real
 * handlers and DynamoDB Local: their own queue with the notifier's explanation and what they saw,
 * a decision recorded with its statement of reasons, which only the comment's author sees.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listStatements } from '../../functions/moderation/report-repository.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import { decideNotice, listQueue, readLog } from '../../widget/src/api/moderation.js';
import { reportComment } from '../../widget/src/api/reports.js';
import { findLeaks } from '../support/security/leaks.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
let author: Reader;
beforeAll(async () => {
  moderator = await t.staff(['moderators'], 'Modératrice Inès');
  author = await t.reader('Autrice visée');
});

let n = 0;
const email = () => `notifier-${process.pid}-${Date.now().toString(36)}-${n++}@example.org`;

/** A published comment of `author` on a fresh page of `site`: its id and page. */
async function target(site: string, body = `Texte visé ${n++}`) {
  const page = `notices-${n++}`;
  const { comment } = await postComment(t.client(author.idToken), { site, page, body }, newKey());
  return { id: comment.id, page };
}

const EXPLANATION = 'Diffamation (loi du 29 juillet 1881, art. 29) : il accuse nommément une personne.';
const notice = (address = email()) => ({
  reason: 'illegal' as const,
  text: EXPLANATION,
  reporter: { name: 'Claire Martin', email: address },
  goodFaith: true,
});
const sendNotice = (id: string, body: unknown = notice()) =>
  t.raw('POST', `/v1/comments/${id}/reports`, body);
const mod = () => t.client(moderator.idToken);
const queue = async (site: string, status: 'notices' | 'reported' | 'approved' | 'rejected') =>
  (await listQueue(mod(), { site, status })).comments;

const statement = {
  facts: 'Le commentaire accuse nommément une personne d’un délit, sans élément.',
  ground: {
    kind: 'law' as const,
    name: 'Loi du 29 juillet 1881, art. 29',
    explanation: 'Une allégation qui porte atteinte à l’honneur d’une personne nommée.',
  },
  redress:
    'Vous pouvez contester cette décision en répondant à ce message, ou devant le tribunal judiciaire.',
  automated: false,
};

describe('the notices queue', () => {
  it("lists a noticed comment with the notifier's explanation, name and the text they saw", async () => {
    const site = await t.site();
    const { id } = await target(site, 'Le texte tel que signalé.');

    await sendNotice(id);

    expect(await queue(site, 'notices')).toMatchObject([
      {
        comment: { id },
        notices: {
          count: 1,
          items: [
            {
              text: EXPLANATION,
              reporter: { name: 'Claire Martin', guest: true },
              exemptOffence: false,
              seen: { body: 'Le texte tel que signalé.', authorName: 'Autrice visée', editedAt: null },
            },
          ],
        },
      },
    ]);
  });

  it('keeps notices out of the reported queue and its threshold', async () => {
    const site = await t.site({ reportThreshold: 1 });
    const { id } = await target(site);

    await sendNotice(id);

    expect(await queue(site, 'reported')).toEqual([]);
    expect((await queue(site, 'notices'))[0]?.reports.count).toBe(0);
  });

  it('takes a notice from a reader who reported the comment already, once', async () => {
    const site = await t.site();
    const { id } = await target(site);
    const reader = await t.reader('Lecteur double');
    await reportComment(t.client(reader.idToken), id, { reason: 'abuse' });

    const first = await t.raw(
      'POST',
      `/v1/comments/${id}/reports`,
      notice(reader.email),
      bearer(reader.idToken),
    );
    const twice = await t.raw(
      'POST',
      `/v1/comments/${id}/reports`,
      notice(reader.email),
      bearer(reader.idToken),
    );

    expect([first.status, twice.status]).toEqual([201, 409]);
    expect((await queue(site, 'notices'))[0]?.notices.count).toBe(1);
  });
});

describe('the notices tab count', () => {
  it('counts a comment once however many notices reach it at once, and none once decided', async () => {
    const site = await t.site();
    const { id } = await target(site);

    const sent = await Promise.all(Array.from({ length: 6 }, () => sendNotice(id)));
    const during = (await listQueue(mod(), { site, status: 'notices' })).counts.notices;
    await decideNotice(mod(), id, { decision: 'keep', seen: 'approved', statement });
    const after = (await listQueue(mod(), { site, status: 'notices' })).counts.notices;

    expect(sent.map((answer) => answer.status)).toEqual(Array(6).fill(201));
    expect(during).toBe(1);
    expect(after).toBe(0);
  });
});

describe('a decision on notices', () => {
  it('that removes the comment refuses it and empties the notices queue', async () => {
    const site = await t.site();
    const { id } = await target(site);
    await sendNotice(id);

    const decided = await decideNotice(mod(), id, { decision: 'remove', seen: 'approved', statement });

    expect(decided).toMatchObject({ id, status: 'rejected', notices: 1, statement: { decision: 'remove' } });
    expect(await queue(site, 'notices')).toEqual([]);
    expect((await queue(site, 'rejected')).map((item) => item.comment.id)).toEqual([id]);
  });

  it('stores the statement of reasons with the author and the notifiers it is for', async () => {
    const site = await t.site();
    const { id } = await target(site);
    await sendNotice(id);

    await decideNotice(mod(), id, { decision: 'remove', seen: 'approved', statement });

    const [stored] = await listStatements(id);
    expect(stored).toMatchObject({
      commentId: id,
      authorKey: author.user.id,
      decidedByName: 'Modératrice Inès',
      statement: { ...statement, decision: 'remove', notice: true },
    });
    expect(stored?.notifierKeys).toHaveLength(1);
  });

  it('is logged with the ground named', async () => {
    const site = await t.site();
    const { id } = await target(site);
    await sendNotice(id);

    await decideNotice(mod(), id, { decision: 'remove', seen: 'approved', statement });

    const { entries } = await readLog(mod(), site, id);
    expect(entries[0]).toMatchObject({
      action: 'notice_remove',
      from: 'approved',
      to: 'rejected',
      reason: 'Loi du 29 juillet 1881, art. 29',
    });
  });

  it('shows the statement to the author on their comment, and to no one else', async () => {
    const site = await t.site();
    const { id, page } = await target(site);
    await sendNotice(id);
    await decideNotice(mod(), id, { decision: 'remove', seen: 'approved', statement });

    const own = await listComments(t.client(author.idToken), { site, page, sort: 'newest' });
    const other = await listComments(t.client((await t.reader()).idToken), { site, page, sort: 'newest' });
    const anonymous = await listComments(t.client(), { site, page, sort: 'newest' });

    expect(own.comments[0]).toMatchObject({ id, status: 'rejected', moderation: { statement } });
    expect(findLeaks([other, anonymous], [statement.facts, id])).toEqual([]);
  });

  it('that keeps the comment leaves it published, closes its notices and tells the public nothing', async () => {
    const site = await t.site();
    const { id, page } = await target(site);
    await sendNotice(id);

    const decided = await decideNotice(mod(), id, { decision: 'keep', seen: 'approved', statement });

    expect(decided).toMatchObject({ status: 'approved', notices: 1 });
    expect(await queue(site, 'notices')).toEqual([]);
    const thread = await listComments(t.client(), { site, page, sort: 'newest' });
    expect(thread.comments[0]).toMatchObject({ id, moderation: null });
    expect(await listStatements(id)).toHaveLength(1);
  });

  it('answers conflict when the comment is no longer in the status the moderator saw', async () => {
    const site = await t.site();
    const { id } = await target(site);
    await sendNotice(id);

    const res = await t.raw(
      'POST',
      `/v1/moderation/notices/${id}`,
      { decision: 'remove', seen: 'pending', statement },
      bearer(moderator.idToken),
    );

    expect(res).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    expect((await queue(site, 'notices')).map((item) => item.comment.id)).toEqual([id]);
  });

  it('needs every field of the statement, naming the one missing', async () => {
    const site = await t.site();
    const { id } = await target(site);
    await sendNotice(id);
    const noGround = { ...statement, ground: { ...statement.ground, name: '  ' } };

    const res = await t.raw(
      'POST',
      `/v1/moderation/notices/${id}`,
      { decision: 'remove', seen: 'approved', statement: noGround },
      bearer(moderator.idToken),
    );

    expect(res).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_request', issues: [{ path: 'body.statement.ground.name' }] } },
    });
  });

  it('is refused on a comment without open notices', async () => {
    const site = await t.site();
    const { id } = await target(site);

    const res = await t.raw(
      'POST',
      `/v1/moderation/notices/${id}`,
      { decision: 'keep', seen: 'approved', statement },
      bearer(moderator.idToken),
    );

    expect(res).toMatchObject({ status: 409, body: { error: { code: 'action_not_allowed' } } });
  });
});
