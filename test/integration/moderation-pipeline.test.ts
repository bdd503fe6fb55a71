/** Moderation through the real handlers: what the pipeline holds or rejects, and what authors and moderators are told. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommentList } from '../../functions/comments/types.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import {
  type Action,
  decide as decideOn,
  listQueue,
  type Queue,
  readLog,
  type Seen,
} from '../../widget/src/api/moderation.js';
import { newKey } from '../support/test-fetcher.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
});

let n = 0;
const post = (site: string, token: string, body = `commentaire ${n++}`, page = 'p') =>
  postComment(t.client(token), { site, page, body }, newKey());
const decide = (seen: Seen, action: Action, reason?: string) =>
  decideOn(t.client(moderator.idToken), seen, action, reason);
const queue = (site: string, status: Queue) => listQueue(t.client(moderator.idToken), { site, status });
/** The thread of page p, as `token` sees it (or anyone). */
const thread = (site: string, token?: string): Promise<CommentList> =>
  listComments(t.client(token), { site, page: 'p', sort: 'newest' });

describe('the pipeline holds and rejects', () => {
  it('holds every comment on a pre-moderated site until a moderator approves it, logging the decision', async () => {
    const site = await t.site({ moderation: 'pre' });
    const reader = await t.reader();
    const held = await post(site, reader.idToken, 'à relire');
    expect(held.comment).toMatchObject({ status: 'pending', moderation: { phase: 'pre_moderation' } });

    const pending = await queue(site, 'pending');
    expect(pending.comments.map((q) => q.comment.id)).toEqual([held.comment.id]);
    expect(pending.comments[0]).toMatchObject({
      heldBy: { phase: 'pre_moderation' },
      page: { id: 'p' },
    });

    const decision = await decide({ [held.comment.id]: 'pending' }, 'approve');
    expect(decision.results).toEqual([{ id: held.comment.id, ok: true, status: 'approved', pinned: false }]);

    const list = await thread(site);
    expect(list.page?.commentCount).toBe(1);
    expect(list.comments[0]).toMatchObject({
      id: held.comment.id,
      status: 'approved',
      moderation: null,
    });
    const log = await readLog(t.client(moderator.idToken), site);
    expect(log.entries[0]).toMatchObject({
      action: 'approve',
      from: 'pending',
      to: 'approved',
      actorId: moderator.user.id,
    });
    expect((await queue(site, 'pending')).comments).toEqual([]);
  });

  it('rejects a banned word however disguised, and shows the author why', async () => {
    const site = await t.site({ bannedWords: ['crétin'] });
    const reader = await t.reader();
    const res = await post(site, reader.idToken, 'Quel CR3T1IIIN, celui-là');
    expect(res.comment).toMatchObject({ status: 'rejected', moderation: { phase: 'banned_words' } });

    const mine = await thread(site, reader.idToken);
    const publicList = await thread(site);
    expect(mine.comments[0]).toMatchObject({ status: 'rejected' });
    expect(publicList.comments).toEqual([]);
  });

  it('gives the author a banned-word refusal as a code that never names the word', async () => {
    const site = await t.site({ bannedWords: ['crétin'] });
    const reader = await t.reader();
    await post(site, reader.idToken, 'Quel CR3T1IIIN, celui-là');

    const mine = await thread(site, reader.idToken);

    expect(mine.comments[0]?.moderation).toEqual({
      phase: 'banned_words',
      code: 'banned_word',
      params: {},
    });
    expect(JSON.stringify(mine)).not.toMatch(/crétin|banned words/i);
  });

  it('shows moderators which listed word held a comment, in the queue only', async () => {
    const site = await t.site({ suspectWords: ['arnaque'] });
    const reader = await t.reader();
    await post(site, reader.idToken, 'une belle arnaque');

    const held = (await queue(site, 'pending')).comments[0];

    expect(held?.heldBy).toEqual({
      phase: 'suspect_words',
      code: 'suspect_word',
      params: {},
      matched: ['arnaque'],
    });
    expect(held?.comment.moderation).toEqual({ phase: 'suspect_words', code: 'suspect_word', params: {} });
  });

  it('holds a comment with more links than the site allows', async () => {
    const site = await t.site({ maxLinks: 2 });
    const reader = await t.reader();
    const res = await post(
      site,
      reader.idToken,
      'voir https://a.example https://b.example et https://c.example pour plus de détails',
    );
    expect(res.comment).toMatchObject({ status: 'pending', moderation: { phase: 'links' } });
  });

  it('lists a held comment for its author with a reason code and parameters, no sentence', async () => {
    const site = await t.site({ maxLinks: 1 });
    const reader = await t.reader();
    await post(site, reader.idToken, 'voir https://a.example et https://b.example');

    const mine = await thread(site, reader.idToken);

    expect(mine.comments[0]?.moderation).toEqual({
      phase: 'links',
      code: 'too_many_links',
      params: { links: 2, max: 1 },
    });
  });

  it('holds a new commenter’s first comments when the site asks', async () => {
    const site = await t.site({ holdFirstComments: 1 });
    const reader = await t.reader();
    const first = await post(site, reader.idToken);
    expect(first.comment.moderation).toEqual({
      phase: 'first_comments',
      code: 'first_comments',
      params: { approved: 0, required: 1 },
    });
    await decide({ [first.comment.id]: 'pending' }, 'approve');
    expect((await post(site, reader.idToken)).comment.status).toBe('approved');
  });

  it('holds the same text twice in a row', async () => {
    const site = await t.site();
    const reader = await t.reader();
    await post(site, reader.idToken, 'copié collé');
    expect((await post(site, reader.idToken, 'copié collé')).comment.moderation?.phase).toBe('repeated_text');
  });
});
