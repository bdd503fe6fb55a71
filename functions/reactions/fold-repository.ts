/**
 * Reactions: the fold's reads and writes of a target's counts (a comment or a page record in the
 * comments table). One consistent read of the target, then one update conditioned on what was
 * read: the watermark (nothing folded meanwhile) and, when the top order's key moves with the
 * score, the score and whether the comment is ranked. A refused update is read and planned again.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { pageRecordSet, reactionCounts } from '../comments/store.js';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import {
  commentIdOfTarget,
  commentKey,
  pageKey,
  reactionCountAttribute,
  topThreadKey,
} from '../shared/data/keys.js';
import type { FoldPlan, FoldTarget } from './fold.js';

/** The target's attribute holding the last stream sequence number folded into it. */
export const WATERMARK_ATTRIBUTE = 'rxSeq';

/** What the fold reads of a target before planning. */
export interface FoldState {
  /** A comment that no longer exists takes no counts (a page record is created by the fold). */
  exists: boolean;
  watermark?: string;
  counts: Record<string, number>;
  score?: number;
  /** Whether the comment is ranked in the top order now (a visible top-level comment has `lsi3sk`). */
  ranked: boolean;
}

const keyOf = (target: FoldTarget) => {
  const commentId = commentIdOfTarget(target.key);
  return commentId ? commentKey(target.site, target.page, commentId) : pageKey(target.site, target.page);
};

/** The target's counts, score, rank and watermark, read consistently. */
export async function readFoldState(target: FoldTarget): Promise<FoldState> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: keyOf(target), ConsistentRead: true }),
  );
  const comment = commentIdOfTarget(target.key) !== undefined;
  return {
    exists: Boolean(Item) || !comment,
    watermark: Item?.[WATERMARK_ATTRIBUTE] as string | undefined,
    counts: Item ? reactionCounts(Item) : {},
    score: Item?.score === undefined ? undefined : Number(Item.score),
    ranked: comment && Item?.lsi3sk !== undefined,
  };
}

/**
 * Folds the plan into the target in one UpdateItem; false when the target changed since `state`
 * was read (the caller reads again). A ranked comment's top-order key is set from the new score.
 */
export async function applyFold(target: FoldTarget, state: FoldState, plan: FoldPlan): Promise<boolean> {
  const commentId = commentIdOfTarget(target.key);
  const names: Record<string, string> = { '#seq': WATERMARK_ATTRIBUTE };
  const values: Record<string, unknown> = { ':seq': plan.watermark };
  const adds: string[] = [];
  const sets = ['#seq = :seq'];
  const conditions = [state.watermark === undefined ? 'attribute_not_exists(#seq)' : '#seq = :was'];
  if (state.watermark !== undefined) values[':was'] = state.watermark;
  Object.entries(plan.deltas)
    .filter(([, delta]) => delta !== 0)
    .forEach(([type, delta], i) => {
      names[`#c${i}`] = reactionCountAttribute(type);
      values[`:d${i}`] = delta;
      adds.push(`#c${i} :d${i}`);
    });
  if (commentId) {
    conditions.push('attribute_exists(pk)');
    if (plan.scoreDelta !== 0) {
      adds.push('score :score');
      values[':score'] = plan.scoreDelta;
    }
    if (state.ranked) {
      // The fold is the only writer of the counts: the key follows the score it leaves.
      sets.push('lsi3sk = :top');
      values[':top'] = topThreadKey((state.score ?? 0) + plan.scoreDelta, commentId);
      conditions.push('attribute_exists(lsi3sk)');
      conditions.push(state.score === undefined ? 'attribute_not_exists(score)' : 'score = :was_score');
      if (state.score !== undefined) values[':was_score'] = state.score;
    } else conditions.push('attribute_not_exists(lsi3sk)');
  } else {
    // An article's first reaction may come before its first comment: create its page record.
    const record = pageRecordSet(target.site, target.page);
    sets.push(...record.sets);
    Object.assign(names, record.names);
    Object.assign(values, record.values);
  }
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: config.commentsTable,
        Key: keyOf(target),
        UpdateExpression: `SET ${sets.join(', ')}${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
