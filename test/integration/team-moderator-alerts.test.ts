/**
 * Integration: a site team's moderator (issue 16) gets the site's moderator digest like a stage
 * moderator does, and stops getting it once taken off the team.
 */
import { describe, expect, it } from 'vitest';
import { readModeratorAlerts } from '../../functions/moderation/alert-settings-repository.js';
import { grantRole, removeMember } from '../../functions/sites/team.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp({ events: true });
const minutes = (m: number) => new Date(Date.now() + m * 60_000);
/** The moderator digests sent to `email` (not the "you are on the team" email of the grant). */
const digestsTo = async (email: string) => {
  await t.app.events?.reader.drain();
  const mails = (await t.app.ses?.messages())?.filter((m) => m.destination.to.includes(email)) ?? [];
  return mails.filter((m) => m.subject.startsWith('Modération de'));
};

describe('a site team’s moderator', () => {
  it('gets the site’s digest, until removed from the team', async () => {
    const site = await t.site({ moderation: 'pre', languages: ['fr'] });
    const member = await t.reader('Modératrice du site');
    await grantRole(site, member.email, 'moderator', 'test');
    const saved = await t.raw(
      'PUT',
      `/v1/moderation/alerts?site=${site}`,
      { digest: '15m', notices: false },
      bearer(member.idToken),
    );
    expect(saved.status).toBe(200);
    const author = await t.reader('Autrice');
    const post = (body: string) =>
      t.raw('POST', '/v1/comments', { site, page: 'article', body }, bearer(author.idToken));

    await post('En attente de la modératrice');
    await t.app.events?.runSchedule(minutes(16));
    expect(await digestsTo(member.email)).toHaveLength(1);

    await removeMember(site, member.user.id);
    await post('Elle ne le verra pas');
    await t.app.events?.runSchedule(minutes(32));
    expect(await digestsTo(member.email)).toHaveLength(1);
    expect(await readModeratorAlerts(site, member.user.id)).toMatchObject({ digest: 'off' });
  });
});
