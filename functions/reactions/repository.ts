/**
 * Reactions: one item per reader, target and type in the reactions table; the counts are
 * `rx_<type>` attributes of the target's own item (comment or page record) in the comments
 * table, so the thread Query returns them for free. The reader's item and the target's count
 * change in one transaction, conditioned so that nothing counts twice or goes below zero, and
 * (unless the site allows it) on the article being open: the page record's own update carries
 * the condition for a reaction to the article, a ConditionCheck of it one to a comment.
 */

import { DeleteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { openCondition, pageRecordSet, reactionCounts } from '../comments/store.js';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import {
  commentIdOfTarget,
  commentKey,
  commentTarget,
  pageKey,
  pageTarget,
  reactionCountAttribute,
  reactionKey,
  reactionsByUserPagePrefix,
  reactionsByUserPartition,
  reactionsByUserSortKey,
  reactionTargetPartition,
  readerReactionsPrefix,
  topThreadKey,
} from '../shared/data/keys.js';
import { reactionsIndexes } from '../shared/data/tables.js';
import { conditionalWrite, type Step, type TransactItem, transact } from '../shared/data/transact.js';

/** What a reaction is attached to, with where its counts are kept. */
export interface Target {
  /** `C#<id>` or `P#<site>#<page>`. */
  key: string;
  site: string;
  page: string;
  /** Set for a comment: its id, and whether it is ranked in the top order (top-level). */
  comment?: { id: string; topLevel: boolean };
}

/** A comment as a reaction target (only top-level comments are ranked in `top` order). */
export const commentTargetOf = (comment: {
  id: string;
  site: string;
  page: string;
  depth: number;
}): Target => ({
  key: commentTarget(comment.id),
  site: comment.site,
  page: comment.page,
  comment: { id: comment.id, topLevel: comment.depth === 0 },
});

/** An article as a reaction target. */
export const pageTargetOf = (site: string, page: string): Target => ({
  key: pageTarget(site, page),
  site,
  page,
});

/** The target a stored reaction points to (its key is `C#<id>` or `P#<site>#<page>`). */
function storedTarget(item: Record<string, unknown>): Target {
  const key = String(item.target);
  const site = String(item.site);
  const page = String(item.page);
  // The rank of a comment is left alone when a reaction is removed this way (account deletion).
  const commentId = commentIdOfTarget(key);
  return commentId ? { key, site, page, comment: { id: commentId, topLevel: false } } : { key, site, page };
}

const countsKey = (target: Target) =>
  target.comment
    ? commentKey(target.site, target.page, target.comment.id)
    : pageKey(target.site, target.page);

/** The types this reader has on this target. */
export async function readerTypesOn(target: Target, userId: string): Promise<string[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: config.reactionsTable,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :reader)',
      ExpressionAttributeValues: {
        ':pk': reactionTargetPartition(target.key),
        ':reader': readerReactionsPrefix(userId),
      },
      ConsistentRead: true,
    }),
  );
  return Items.map((item) => String(item.type));
}

/** The reader's reactions on one article and on its comments (by comment id). */
export async function readerReactionsOnPage(userId: string, site: string, page: string) {
  const mine = { page: [] as string[], comments: {} as Record<string, string[]> };
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: config.reactionsTable,
      IndexName: reactionsIndexes.byUser.name,
      KeyConditionExpression: 'gsi1pk = :user AND begins_with(gsi1sk, :page)',
      ExpressionAttributeValues: {
        ':user': reactionsByUserPartition(userId),
        ':page': reactionsByUserPagePrefix(site, page),
      },
    }),
  );
  for (const item of Items) {
    const target = storedTarget(item);
    const type = String(item.type);
    if (!target.comment) mine.page.push(type);
    else mine.comments[target.comment.id] = [...(mine.comments[target.comment.id] ?? []), type];
  }
  return mine;
}

export type ChangeOutcome = 'changed' | 'unchanged' | 'target_gone' | 'page_closed';

/**
 * Whether a closed article refuses the change (`page_closed`): a reader's reaction, with the
 * site's `autoCloseAfterDays` cutoff (`openSince`, see `autoCloseCutoff`); not an account's deletion.
 */
export type WhenClosed = 'allow' | { refuse: true; openSince?: string };

/**
 * Adds `type` (and removes `replacing`, for sites with one reaction per reader) in one
 * transaction. 'unchanged' when the reader already had it; 'target_gone' when the comment is no
 * longer visible.
 */
export async function addReaction(
  target: Target,
  userId: string,
  type: string,
  replacing: string[],
  whenClosed: WhenClosed,
): Promise<ChangeOutcome> {
  const now = new Date().toISOString();
  const deltas = new Map<string, number>([[type, 1], ...replacing.map((t) => [t, -1] as [string, number])]);
  const reader = {
    Put: {
      TableName: config.reactionsTable,
      Item: {
        ...reactionKey(target.key, userId, type),
        type,
        target: target.key,
        site: target.site,
        page: target.page,
        userId,
        createdAt: now,
        gsi1pk: reactionsByUserPartition(userId),
        gsi1sk: reactionsByUserSortKey(target.site, target.page, target.key, type),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  const removals = replacing.map((old) => ({
    Delete: {
      TableName: config.reactionsTable,
      Key: reactionKey(target.key, userId, old),
      ConditionExpression: 'attribute_exists(pk)',
    },
  }));
  return change(target, reader, removals, deltas, whenClosed);
}

/** Removes the reader's `type` on the target; 'unchanged' when they did not have it. */
export async function removeReaction(
  target: Target,
  userId: string,
  type: string,
  whenClosed: WhenClosed,
): Promise<ChangeOutcome> {
  const reader = {
    Delete: {
      TableName: config.reactionsTable,
      Key: reactionKey(target.key, userId, type),
      ConditionExpression: 'attribute_exists(pk)',
    },
  };
  return change(target, reader, [], new Map([[type, -1]]), whenClosed);
}

/** Deletes a reader's reaction item alone, for a target whose counts no longer matter. */
export async function deleteReaderItem(target: Target, userId: string, type: string): Promise<void> {
  await dynamo().send(
    new DeleteCommand({ TableName: config.reactionsTable, Key: reactionKey(target.key, userId, type) }),
  );
}

/**
 * One update of the target's counts: ADD per type, each decrement conditioned on staying >= 0;
 * the article's counts, on the article being open too when a closed one refuses reactions.
 */
function countUpdate(target: Target, deltas: Map<string, number>, whenClosed: WhenClosed) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const adds: string[] = [];
  const conditions: string[] = [];
  let total = 0;
  [...deltas].forEach(([type, delta], i) => {
    names[`#c${i}`] = reactionCountAttribute(type);
    values[`:d${i}`] = delta;
    adds.push(`#c${i} :d${i}`);
    if (delta < 0) {
      conditions.push(`#c${i} > :zero`);
      values[':zero'] = 0;
    }
    total += delta;
  });
  if (target.comment) {
    adds.push('score :total');
    values[':total'] = total;
    conditions.push('attribute_exists(pk)', '#status = :approved');
    names['#status'] = 'status';
    values[':approved'] = 'approved';
  }
  const update = {
    TableName: config.commentsTable,
    Key: countsKey(target),
    UpdateExpression: `ADD ${adds.join(', ')}`,
    ConditionExpression: conditions.length ? conditions.join(' AND ') : undefined,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
  if (!target.comment) {
    // An article's first reaction may come before its first comment: create its page record.
    const record = pageRecordSet(target.site, target.page);
    update.UpdateExpression += ` SET ${record.sets.join(', ')}`;
    Object.assign(names, record.names);
    Object.assign(values, record.values);
    if (whenClosed !== 'allow') {
      const open = openCondition(whenClosed.openSince);
      update.ConditionExpression = [update.ConditionExpression, `(${open.condition})`]
        .filter(Boolean)
        .join(' AND ');
      Object.assign(values, open.values);
    }
  }
  return { Update: update };
}

/**
 * The reader's item, the replaced types' items and the target's counts in one transaction. The
 * reader's own item is first: its condition failing means a replay, not a problem. A closed
 * article refuses it in the same transaction: the article's own counts carry the condition; a
 * comment's, a ConditionCheck of its page record beside them.
 */
async function change(
  target: Target,
  reader: TransactItem,
  removals: TransactItem[],
  deltas: Map<string, number>,
  whenClosed: WhenClosed,
) {
  const refuseClosed = whenClosed !== 'allow';
  const steps: Step<Exclude<ChangeOutcome, 'changed'>>[] = [
    { item: reader, refused: 'unchanged' },
    ...removals.map((item) => ({ item })),
    {
      item: countUpdate(target, deltas, whenClosed),
      refused: !target.comment && refuseClosed ? 'page_closed' : 'target_gone',
    },
  ];
  if (target.comment && whenClosed !== 'allow') {
    const open = openCondition(whenClosed.openSince);
    steps.push({
      item: {
        ConditionCheck: {
          TableName: config.commentsTable,
          Key: pageKey(target.site, target.page),
          ConditionExpression: open.condition,
          ExpressionAttributeValues: open.values,
        },
      },
      refused: 'page_closed',
    });
  }
  const { refused } = await transact(steps);
  return refused ?? 'changed';
}

/** The target's counts now, read after a change (consistent), and its score for comments. */
export async function readCounts(
  target: Target,
): Promise<{ counts: Record<string, number>; score: number; topKey?: string }> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: countsKey(target), ConsistentRead: true }),
  );
  return {
    counts: Item ? reactionCounts(Item) : {},
    score: Number(Item?.score ?? 0),
    topKey: Item?.lsi3sk as string | undefined,
  };
}

/**
 * Moves a top-level comment to its place in the top order. The key is derived from the score
 * read just before, and written only if the score has not moved since: the last writer always
 * writes the key of the latest score.
 */
export async function rankComment(target: Target, score: number): Promise<boolean> {
  if (!target.comment?.topLevel) return true;
  const { refused } = await conditionalWrite({
    item: {
      Update: {
        TableName: config.commentsTable,
        Key: countsKey(target),
        UpdateExpression: 'SET lsi3sk = :key',
        ConditionExpression: 'score = :score AND attribute_exists(lsi3sk)',
        ExpressionAttributeValues: { ':key': topThreadKey(score, target.comment.id), ':score': score },
      },
    },
    refused: 'score_moved',
  });
  return refused === undefined;
}

/** Every reaction of a reader (account deletion, export), page by page of the by-user index. */
export async function* allReaderReactions(
  userId: string,
): AsyncGenerator<{ target: Target; type: string; createdAt: string }> {
  let start: Record<string, unknown> | undefined;
  do {
    const { Items = [], LastEvaluatedKey } = await dynamo().send(
      new QueryCommand({
        TableName: config.reactionsTable,
        IndexName: reactionsIndexes.byUser.name,
        KeyConditionExpression: 'gsi1pk = :user',
        ExpressionAttributeValues: { ':user': reactionsByUserPartition(userId) },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of Items) {
      yield { target: storedTarget(item), type: String(item.type), createdAt: String(item.createdAt) };
    }
    start = LastEvaluatedKey;
  } while (start);
}
