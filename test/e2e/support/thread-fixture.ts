/**
 * E2E support: a thread that shows most of what the widget draws (a pinned comment, reactions
 * with counts, a reply, a link, a guest), for the accessibility check and the screenshots.
 */
import { api, bearer, createTestSite, signUpReader, staff, type TestApp } from '../../support/test-app.js';
import { seedComment } from './seed.js';

/** Creates the site and its thread on `article-1`; returns the site id. */
export async function richThread(app: TestApp): Promise<string> {
  const site = await createTestSite({ reactionTypes: ['like', 'love', 'laugh'], reactionsPerReader: 'many' });
  const first = await seedComment(
    app,
    site,
    'article-1',
    "Bravo pour l'enquête, très instructif. La source du chiffre :\nhttps://exemple.fr/source",
    { name: 'Camille' },
  );
  const question = await seedComment(
    app,
    site,
    'article-1',
    'Et pour les communes de moins de 500 habitants ?',
    { name: 'Léa' },
  );
  await seedComment(app, site, 'article-1', 'Le département propose un accompagnement.', {
    parentId: question.id,
    name: 'Yanis',
  });
  const readers = [await signUpReader(app), await signUpReader(app)];
  const react = (path: string, token: string) =>
    api(app, 'PUT', `${path}${path.includes('?') ? '&' : '?'}site=${site}`, undefined, bearer(token));
  for (const reader of readers) {
    await react(`/v1/comments/${first.id}/reactions/like`, reader.idToken);
    await react('/v1/pages/reactions/like?page=article-1', reader.idToken);
  }
  await react(`/v1/comments/${question.id}/reactions/love`, readers[0]?.idToken ?? '');
  // The widget shows the stored counts: wait for their fold.
  await app.counts.drain();
  const moderator = await staff(app, ['moderators']);
  await api(
    app,
    'POST',
    '/v1/moderation/decisions',
    { commentIds: [first.id], seen: { [first.id]: first.status }, action: 'pin' },
    bearer(moderator.idToken),
  );
  return site;
}
