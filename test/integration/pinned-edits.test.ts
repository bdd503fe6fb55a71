/**
 * Issue 13, point 8: the pinned spot shows a pinned comment as it is now: its author's edit, and
 * nothing once the edit is held or the comment deleted. Through the thread API, on DynamoDB Local.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteComment, editComment, listComments, postComment } from '../../widget/src/api/comments.js';
import { decide } from '../../widget/src/api/moderation.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
});

const post = async (site: string, reader: Reader, body: string) =>
  (await postComment(t.client(reader.idToken), { site, page: 'p', body }, newKey())).comment.id;
/** The pinned spot of page p, as any reader sees it. */
const pinnedSpot = async (site: string) =>
  (await listComments(t.client(), { site, page: 'p', sort: 'newest' })).page?.pinned ?? [];

/** A site with a pinned comment by `reader`. */
async function pinnedComment(settings = {}) {
  const site = await t.site(settings);
  const reader = await t.reader();
  const id = await post(site, reader, 'le texte épinglé');
  await decide(t.client(moderator.idToken), { [id]: 'approved' }, 'pin');
  return { site, reader, id };
}

describe('a pinned comment follows its edits', () => {
  it('shows its author’s edit in the pinned spot', async () => {
    // Prepare
    const { site, reader, id } = await pinnedComment();

    // Act
    await editComment(t.client(reader.idToken), id, 'le texte corrigé');

    // Assess
    const [pinned] = await pinnedSpot(site);
    expect(pinned).toMatchObject({ id, body: 'le texte corrigé', pinned: true });
    expect(pinned?.editedAt).not.toBeNull();
  });

  it('leaves the pinned spot when its edit is held', async () => {
    const { site, reader, id } = await pinnedComment({ maxLinks: 0 });

    await editComment(t.client(reader.idToken), id, 'voir https://a.example');

    expect(await pinnedSpot(site)).toEqual([]);
  });

  it('leaves the pinned spot when its author deletes it', async () => {
    const { site, reader, id } = await pinnedComment();

    await deleteComment(t.client(reader.idToken), id);

    expect(await pinnedSpot(site)).toEqual([]);
  });
});
