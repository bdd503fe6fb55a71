/** Moderation through the real handlers: what the pipeline holds or rejects, and what authors and moderators are told. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  bearer,
  createTestSite,
  signUpReader,
  staff,
  startTestApp,
  type TestApp,
} from '../support/test-app.js';

let app: TestApp;
let moderator: Awaited<ReturnType<typeof staff>>;
beforeAll(async () => {
  app = await startTestApp();
  moderator = await staff(app, ['moderators']);
});
afterAll(() => app.stop());

let n = 0;
const post = (site: string, token: string, body = `commentaire ${n++}`, page = 'p') =>
  api(app, 'POST', '/v1/comments', { site, page, body }, bearer(token));
const decide = (commentIds: string[], action: string, reason?: string) =>
  api(app, 'POST', '/v1/moderation/decisions', { commentIds, action, reason }, bearer(moderator.idToken));
const queue = (site: string, status: string) =>
  api(app, 'GET', `/v1/moderation/queue?site=${site}&status=${status}`, undefined, bearer(moderator.idToken));

describe('the pipeline holds and rejects', () => {
  it('holds every comment on a pre-moderated site until a moderator approves it, logging the decision', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    const reader = await signUpReader(app);
    const held = await post(site, reader.idToken, 'à relire');
    expect(held.body.comment).toMatchObject({ status: 'pending', moderation: { phase: 'pre_moderation' } });

    const pending = await queue(site, 'pending');
    expect(pending.body.comments.map((q: { comment: { id: string } }) => q.comment.id)).toEqual([
      held.body.comment.id,
    ]);
    expect(pending.body.comments[0]).toMatchObject({
      heldBy: { phase: 'pre_moderation' },
      page: { id: 'p' },
    });

    const decision = await decide([held.body.comment.id], 'approve');
    expect(decision.body.results).toEqual([
      { id: held.body.comment.id, ok: true, status: 'approved', pinned: false },
    ]);

    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=p`);
    expect(list.body.page.commentCount).toBe(1);
    expect(list.body.comments[0]).toMatchObject({
      id: held.body.comment.id,
      status: 'approved',
      moderation: null,
    });
    const log = await api(
      app,
      'GET',
      `/v1/moderation/log?site=${site}`,
      undefined,
      bearer(moderator.idToken),
    );
    expect(log.body.entries[0]).toMatchObject({
      action: 'approve',
      from: 'pending',
      to: 'approved',
      actorId: moderator.user.id,
    });
    expect((await queue(site, 'pending')).body.comments).toEqual([]);
  });

  it('rejects a banned word however disguised, and shows the author why', async () => {
    const site = await createTestSite({ bannedWords: ['crétin'] });
    const reader = await signUpReader(app);
    const res = await post(site, reader.idToken, 'Quel CR3T1IIIN, celui-là');
    expect(res.body.comment).toMatchObject({ status: 'rejected', moderation: { phase: 'banned_words' } });

    const mine = await api(app, 'GET', `/v1/comments?site=${site}&page=p`, undefined, bearer(reader.idToken));
    const publicList = await api(app, 'GET', `/v1/comments?site=${site}&page=p`);
    expect(mine.body.comments[0]).toMatchObject({ status: 'rejected' });
    expect(publicList.body.comments).toEqual([]);
  });

  it('gives the author a banned-word refusal as a code that never names the word', async () => {
    const site = await createTestSite({ bannedWords: ['crétin'] });
    const reader = await signUpReader(app);
    await post(site, reader.idToken, 'Quel CR3T1IIIN, celui-là');

    const mine = await api(app, 'GET', `/v1/comments?site=${site}&page=p`, undefined, bearer(reader.idToken));

    expect(mine.body.comments[0].moderation).toEqual({
      phase: 'banned_words',
      code: 'banned_word',
      params: {},
    });
    expect(JSON.stringify(mine.body)).not.toMatch(/crétin|banned words/i);
  });

  it('shows moderators which listed word held a comment, in the queue only', async () => {
    const site = await createTestSite({ suspectWords: ['arnaque'] });
    const reader = await signUpReader(app);
    await post(site, reader.idToken, 'une belle arnaque');

    const held = (await queue(site, 'pending')).body.comments[0];

    expect(held.heldBy).toEqual({
      phase: 'suspect_words',
      code: 'suspect_word',
      params: {},
      matched: ['arnaque'],
    });
    expect(held.comment.moderation).toEqual({ phase: 'suspect_words', code: 'suspect_word', params: {} });
  });

  it('holds a comment with more links than the site allows', async () => {
    const site = await createTestSite({ maxLinks: 2 });
    const reader = await signUpReader(app);
    const res = await post(
      site,
      reader.idToken,
      'voir https://a.example https://b.example et https://c.example pour plus de détails',
    );
    expect(res.body.comment).toMatchObject({ status: 'pending', moderation: { phase: 'links' } });
  });

  it('lists a held comment for its author with a reason code and parameters, no sentence', async () => {
    const site = await createTestSite({ maxLinks: 1 });
    const reader = await signUpReader(app);
    await post(site, reader.idToken, 'voir https://a.example et https://b.example');

    const mine = await api(app, 'GET', `/v1/comments?site=${site}&page=p`, undefined, bearer(reader.idToken));

    expect(mine.body.comments[0].moderation).toEqual({
      phase: 'links',
      code: 'too_many_links',
      params: { links: 2, max: 1 },
    });
  });

  it('holds a new commenter’s first comments when the site asks', async () => {
    const site = await createTestSite({ holdFirstComments: 1 });
    const reader = await signUpReader(app);
    const first = await post(site, reader.idToken);
    expect(first.body.comment.moderation).toEqual({
      phase: 'first_comments',
      code: 'first_comments',
      params: { approved: 0, required: 1 },
    });
    await decide([first.body.comment.id], 'approve');
    expect((await post(site, reader.idToken)).body.comment.status).toBe('approved');
  });

  it('holds the same text twice in a row', async () => {
    const site = await createTestSite();
    const reader = await signUpReader(app);
    await post(site, reader.idToken, 'copié collé');
    expect((await post(site, reader.idToken, 'copié collé')).body.comment.moderation.phase).toBe(
      'repeated_text',
    );
  });
});
