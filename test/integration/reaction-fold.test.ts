/**
 * Issue 18, point 2: the fold of reaction counts against DynamoDB Local. Its handler is given
 * batches as Lambda gives them (retried, bisected, overlapping), built from real reader items;
 * the counts on the comment and the article stay exact, and the top order follows them. A
 * reaction written before the fold (no marker) is removed with its own count, once.
 */
import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { COUNTED_BY, COUNTED_BY_FOLD } from '../../functions/reactions/fold.js';
import { handler } from '../../functions/reactions/fold-handler.js';
import { config } from '../../functions/shared/config.js';
import { dynamo } from '../../functions/shared/data/dynamo-client.js';
import {
  commentKey,
  commentTarget,
  pageTarget,
  reactionKey,
  reactionTargetPartition,
} from '../../functions/shared/data/keys.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import { reactToComment } from '../../widget/src/api/reactions.js';
import { newKey } from '../support/test-fetcher.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
const guest = { name: 'Invité', email: 'invite@example.org' };

let n = 0;
async function newComment(site: string) {
  const res = await postComment(
    t.client(),
    { site, page: 'p', body: `plié ${n++}`, author: guest },
    newKey(),
  );
  return res.comment.id;
}

// Far above the sequence numbers DynamoDB Local gives, so the real fold never moved past them.
let sequence = 10n ** 30n;

/** A stream record of a reader's item of `type` on `target`, inserted (+1) or removed (-1). */
function record(site: string, target: string, reader: string, type: string, delta: 1 | -1): DynamoDBRecord {
  const image = marshall({
    pk: `R#${target}`,
    sk: `U#${reader}#${type}`,
    type,
    target,
    site,
    page: 'p',
    userId: reader,
    [COUNTED_BY]: COUNTED_BY_FOLD,
  }) as NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;
  sequence += 1n;
  return {
    eventName: delta > 0 ? 'INSERT' : 'REMOVE',
    dynamodb: {
      SequenceNumber: String(sequence),
      Keys: { pk: image.pk, sk: image.sk } as never,
      ...(delta > 0 ? { NewImage: image } : { OldImage: image }),
    },
  };
}

const fold = (records: DynamoDBRecord[]) => handler({ Records: records });
const thread = (site: string, sort: 'newest' | 'top' = 'newest') =>
  listComments(t.client(), { site, page: 'p', sort });

describe('the fold of reaction counts', () => {
  it('counts a batch delivered twice once', async () => {
    // Prepare
    const site = await t.site();
    const id = await newComment(site);
    const batch = ['r1', 'r2', 'r3'].map((r) => record(site, commentTarget(id), r, 'like', 1));
    // Act
    const first = await fold(batch);
    const again = await fold(batch);
    // Assess
    expect([first, again]).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }]);
    expect((await thread(site)).comments[0]?.reactions).toEqual({ like: 3 });
  });

  it('counts overlapping batches (a bisected, then retried batch) exactly', async () => {
    // Prepare
    const site = await t.site();
    const id = await newComment(site);
    const records = ['r1', 'r2', 'r3', 'r4', 'r5'].map((r) => record(site, commentTarget(id), r, 'like', 1));
    records.push(record(site, commentTarget(id), 'r1', 'like', -1));
    // Act
    await fold(records.slice(0, 2));
    await fold(records.slice(1, 4));
    await fold(records);
    // Assess
    expect((await thread(site)).comments[0]?.reactions).toEqual({ like: 4 });
  });

  it('takes a removal whose insertion it never saw no lower than zero', async () => {
    // Prepare
    const site = await t.site();
    const id = await newComment(site);
    // Act
    await fold([record(site, commentTarget(id), 'r1', 'love', -1)]);
    // Assess
    expect((await thread(site)).comments[0]?.reactions).toEqual({});
  });

  it('creates the page record of an article whose first reaction comes before any comment', async () => {
    // Prepare
    const site = await t.site();
    // Act
    await fold([record(site, pageTarget(site, 'p'), 'r1', 'wow', 1)]);
    // Assess
    expect((await thread(site)).page).toMatchObject({ commentCount: 0, reactions: { wow: 1 } });
  });

  it('moves a top-level comment in the top order with the counts it folds', async () => {
    // Prepare
    const site = await t.site();
    const older = await newComment(site);
    const newer = await newComment(site);
    // Act
    await fold(['r1', 'r2'].map((r) => record(site, commentTarget(older), r, 'like', 1)));
    // Assess
    expect((await thread(site, 'top')).comments.map((c) => c.id)).toEqual([older, newer]);
  });

  it('removes a reaction counted before the fold with its own count, and the fold leaves it', async () => {
    // Prepare: the reader's id as the reaction code stores it, from a reaction of theirs
    const site = await t.site();
    const [seen, old] = [await newComment(site), await newComment(site)];
    const reader = await t.reader();
    await reactToComment(t.client(reader.idToken), site, seen, 'like', true);
    const { Items = [] } = await dynamo().send(
      new QueryCommand({
        TableName: config.reactionsTable,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': reactionTargetPartition(commentTarget(seen)) },
      }),
    );
    const userId = String(Items[0]?.userId);
    // An item as the code before the fold wrote it (no marker), its count on the comment with
    // another old reader's: a removal counted twice would leave 0
    await dynamo().send(
      new PutCommand({
        TableName: config.reactionsTable,
        Item: {
          ...reactionKey(commentTarget(old), userId, 'like'),
          type: 'like',
          target: commentTarget(old),
          site,
          page: 'p',
          userId,
        },
      }),
    );
    await dynamo().send(
      new UpdateCommand({
        TableName: config.commentsTable,
        Key: commentKey(site, 'p', old),
        UpdateExpression: 'ADD rx_like :two, score :two',
        ExpressionAttributeValues: { ':two': 2 },
      }),
    );
    await t.counted();
    // Act
    const removed = await reactToComment(t.client(reader.idToken), site, old, 'like', false);
    await t.counted();
    // Assess
    expect(removed).toEqual({ reactions: { like: 1 }, mine: [] });
    const listed = (await thread(site)).comments;
    expect(listed.find((c) => c.id === old)?.reactions).toEqual({ like: 1 });
    expect(listed.find((c) => c.id === seen)?.reactions).toEqual({ like: 1 });
  });
});
