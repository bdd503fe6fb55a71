/**
 * Reactions: one item per reader, target and type in the reactions table, written alone (one
 * conditional Put to add, one conditional Delete to remove: nothing counts twice). The counts are
 * `rx_<type>` attributes of the target's own item (comment or page record) in the comments
 * table, so the thread Query returns them for free; the fold (fold-service.ts) keeps them from
 * the reactions table's stream. Items written before the fold have no `countedBy` marker: their
 * counts were changed in the same transaction, and they are still removed that way.
 */

import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { getPages, isClosed, reactionCounts } from '../comments/store.js';
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
} from '../shared/data/keys.js';
import { reactionsIndexes } from '../shared/data/tables.js';
import { conditionalWrite, transact } from '../shared/data/transact.js';
import { COUNTED_BY, COUNTED_BY_FOLD } from './fold.js';

/** What a reaction is attached to, with where its counts are kept. */
export interface Target {
  /** `C#<id>` or `P#<site>#<page>`. */
  key: string;
  site: string;
  page: string;
  /** Set for a comment: its id, and whether it is ranked in the top order (top-level). */
  comment?: { id: string; topLevel: boolean };
  /** The counts as read with the target (a comment's record), so the call reads them once. */
  counts?: Record<string, number>;
}

/** A comment as a reaction target (only top-level comments are ranked in `top` order). */
export const commentTargetOf = (comment: {
  id: string;
  site: string;
  page: string;
  depth: number;
  reactions?: Record<string, number>;
}): Target => ({
  key: commentTarget(comment.id),
  site: comment.site,
  page: comment.page,
  comment: { id: comment.id, topLevel: comment.depth === 0 },
  counts: comment.reactions,
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

export type ChangeOutcome = 'changed' | 'unchanged';

/** A closed article refuses a reader's change (with the site's `autoCloseAfterDays` cutoff), or not. */
export type WhenClosed = 'allow' | { refuse: true; openSince?: string };

/** What a reaction call reads before its write: the target's counts, and whether it is closed to it. */
export interface TargetState {
  counts: Record<string, number>;
  closed: boolean;
}

/**
 * The target's counts (eventually consistent: they trail the fold anyway) and, when closed
 * articles refuse reactions, whether its article is closed: one read of the page record for an
 * article; for a comment, its counts as read with it (else a read of it) and, to refuse, its page
 * record.
 */
export async function readTargetState(target: Target, whenClosed: WhenClosed): Promise<TargetState> {
  const cutoff = whenClosed === 'allow' ? undefined : whenClosed.openSince;
  const needPage = !target.comment || whenClosed !== 'allow';
  const [page, item] = await Promise.all([
    needPage ? getPages(target.site, [target.page]).then((found) => found.get(target.page)) : undefined,
    target.comment && !target.counts
      ? dynamo()
          .send(new GetCommand({ TableName: config.commentsTable, Key: countsKey(target) }))
          .then(({ Item }) => Item)
      : undefined,
  ]);
  const counts = target.comment
    ? (target.counts ?? (item ? reactionCounts(item) : {}))
    : (page?.reactions ?? {});
  return { counts, closed: whenClosed !== 'allow' && isClosed(page, cutoff) };
}

/**
 * Adds `type` with one conditional Put ('unchanged' when the reader already had it), then removes
 * `replacing` (a site with one reaction per reader) one Delete each: not atomic, so a failure in
 * between leaves the reader with both until their next change, each counted exactly.
 */
export async function addReaction(
  target: Target,
  userId: string,
  type: string,
  replacing: string[],
): Promise<ChangeOutcome> {
  const { refused } = await conditionalWrite({
    item: {
      Put: {
        TableName: config.reactionsTable,
        Item: {
          ...reactionKey(target.key, userId, type),
          type,
          target: target.key,
          site: target.site,
          page: target.page,
          userId,
          createdAt: new Date().toISOString(),
          [COUNTED_BY]: COUNTED_BY_FOLD,
          gsi1pk: reactionsByUserPartition(userId),
          gsi1sk: reactionsByUserSortKey(target.site, target.page, target.key, type),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    refused: 'unchanged',
  });
  if (refused) return 'unchanged';
  for (const old of replacing) await removeReaction(target, userId, old);
  return 'changed';
}

/**
 * Removes the reader's `type` on the target; 'unchanged' when they did not have it. An item the
 * fold counts goes with one Delete; an older one with its count, in one transaction as it came.
 */
export async function removeReaction(target: Target, userId: string, type: string): Promise<ChangeOutcome> {
  const key = reactionKey(target.key, userId, type);
  const { refused } = await conditionalWrite({
    item: {
      Delete: {
        TableName: config.reactionsTable,
        Key: key,
        ConditionExpression: 'attribute_exists(pk) AND #counted = :fold',
        ExpressionAttributeNames: { '#counted': COUNTED_BY },
        ExpressionAttributeValues: { ':fold': COUNTED_BY_FOLD },
      },
    },
    refused: 'not_folded',
  });
  return refused ? removeUnmarked(target, key, type) : 'changed';
}

/** An item from before the fold: deleted with its count (or alone, if its comment is gone). */
async function removeUnmarked(
  target: Target,
  key: ReturnType<typeof reactionKey>,
  type: string,
): Promise<ChangeOutcome> {
  const unmarked = {
    TableName: config.reactionsTable,
    Key: key,
    ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#counted)',
    ExpressionAttributeNames: { '#counted': COUNTED_BY },
  };
  const { refused } = await transact<'unchanged' | 'target_gone'>([
    { item: { Delete: unmarked }, refused: 'unchanged' },
    {
      item: {
        Update: {
          TableName: config.commentsTable,
          Key: countsKey(target),
          UpdateExpression: target.comment ? 'ADD #c :minus, score :minus' : 'ADD #c :minus',
          ConditionExpression: 'attribute_exists(pk) AND #c > :zero',
          ExpressionAttributeNames: { '#c': reactionCountAttribute(type) },
          ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
        },
      },
      refused: 'target_gone',
    },
  ]);
  if (refused === 'unchanged') return 'unchanged';
  if (refused === 'target_gone') {
    // A comment gone (or a count already at zero) keeps nothing to decrement: the item goes alone.
    const { refused: absent } = await conditionalWrite({ item: { Delete: unmarked }, refused: 'unchanged' });
    return absent ?? 'changed';
  }
  return 'changed';
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
