/**
 * Reactions: the fold, the only writer of reaction counts. A batch of the reactions table's
 * stream becomes one read and one update per target, whatever the number of reactions to it.
 * Redelivery folds nothing twice: each target keeps the last sequence number folded into it
 * and takes only newer changes. This relies on a target's records coming in order: all of them
 * share its partition key `R#<target>`, and a stream delivers one key's records in one shard, in
 * order (no split of that key's items across partitions, which DynamoDB does not promise).
 */
import { logger } from '../shared/logger.js';
import { type FoldChange, groupByTarget, planFold } from './fold.js';
import { applyFold, readFoldState } from './fold-repository.js';

/** What the fold reads and writes, as parameters (the DynamoDB repository; doubles in unit tests). */
export interface FoldStore {
  readFoldState: typeof readFoldState;
  applyFold: typeof applyFold;
}

const dynamoStore: FoldStore = { readFoldState, applyFold };

// A refused update means another fold (a redelivery, or the local readers of a shared table)
// moved the target meanwhile: read again. Past this many, the batch is delivered again.
const ATTEMPTS = 8;
// Targets folded at once: a batch over a thousand comments is not a thousand round trips in a row.
const PARALLEL = 16;

/** Folds one target's changes; true once they are all in (or the comment no longer exists). */
export async function foldTarget(changes: readonly FoldChange[], store: FoldStore = dynamoStore) {
  const target = changes[0]?.target;
  if (!target) return true;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const state = await store.readFoldState(target);
    if (!state.exists) return true;
    const plan = planFold(changes, state.watermark, state.counts);
    if (!plan) return true;
    if (await store.applyFold(target, state, plan)) return true;
  }
  return false;
}

/**
 * Folds a batch; the earliest sequence number of a target that could not be folded, if any (the
 * batch is delivered again from there, and what was folded is skipped by the watermarks).
 */
export async function foldChanges(
  changes: readonly FoldChange[],
  store: FoldStore = dynamoStore,
): Promise<string | undefined> {
  const groups = [...groupByTarget(changes).values()];
  let failed: string | undefined;
  const next = async (): Promise<void> => {
    const group = groups.shift();
    if (!group) return;
    const done = await foldTarget(group, store).catch((error) => {
      logger.error('Reaction fold failed', { target: group[0]?.target.key, error });
      return false;
    });
    const first = group[0]?.sequence;
    if (!done && first && (failed === undefined || first < failed)) failed = first;
    return next();
  };
  await Promise.all(Array.from({ length: PARALLEL }, next));
  return failed;
}
