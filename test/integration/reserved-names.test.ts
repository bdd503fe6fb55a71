import { beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
beforeAll(async () => {
  // Staff first: their names are read once and cached for five minutes.
  await t.staff(['moderators'], 'Modération Gazette');
});

const lookAlikes = [
  'moderation gazette',
  'MODÉRATION  GAZETTE',
  'Mоdérаtion Gazette',
  'Mod\u200Bération Gazette',
  'M0dérati0n Gazette',
];

describe('names that pass for a moderator’s', () => {
  it.each(lookAlikes)('refuses “%s” at sign-up', async (name) => {
    const res = await t.raw('POST', '/v1/auth/signup', {
      email: `x${Date.now()}@example.org`,
      password: 'long enough',
      name,
    });
    expect(res).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_request', issues: [{ path: 'body.name' }] } },
    });
  });

  it('refuses them as a new display name and as a guest name', async () => {
    const reader = await t.reader();
    const renamed = await t.raw('PATCH', '/v1/me', { name: 'Moderation Gazette' }, bearer(reader.idToken));
    expect(renamed.status).toBe(400);
    const site = await t.site();
    const guest = await t.raw('POST', '/v1/comments', {
      site,
      page: 'p',
      body: 'x',
      author: { name: 'modération gazette', email: 'g@example.org' },
    });
    expect(guest).toMatchObject({ status: 400, body: { error: { issues: [{ path: 'body.author.name' }] } } });
  });

  it('accepts a name that merely shares a word', async () => {
    const res = await t.raw('POST', '/v1/auth/signup', {
      email: `y${Date.now()}@example.org`,
      password: 'long enough',
      name: 'Gazette fan',
    });
    expect(res.status).toBe(202);
  });
});
