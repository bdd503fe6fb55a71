/**
 * Issue 14, point 3: the moderators' search over a site's recent comments, by words, by author
 * name, and by author email for staff only (the route is a moderator's; the email never shows).
 * Through the real handlers, DynamoDB Local and cognito-local.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../functions/shared/types.js';
import { deleteComment, editComment, postComment } from '../../widget/src/api/comments.js';
import { type SearchPage, searchComments } from '../../widget/src/api/moderation.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
let reader: Reader;
let site: string;
const ids: Record<string, string> = {};

const guest = (name: string) => ({ name, email: `${name.toLowerCase()}@courrier.example` });

beforeAll(async () => {
  moderator = await t.staff(['moderators']);
  reader = await t.reader('Hortense Lemaire');
  site = await t.site({ moderation: 'post', postsPerMinutePerIp: 10_000, postsPerMinutePerUser: 1000 });
  const post = async (key: string, body: string, author = guest('Basile'), token?: string) => {
    const client = t.client(token);
    const comment = { site, page: 'p', body, ...(token ? {} : { author }) };
    ids[key] = (await postComment(client, comment, newKey())).comment.id;
  };
  // Noise: comments that match none of the searches below.
  for (let n = 0; n < 40; n++)
    await post(`noise${n}`, `un avis sans rapport numéro ${n}`, guest(`Passant${n}`));
  await post('schools', 'La rénovation des ÉCOLES du quartier avance enfin.', guest('Basile'));
  await post('schoolsBudget', 'Le budget des écoles a doublé.', guest('Capucine'));
  await post('tram', 'Le tramway passera par la gare.', guest('Capucine'));
  await post('account', 'Les pistes cyclables manquent.', undefined, reader.idToken);
}, 120_000);

const searchAs = (token: string, q: string) => searchComments(t.client(token), { site, q });
const found = (page: SearchPage) => page.comments.map((item) => item.comment.id);

describe('the moderators’ search by words', () => {
  it('finds a comment by a word, whatever its case and accents, newest first', async () => {
    const page = await searchAs(moderator.idToken, 'ecoles');

    expect(found(page)).toEqual([ids.schoolsBudget, ids.schools]);
    expect(page.by).toBe('words');
  });

  it('keeps only the comments holding every word, each matching the start of a word', async () => {
    const page = await searchAs(moderator.idToken, 'Écol bud');

    expect(found(page)).toEqual([ids.schoolsBudget]);
  });

  it('lists its results as a queue does, with the article and the status', async () => {
    const page = await searchAs(moderator.idToken, 'tramway');

    expect(page.comments[0]?.page.id).toBe('p');
    expect(page.comments[0]?.comment.status).toBe('approved');
  });

  it('finds an edited comment by its new words, not its old ones', async () => {
    const { comment } = await postComment(
      t.client(),
      { site, page: 'p', body: 'Je parle du kiosque.', author: guest('Delphine') },
      newKey(),
    );
    // A guest cannot edit; an account's comment is edited instead.
    const mine = await postComment(
      t.client(reader.idToken),
      { site, page: 'p', body: 'Parlons de la fontaine.' },
      newKey(),
    );
    await editComment(t.client(reader.idToken), mine.comment.id, 'Parlons plutôt du belvédère.');

    expect(found(await searchAs(moderator.idToken, 'kiosque'))).toEqual([comment.id]);
    expect(found(await searchAs(moderator.idToken, 'belvedere'))).toEqual([mine.comment.id]);
    expect(found(await searchAs(moderator.idToken, 'fontaine'))).toEqual([]);
  });

  it('does not find a deleted comment', async () => {
    const { comment } = await postComment(
      t.client(reader.idToken),
      { site, page: 'p', body: 'Un mot sur le lavoir.' },
      newKey(),
    );
    await deleteComment(t.client(reader.idToken), comment.id);

    expect(found(await searchAs(moderator.idToken, 'lavoir'))).toEqual([]);
  });

  it('refuses a search without a letter or a digit, with the field named', async () => {
    const res = await t.raw<ErrorBody>(
      'GET',
      `/v1/moderation/search?site=${site}&q=${encodeURIComponent('?!')}`,
      undefined,
      bearer(moderator.idToken),
    );

    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('q');
  });
});

describe('the moderators’ search by author', () => {
  it('finds every comment of an author by name', async () => {
    const page = await searchAs(moderator.idToken, 'capucine');

    expect(found(page)).toEqual([ids.tram, ids.schoolsBudget]);
  });

  it('finds a guest’s comments by their email, and answers without it', async () => {
    const page = await searchAs(moderator.idToken, 'Capucine@Courrier.example');

    expect(page.by).toBe('email');
    expect(found(page).sort()).toEqual([ids.tram, ids.schoolsBudget].sort());
    expect(JSON.stringify(page)).not.toContain('courrier.example');
  });

  it('finds an account’s comments by the email it signed up with', async () => {
    const page = await searchAs(moderator.idToken, reader.email);

    expect(found(page)).toContain(ids.account);
  });

  it('does not match an email’s words in a search by words', async () => {
    const page = await searchAs(moderator.idToken, 'courrier');

    expect(found(page)).toEqual([]);
  });

  it('refuses a reader searching by email: the search is the staff’s', async () => {
    const res = await t.raw<ErrorBody>(
      'GET',
      `/v1/moderation/search?site=${site}&q=${encodeURIComponent('capucine@courrier.example')}`,
      undefined,
      bearer(reader.idToken),
    );

    expect(res.status).toBe(403);
  });
});
