/**
 * Integration: a publisher's reader, signed in with the site's own SSO, does what an account does
 * (issue 16, point 3): posts with their badges, reacts, reports, is banned, exports and deletes;
 * and a site may take its own readers only (`accounts: false`), its staff still moderating.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountExport } from '../../functions/accounts/types.js';
import type { CommentList, CreatedComment } from '../../functions/comments/types.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { publicAuthorId } from '../../functions/shared/public-ids.js';
import { ssoPublisher } from '../support/sso.js';
import { bearer } from '../support/test-app.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let admin: Staff;
let moderator: Staff;
beforeAll(async () => {
  admin = await t.staff(['admins'], 'Administratrice');
  moderator = await t.staff(['moderators'], 'Modératrice');
});
const publisher = ssoPublisher(t, () => admin.idToken);

let n = 0;
const post = (site: string, token: string, parentId?: string) =>
  t.raw<CreatedComment & ErrorBody>(
    'POST',
    '/v1/comments',
    { site, page: 'article', body: `Mon avis ${n++}`, ...(parentId ? { parentId } : {}) },
    bearer(token),
  );
const thread = (site: string) => t.raw<CommentList>('GET', `/v1/comments?site=${site}&page=article`);

describe('an SSO reader', () => {
  it('posts under the site identity with badges, reacts and reports', async () => {
    const site = await publisher.site();
    const session = await publisher.signIn(site);
    const other = await t.reader('Autre');

    const posted = await post(site.site, session.token);
    const theirs = await post(site.site, other.idToken);
    const reacted = await t.raw(
      'PUT',
      `/v1/comments/${theirs.body.comment.id}/reactions/like`,
      undefined,
      bearer(session.token),
    );
    const reported = await t.raw(
      'POST',
      `/v1/comments/${theirs.body.comment.id}/reports`,
      { reason: 'spam' },
      bearer(session.token),
    );

    expect(posted.status).toBe(201);
    expect(posted.body.comment.author).toMatchObject({
      id: publicAuthorId(site.site, session.user.id),
      name: 'Camille Abonnée',
      guest: false,
      staff: false,
      badges: ['Abonné'],
    });
    expect(reacted.status).toBe(200);
    expect(reported.status).toBe(201);
    await t.counted();
    const listed = (await thread(site.site)).body.comments;
    expect(listed.find((c) => c.id === posted.body.comment.id)?.author.badges).toEqual(['Abonné']);
    expect(listed.find((c) => c.id === theirs.body.comment.id)?.reactions).toMatchObject({ like: 1 });
    expect(JSON.stringify(listed)).not.toContain('camille@journal.example');
  });

  it('is banned like an account, by a moderator', async () => {
    const site = await publisher.site();
    const session = await publisher.signIn(site);

    const banned = await t.raw(
      'POST',
      `/v1/moderation/bans/${encodeURIComponent(session.user.id)}?site=${site.site}`,
      { reason: 'insultes' },
      bearer(moderator.idToken),
    );
    const refused = await post(site.site, session.token);
    // A new token from the publisher is the same reader: the ban holds.
    const again = await publisher.signIn(site);
    const stillRefused = await post(site.site, again.token);

    expect(banned.status).toBe(200);
    expect(refused.body.error.code).toBe('banned');
    expect(again.user.id).toBe(session.user.id);
    expect(stillRefused.body.error.code).toBe('banned');
  });

  it('exports what Réagir holds, then deletes it and may come back afresh', async () => {
    const site = await publisher.site({ onAccountDeletion: 'anonymize' });
    const session = await publisher.signIn(site);
    const posted = await post(site.site, session.token);

    const exported = await t.raw<AccountExport>('GET', '/v1/me/export', undefined, bearer(session.token));
    const renamed = await t.raw<ErrorBody>('PATCH', '/v1/me', { name: 'Autre nom' }, bearer(session.token));
    const deleted = await t.raw('DELETE', '/v1/me', undefined, bearer(session.token));
    const after = await t.raw('GET', '/v1/me', undefined, bearer(session.token));

    expect(exported.status).toBe(200);
    expect(exported.body.sso).toMatchObject({
      site: site.site,
      externalId: 'reader-1',
      email: 'camille@journal.example',
      badges: ['Abonné'],
    });
    expect(exported.body.comments.map((c) => c.id)).toEqual([posted.body.comment.id]);
    expect(renamed.status).toBe(409);
    expect(renamed.body.error.code).toBe('sso_profile_managed');
    expect(deleted.status).toBe(204);
    expect(after.status).toBe(401);
    const placeholder = (await thread(site.site)).body.comments.find((c) => c.id === posted.body.comment.id);
    expect(placeholder?.author.name ?? '').toBe('');
    // The publisher's reader still exists there: a later token opens a new session.
    await new Promise((done) => setTimeout(done, 1100));
    const back = await publisher.signIn(site);
    expect((await t.raw('GET', '/v1/me', undefined, bearer(back.token))).status).toBe(200);
  });
});

describe('a site that takes its own readers only', () => {
  it('refuses a Réagir account’s comment and reaction, not its staff’s', async () => {
    const site = await publisher.site({ accounts: false, guests: false });
    const account = await t.reader('Compte Réagir');
    const session = await publisher.signIn(site);
    const theirs = await post(site.site, session.token);

    const refused = await post(site.site, account.idToken);
    const reaction = await t.raw<ErrorBody>(
      'PUT',
      `/v1/comments/${theirs.body.comment.id}/reactions/like`,
      undefined,
      bearer(account.idToken),
    );
    const answer = await post(site.site, moderator.idToken, theirs.body.comment.id);

    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('accounts_not_accepted');
    expect(reaction.body.error.code).toBe('accounts_not_accepted');
    expect(answer.status).toBe(201);
    expect(answer.body.comment.author.staff).toBe(true);
    const site2 = await t.raw<CommentList>('GET', `/v1/comments?site=${site.site}&page=article`);
    expect(site2.body.site).toMatchObject({ accounts: false, sso: true, guests: false });
  });
});
