/**
 * Integration: public ids that do not follow a reader across sites (issue 16, point 6). The same
 * account's comments on two sites carry two different pseudonyms, neither its account id; the
 * thread tells the reader their own pseudonym there (their comments are recognised), and only the
 * site's staff get the author's internal key, which the ban takes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommentList, CreatedComment, ReaderThread } from '../../functions/comments/types.js';
import { bearer } from '../support/test-app.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators'], 'Modératrice');
});

const post = (site: string, token: string) =>
  t.raw<CreatedComment>('POST', '/v1/comments', { site, page: 'p', body: 'Mon avis' }, bearer(token));
const thread = (site: string, token?: string) =>
  t.raw<CommentList>('GET', `/v1/comments?site=${site}&page=p`, undefined, token ? bearer(token) : {});
const mine = (site: string, token: string) =>
  t.raw<ReaderThread>('GET', `/v1/comments/mine?site=${site}&page=p`, undefined, bearer(token));

describe('public author ids', () => {
  it('differ from site to site, and never are the account id', async () => {
    const [a, b] = [await t.site(), await t.site()];
    const reader = await t.reader('Voyageuse');

    const onA = (await post(a, reader.idToken)).body.comment.author;
    const onB = (await post(b, reader.idToken)).body.comment.author;
    const again = (await post(a, reader.idToken)).body.comment.author;

    expect(onA.id).toMatch(/^a_[\w-]{22}$/);
    expect(onB.id).toMatch(/^a_[\w-]{22}$/);
    expect(onA.id).not.toBe(onB.id);
    expect(again.id).toBe(onA.id);
    const anonymous = await thread(a);
    expect(JSON.stringify(anonymous.body)).not.toContain(reader.user.id);
    expect(anonymous.body.comments[0]?.author.key).toBeUndefined();
    expect(anonymous.body).not.toHaveProperty('viewer');
  });

  it('tell the reader their own, and let the site’s staff ban by pseudonym', async () => {
    const site = await t.site();
    const reader = await t.reader('Autrice');
    const posted = (await post(site, reader.idToken)).body.comment;

    const own = await mine(site, reader.idToken);
    const staffView = await thread(site, moderator.idToken);
    const comment = staffView.body.comments[0];
    const banned = await t.raw(
      'POST',
      `/v1/moderation/bans/${encodeURIComponent(comment?.author.id ?? '')}?site=${site}&comment=${posted.id}`,
      { reason: 'essai' },
      bearer(moderator.idToken),
    );

    expect(own.body.viewer?.authorId).toBe(comment?.author.id);
    expect(comment?.author.key).toBeUndefined();
    expect(banned.status).toBe(200);
    expect((await post(site, reader.idToken)).status).toBe(403);
  });
});
