/**
 * Issue 18, point 4: the thread's Query fetches only the attributes the list shows. Whatever a
 * comment carries, the list presents it exactly as it did from the whole item: each listed comment
 * and the page summary are compared, as JSON text, with the same built from the unprojected
 * items, on an article with every kind of comment (guest, account, staff with reader badges,
 * imported, replies, a deep reply naming whom it answers, edited, pinned, reacted to, once held, a
 * deleted placeholder under which replies hang).
 */
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { commentItem, toCommentRecord, toPageRecord } from '../../functions/comments/items.js';
import { nestThread, presentPage } from '../../functions/comments/present.js';
import type { CommentRecord } from '../../functions/comments/records.js';
import { listThread } from '../../functions/comments/thread-repository.js';
import type { CommentSort } from '../../functions/comments/types.js';
import { config } from '../../functions/shared/config.js';
import { dynamo } from '../../functions/shared/data/dynamo-client.js';
import { pagePartition } from '../../functions/shared/data/keys.js';
import { commentsIndexes } from '../../functions/shared/data/tables.js';
import { deleteComment, editComment, postComment } from '../../widget/src/api/comments.js';
import { decide } from '../../widget/src/api/moderation.js';
import { reactToComment, reactToPage } from '../../widget/src/api/reactions.js';
import { newKey } from '../support/test-fetcher.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
const PAGE = 'p';
let site: string;

/** An imported member comment with every optional field a stored record can have set. */
function everyField(id: string, createdAt: string): CommentRecord {
  return {
    id,
    site,
    page: PAGE,
    parentId: null,
    path: id,
    depth: 0,
    authorId: 'import-member-1',
    authorName: 'Abonnée importée',
    authorKey: 'import-member-1',
    authorStaff: true,
    authorBadges: ['Abonné', 'Rédaction'],
    guestEmail: 'cachee@example.org',
    receipt: 'r-secret',
    body: 'Un commentaire importé, autrefois retenu puis approuvé.',
    status: 'approved',
    createdAt,
    editedAt: createdAt,
    replyCount: 0,
    threadCount: 0,
    replyTo: { id: 'ancien', name: 'Quelqu’un' },
    reactions: {},
    score: 0,
    heldBy: { phase: 'links', code: 'too_many_links', params: { links: 3, max: 2 } },
    reasons: [{ phase: 'links', code: 'too_many_links', params: { links: 3, max: 2 } }],
    previousBody: 'texte remplacé',
    decisionReason: 'lien vérifié',
    approvedOnce: true,
    reportCount: 1,
    reportReasons: { spam: 1 },
    reported: false,
    reportRound: 1,
    noticeCount: 0,
    noticeRound: 1,
    unreviewed: true,
    queuedAt: createdAt,
    bannedNetwork: true,
  } as CommentRecord;
}

beforeAll(async () => {
  site = await t.site({
    maxDepth: 1,
    moderation: 'post',
    reactionTypes: ['like', 'love', 'laugh', 'wow', 'sad'],
  });
  const moderator = await t.staff(['moderators']);
  const reader = await t.reader('Lectrice');
  const asReader = t.client(reader.idToken);
  const guest = { name: 'Invité', email: 'invite@example.org' };
  const post = async (body: string, parentId?: string, asGuest = false) =>
    (
      await postComment(
        asGuest ? t.client() : asReader,
        { site, page: PAGE, body, parentId, ...(asGuest ? { author: guest } : {}) },
        newKey(),
      )
    ).comment.id;
  const top = await post('Premier commentaire, d’une lectrice.');
  const guestTop = await post('Un invité passe.', undefined, true);
  const reply = await post('Une réponse.', top);
  // At the deepest level (1), a reply to a reply goes beside it, naming whom it answers.
  await post('Une réponse à la réponse.', reply, true);
  const doomed = await post('Bientôt supprimé, des réponses en dessous.');
  await post('Réponse qui reste.', doomed, true);
  await editComment(asReader, top, 'Premier commentaire, corrigé.');
  await decide(t.client(moderator.idToken), { [top]: 'approved' }, 'pin');
  await reactToComment(asReader, site, top, 'love', true);
  await reactToComment(t.client((await t.reader()).idToken), site, top, 'like', true);
  await reactToComment(asReader, site, guestTop, 'laugh', true);
  await reactToPage(asReader, site, PAGE, 'wow', true);
  await deleteComment(asReader, doomed);
  const imported = everyField('01JIMPORTED0000000000000000', new Date(Date.now() - 3600_000).toISOString());
  await dynamo().send(
    new PutCommand({
      TableName: config.commentsTable,
      Item: { ...commentItem(imported), rx_sad: 2, rx_angry: 0 },
    }),
  );
});

const INDEX = {
  oldest: commentsIndexes.threadOldest.name,
  newest: commentsIndexes.threadNewest.name,
  top: commentsIndexes.threadTop.name,
} as const;

/** The same Query as the list's, fetching whole items. */
async function wholeItems(sort: CommentSort) {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      IndexName: INDEX[sort],
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pagePartition(site, PAGE) },
      ConsistentRead: true,
    }),
  );
  return {
    page: toPageRecord(Items.find((item) => item.type === 'page') ?? {}),
    comments: Items.filter((item) => item.type !== 'page').map(toCommentRecord),
  };
}

describe.each(['oldest', 'newest', 'top'] as const)('the %s thread, fetched with its projection', (sort) => {
  it.each([false, true])('presents every comment as from the whole items (staff view: %s)', async (staff) => {
    // Act
    const slice = await listThread({ site, page: PAGE, sort, limit: 50 });
    const whole = await wholeItems(sort);

    // Assess
    expect(slice.comments).toHaveLength(sort === 'top' ? 4 : 7);
    expect(JSON.stringify(nestThread(slice.comments, { staff }))).toBe(
      JSON.stringify(nestThread(whole.comments, { staff })),
    );
  });

  it('presents the page summary, pinned copy and reactions included, as from the whole item', async () => {
    // Act
    const slice = await listThread({ site, page: PAGE, sort, limit: 50 });
    const whole = await wholeItems(sort);

    // Assess
    const summary = presentPage(site, PAGE, slice.page);
    expect(summary.pinned).toHaveLength(1);
    expect(JSON.stringify(summary)).toBe(JSON.stringify(presentPage(site, PAGE, whole.page)));
    expect(slice.page).toEqual(whole.page);
  });
});
