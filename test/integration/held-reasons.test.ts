/**
 * Issue 14, point 4: why a comment was held, all of it. The queue lists every rule that matched,
 * the approved and reported queues show the current state rather than a stale hold, a held edit
 * keeps the text it replaced, and a repeat of any of the author's last 10 texts is caught.
 * Through the real handlers and DynamoDB Local.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommentAnswer } from '../../functions/comments/types.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { postComment } from '../../widget/src/api/comments.js';
import { decide, listQueue, type Queue } from '../../widget/src/api/moderation.js';
import { reportComment } from '../../widget/src/api/reports.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
});

const mod = () => t.client(moderator.idToken);
const post = async (site: string, reader: Reader, body: string) =>
  (await postComment(t.client(reader.idToken), { site, page: 'p', body }, newKey())).comment;
const edit = (reader: Reader, id: string, body: string) =>
  t.raw<CommentAnswer & ErrorBody>('PATCH', `/v1/comments/${id}`, { body }, bearer(reader.idToken));
const queued = async (site: string, status: Queue, id: string) =>
  (await listQueue(mod(), { site, status })).comments.find((item) => item.comment.id === id);

describe('the queue lists every reason a comment is held', () => {
  it('lists links, a suspect word and first comments on one held comment, each with its parameters', async () => {
    // Prepare
    const site = await t.site({ maxLinks: 0, suspectWords: ['arnaque'], holdFirstComments: 1 });
    const reader = await t.reader();

    // Act
    const comment = await post(site, reader, 'Une arnaque, voyez https://a.example');

    // Assess
    const item = await queued(site, 'pending', comment.id);
    expect(item?.reasons).toEqual([
      { phase: 'suspect_words', code: 'suspect_word', params: {}, matched: ['arnaque'] },
      { phase: 'links', code: 'too_many_links', params: { links: 1, max: 0 } },
      { phase: 'first_comments', code: 'first_comments', params: { approved: 0, required: 1 } },
    ]);
    expect(item?.heldBy).toMatchObject({ phase: 'suspect_words' });
  });

  it('shows no hold reason on a once-held comment in the approved queue', async () => {
    // Prepare
    const site = await t.site({ maxLinks: 0 });
    const reader = await t.reader();
    const comment = await post(site, reader, 'voyez https://a.example');
    await decide(mod(), { [comment.id]: 'pending' }, 'approve');

    // Act
    const item = await queued(site, 'approved', comment.id);

    // Assess
    expect(item).toMatchObject({ heldBy: null, reasons: [], comment: { status: 'approved' } });
  });

  it('shows the readers’ reports, not the old hold, on a once-held comment in the reported queue', async () => {
    // Prepare
    const site = await t.site({ maxLinks: 0, reportThreshold: 1 });
    const reader = await t.reader();
    const comment = await post(site, reader, 'voyez https://a.example');
    await decide(mod(), { [comment.id]: 'pending' }, 'approve');
    const reporter = await t.reader();
    await reportComment(t.client(reporter.idToken), comment.id, { reason: 'abuse' });

    // Act
    const item = await queued(site, 'reported', comment.id);

    // Assess
    const reported = { phase: 'reports', code: 'reported', params: { reports: 1 } };
    expect(item).toMatchObject({ heldBy: reported, reasons: [reported], reports: { count: 1 } });
  });
});

describe('an edit that sent a comment back to the queue', () => {
  it('keeps the text readers saw beside the new one', async () => {
    // Prepare
    const site = await t.site({ maxLinks: 0 });
    const reader = await t.reader();
    const comment = await post(site, reader, 'un avis mesuré');

    // Act
    const edited = await edit(reader, comment.id, 'un avis corrigé, voyez https://a.example');

    // Assess
    expect(edited.body.comment.status).toBe('pending');
    const item = await queued(site, 'pending', comment.id);
    expect(item).toMatchObject({
      previousBody: 'un avis mesuré',
      comment: { body: 'un avis corrigé, voyez https://a.example' },
      reasons: [{ code: 'too_many_links' }],
    });
  });

  it('forgets the previous text once a moderator decides', async () => {
    // Prepare
    const site = await t.site({ maxLinks: 0 });
    const reader = await t.reader();
    const comment = await post(site, reader, 'un avis mesuré');
    await edit(reader, comment.id, 'voyez https://a.example');

    // Act
    await decide(mod(), { [comment.id]: 'pending' }, 'approve');

    // Assess
    expect(await queued(site, 'approved', comment.id)).toMatchObject({ previousBody: null });
  });
});

// More posts a minute than the default 5, so that 12 texts can be written in a row.
const busy = { postsPerMinutePerUser: 50 };

describe('repeated text', () => {
  it('holds a repeat of the author’s 5th-last comment on the site', async () => {
    // Prepare: five different texts, the first of them repeated afterwards.
    const site = await t.site(busy);
    const reader = await t.reader();
    for (const n of [1, 2, 3, 4, 5]) await post(site, reader, `mon avis numéro ${n}`);

    // Act
    const repeat = await post(site, reader, 'mon avis numéro 1');

    // Assess
    expect(repeat).toMatchObject({ status: 'pending', moderation: { code: 'repeated_text' } });
  });

  it('publishes a text last written 11 comments ago', async () => {
    // Prepare
    const site = await t.site(busy);
    const reader = await t.reader();
    for (let n = 0; n <= 10; n++) await post(site, reader, `mon avis numéro ${n}`);

    // Act
    const repeat = await post(site, reader, 'mon avis numéro 0');

    // Assess
    expect(repeat.status).toBe('approved');
  });
});
