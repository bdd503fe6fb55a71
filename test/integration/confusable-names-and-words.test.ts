/**
 * Integration: names and listed words are compared by their confusables skeleton (UTS #39 after
 * NFKC, default-ignorables removed), through the real handlers: a guest cannot pass for a
 * moderator or a registered reader with a Greek capital or a Hangul filler, and a banned or
 * suspect word is caught in fullwidth or mathematical letters. Taken names recorded under the
 * former skeleton still count.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { legacyNameSkeleton } from '../../functions/accounts/legacy-name-skeleton.js';
import type { CreatedComment } from '../../functions/comments/types.js';
import { config } from '../../functions/shared/config.js';
import { dynamo } from '../../functions/shared/data/dynamo-client.js';
import { takenNameKey } from '../../functions/shared/data/keys.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { bearer } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
beforeAll(async () => {
  // Staff first: their names are read once and cached for five minutes.
  await t.staff(['moderators'], 'Modération');
});

const post = (site: string, body: string, headers: Record<string, string> = {}, author?: unknown) =>
  t.raw<CreatedComment & Partial<ErrorBody>>(
    'POST',
    '/v1/comments',
    { site, page: 'p', body, ...(author ? { author } : {}) },
    headers,
  );
const asGuest = (site: string, name: string, body = 'Un avis.') =>
  post(site, body, {}, { name, email: 'guest@example.org' });

describe('a guest passing for the moderator named Modération', () => {
  it.each([
    ['a Greek capital Mu', '\u039Codération'],
    ['a Hangul filler', 'Modération\u3164'],
    ['fullwidth letters', 'Ｍｏｄéｒａｔｉｏｎ'],
    ['mathematical bold letters', '𝐌𝐨𝐝𝐞𝐫𝐚𝐭𝐢𝐨𝐧'],
  ])('is refused with %s', async (_what, name) => {
    const site = await t.site();

    const res = await asGuest(site, name);

    expect(res).toMatchObject({
      status: 400,
      body: {
        error: { code: 'invalid_request', issues: [{ path: 'body.author.name', code: 'name_reserved' }] },
      },
    });
  });

  it('is refused at sign-up too', async () => {
    const res = await t.raw('POST', '/v1/auth/signup', {
      email: `mu${Date.now()}@example.org`,
      password: 'long enough',
      name: '\u039Codération\u3164',
    });

    expect(res).toMatchObject({ status: 400, body: { error: { issues: [{ code: 'name_reserved' }] } } });
  });

  it('is not refused for a name that merely starts the same', async () => {
    const site = await t.site();

    const res = await asGuest(site, 'Modeste Ration');

    expect(res.status).toBe(201);
  });
});

describe('a guest passing for a registered reader', () => {
  it('is refused with a Greek capital Eta for the H', async () => {
    const site = await t.site();
    const reader = await t.reader('Hortense Lemaire');
    expect((await post(site, 'Je suis inscrite.', bearer(reader.idToken))).status).toBe(201);

    const res = await asGuest(site, '\u0397ortense Lemaire\u3164');

    expect(res).toMatchObject({ status: 409, body: { error: { code: 'name_taken' } } });
  });

  it('is refused under a name taken before the skeleton changed', async () => {
    const site = await t.site();
    // An item as the former code wrote it: the legacy key ("maximemartin", now "rnaxirnernartin").
    await dynamo().send(
      new PutCommand({
        TableName: config.commentsTable,
        Item: {
          ...takenNameKey(site, legacyNameSkeleton('Maxime Martin')),
          type: 'taken-name',
          site,
          at: new Date().toISOString(),
        },
      }),
    );

    const res = await asGuest(site, 'maxime martin');

    expect(res).toMatchObject({ status: 409, body: { error: { code: 'name_taken' } } });
  });
});

describe('a listed word in disguise', () => {
  it.each([
    ['mathematical bold', 'Quel 𝐢𝐝𝐢𝐨𝐭, celui-là.'],
    ['fullwidth', 'Quel ｉｄｉｏｔ, celui-là.'],
  ])('is rejected as a banned word in %s', async (_what, body) => {
    const site = await t.site({ bannedWords: ['idiot'] });
    const reader = await t.reader();

    const res = await post(site, body, bearer(reader.idToken));

    expect(res.body.comment).toMatchObject({
      status: 'rejected',
      moderation: { phase: 'banned_words', code: 'banned_word' },
    });
  });

  it('is held as a suspect word with a Hangul filler inside', async () => {
    const site = await t.site({ suspectWords: ['idiot'] });

    const res = await asGuest(site, 'Camille', 'Quel idi\u3164ot.');

    expect(res.body.comment).toMatchObject({ status: 'pending', moderation: { phase: 'suspect_words' } });
  });

  it('lets an ordinary French comment through', async () => {
    const site = await t.site({ bannedWords: ['idiot'], suspectWords: ['nul'] });
    const reader = await t.reader();

    const res = await post(site, 'Une idée idéale, un idiome nuancé.', bearer(reader.idToken));

    expect(res.body.comment?.status).toBe('approved');
  });
});
