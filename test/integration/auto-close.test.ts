/**
 * Issue 14, point 9 (b): a site's `autoCloseAfterDays` closes an article to new comments that
 * many days after it opened, refused as a moderator's closing is (`page_closed`), and the thread
 * says it is closed. Through the real handlers; the article's age is set on its page record.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../functions/shared/config.js';
import { dynamo } from '../../functions/shared/data/dynamo-client.js';
import { pageKey } from '../../functions/shared/data/keys.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import type { SiteSettings } from '../../functions/sites/schemas.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let reader: Reader;
let moderator: Staff;
beforeAll(async () => {
  reader = await t.reader();
  moderator = await t.staff(['moderators']);
});

const DAY_MS = 24 * 3600 * 1000;

/** A site with an article whose first comment was posted `daysAgo` days ago. */
async function articleOpened(daysAgo: number, settings: Partial<SiteSettings>) {
  const site = await t.site(settings);
  const { comment } = await postComment(
    t.client(reader.idToken),
    { site, page: 'p', body: 'le premier avis' },
    newKey(),
  );
  await dynamo().send(
    new UpdateCommand({
      TableName: config.commentsTable,
      Key: pageKey(site, 'p'),
      UpdateExpression: 'SET createdAt = :at',
      ExpressionAttributeValues: { ':at': new Date(Date.now() - daysAgo * DAY_MS).toISOString() },
    }),
  );
  return { site, id: comment.id };
}

const postRaw = (site: string) =>
  t.raw<ErrorBody>(
    'POST',
    '/v1/comments',
    { site, page: 'p', body: 'un avis tardif' },
    bearer(reader.idToken),
  );
const thread = (site: string) => listComments(t.client(), { site, page: 'p', sort: 'newest' });

describe('closing articles after N days', () => {
  it('refuses a comment on an article older than the site allows with page_closed', async () => {
    const { site } = await articleOpened(8, { autoCloseAfterDays: 7 });

    const answer = await postRaw(site);

    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('page_closed');
    expect((await thread(site)).page?.commentCount).toBe(1);
  });

  it('says the article is closed in the thread', async () => {
    const { site } = await articleOpened(8, { autoCloseAfterDays: 7 });

    const { page } = await thread(site);

    expect(page?.closed).toBe(true);
  });

  it('accepts a comment on an article younger than the limit', async () => {
    const { site } = await articleOpened(6, { autoCloseAfterDays: 7 });

    const answer = await postRaw(site);

    expect(answer.status).toBe(201);
    expect((await thread(site)).page?.closed).toBe(false);
  });

  it('refuses an edit there with page_closed, as on an article a moderator closed', async () => {
    const { site, id } = await articleOpened(8, { autoCloseAfterDays: 7 });

    const answer = await t.raw<ErrorBody>(
      'PATCH',
      `/v1/comments/${id}`,
      { body: 'le premier avis, revu' },
      bearer(reader.idToken),
    );

    expect(answer.body.error?.code).toBe('page_closed');
    expect((await thread(site)).comments[0]?.body).toBe('le premier avis');
  });

  it('never closes an article when the setting is 0', async () => {
    const { site } = await articleOpened(3000, { autoCloseAfterDays: 0 });

    const answer = await postRaw(site);

    expect(answer.status).toBe(201);
  });

  it('refuses a reaction on a comment there with page_closed', async () => {
    const { id } = await articleOpened(8, { autoCloseAfterDays: 7 });

    const answer = await t.raw<ErrorBody>(
      'PUT',
      `/v1/comments/${id}/reactions/like`,
      undefined,
      bearer(reader.idToken),
    );

    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('page_closed');
  });

  it('refuses a reaction on the article itself there with page_closed', async () => {
    const { site } = await articleOpened(8, { autoCloseAfterDays: 7 });

    const answer = await t.raw<ErrorBody>(
      'PUT',
      `/v1/pages/reactions/like?site=${site}&page=p`,
      undefined,
      bearer(reader.idToken),
    );

    expect(answer.body.error?.code).toBe('page_closed');
  });

  it('takes reactions there when the site allows reactions on closed articles', async () => {
    const { id } = await articleOpened(8, { autoCloseAfterDays: 7, reactionsWhenClosed: true });

    const answer = await t.raw('PUT', `/v1/comments/${id}/reactions/like`, undefined, bearer(reader.idToken));

    expect(answer.status).toBe(200);
  });

  it('opens again when a moderator reopens it, counting the days from then', async () => {
    const { site } = await articleOpened(8, { autoCloseAfterDays: 7 });

    const reopen = await t.raw(
      'PUT',
      `/v1/moderation/pages?site=${site}&page=p`,
      { closed: false },
      bearer(moderator.idToken),
    );

    expect(reopen.status).toBe(200);
    expect((await thread(site)).page?.closed).toBe(false);
    expect((await postRaw(site)).status).toBe(201);
  });
});
