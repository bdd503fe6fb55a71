/**
 * Issue 13, point 3: a closed article refuses reactions, to it and to its comments, as it refuses
 * comments, unless the site accepts them there (`reactionsWhenClosed`). Through the real handlers;
 * stored counts are read once the fold has caught up (`t.counted()`, within the suites' delay).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import type { SiteSettings } from '../../functions/sites/schemas.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import { closePage } from '../../widget/src/api/moderation.js';
import { reactToComment, reactToPage } from '../../widget/src/api/reactions.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
});

const mod = () => t.client(moderator.idToken);
const publicThread = (site: string) => listComments(t.client(), { site, page: 'p', sort: 'newest' });
const react = (site: string, reader: Reader, id: string) =>
  t.raw<ErrorBody>(
    'PUT',
    `/v1/comments/${id}/reactions/like?site=${site}`,
    undefined,
    bearer(reader.idToken),
  );

/** A site and a reader whose comment is published there. */
async function publishedComment(settings: Partial<SiteSettings>) {
  const site = await t.site(settings);
  const reader = await t.reader();
  const { comment } = await postComment(
    t.client(reader.idToken),
    { site, page: 'p', body: 'un avis' },
    newKey(),
  );
  return { site, reader, id: comment.id };
}

describe('reactions on a closed article', () => {
  it('refuses a reaction to a comment with page_closed, counting nothing', async () => {
    const { site, id } = await publishedComment({});
    const other = await t.reader();
    await closePage(mod(), site, 'p', true);

    const answer = await react(site, other, id);

    await t.counted();

    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('page_closed');
    expect((await publicThread(site)).comments[0]?.reactions).toEqual({});
  });

  it('refuses a reaction to the article itself with page_closed', async () => {
    const { site, reader } = await publishedComment({});
    await closePage(mod(), site, 'p', true);

    const answer = await t.raw<ErrorBody>(
      'PUT',
      `/v1/pages/reactions/like?site=${site}&page=p`,
      undefined,
      bearer(reader.idToken),
    );

    await t.counted();

    expect(answer.body.error?.code).toBe('page_closed');
    expect((await publicThread(site)).page?.reactions).toEqual({});
  });

  it('accepts reactions when the site allows them on closed articles', async () => {
    const { site, reader, id } = await publishedComment({ reactionsWhenClosed: true });
    await closePage(mod(), site, 'p', true);

    const onComment = await reactToComment(t.client(reader.idToken), site, id, 'like', true);
    const onPage = await reactToPage(t.client(reader.idToken), site, 'p', 'like', true);
    await t.counted();

    expect(onComment.reactions).toEqual({ like: 1 });
    expect(onPage.reactions).toEqual({ like: 1 });
    const stored = await publicThread(site);
    expect(stored.comments[0]?.reactions).toEqual({ like: 1 });
    expect(stored.page?.reactions).toEqual({ like: 1 });
  });

  it('tells the widget that reactions are closed with the article, unless the site allows them', async () => {
    const { site: strict } = await publishedComment({});
    const { site: lenient } = await publishedComment({ reactionsWhenClosed: true });

    const [a, b] = await Promise.all([publicThread(strict), publicThread(lenient)]);

    expect(a.site.reactionsWhenClosed).toBe(false);
    expect(b.site.reactionsWhenClosed).toBe(true);
  });
});
