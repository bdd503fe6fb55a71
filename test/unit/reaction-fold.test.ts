/**
 * The fold of reaction counts (functions/reactions/fold.ts, fold-service.ts): which records
 * count, grouping by target in stream order, the watermark that keeps a redelivered record from
 * counting twice, counts never below zero, and a refused update read and planned again. The
 * DynamoDB side is tested in test/integration/reaction-fold.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  COUNTED_BY,
  COUNTED_BY_FOLD,
  changeOf,
  type FoldChange,
  groupByTarget,
  planFold,
  sequenceKey,
} from '../../functions/reactions/fold.js';
import type { FoldState } from '../../functions/reactions/fold-repository.js';
import { type FoldStore, foldChanges, foldTarget } from '../../functions/reactions/fold-service.js';

const item = (type: string, target = 'C#c1', marked = true) => ({
  pk: `R#${target}`,
  sk: `U#u1#${type}`,
  type,
  target,
  site: 's',
  page: 'p',
  ...(marked ? { [COUNTED_BY]: COUNTED_BY_FOLD } : {}),
});

const change = (sequence: number, type: string, delta: 1 | -1, key = 'C#c1'): FoldChange => ({
  sequence: sequenceKey(String(sequence)),
  target: { key, site: 's', page: 'p' },
  type,
  delta,
});

describe('which stream records count', () => {
  it('counts an inserted marked item as +1 and a removed one as -1', () => {
    // Act
    const added = changeOf({ eventName: 'INSERT', sequence: '7', newImage: item('like') });
    const removed = changeOf({ eventName: 'REMOVE', sequence: '8', oldImage: item('like') });
    // Assess
    expect(added).toMatchObject({ type: 'like', delta: 1, target: { key: 'C#c1', site: 's', page: 'p' } });
    expect(removed).toMatchObject({ type: 'like', delta: -1 });
  });

  it('ignores an item written before the fold existed (its count moved in its own transaction)', () => {
    // Act
    const added = changeOf({ eventName: 'INSERT', sequence: '7', newImage: item('like', 'C#c1', false) });
    const removed = changeOf({ eventName: 'REMOVE', sequence: '8', oldImage: item('like', 'C#c1', false) });
    // Assess
    expect([added, removed]).toEqual([undefined, undefined]);
  });

  it('ignores a modification, which changes no count', () => {
    // Act
    const modified = changeOf({
      eventName: 'MODIFY',
      sequence: '9',
      newImage: item('like'),
      oldImage: item('like'),
    });
    // Assess
    expect(modified).toBeUndefined();
  });

  it('pads sequence numbers so that they compare as strings', () => {
    // Assess
    expect(sequenceKey('900') < sequenceKey('1000')).toBe(true);
    expect(sequenceKey('900')).toHaveLength(40);
  });
});

describe('grouping a batch', () => {
  it('groups by target, each target’s changes in stream order', () => {
    // Prepare
    const changes = [change(30, 'like', 1), change(10, 'like', 1, 'P#s#p'), change(20, 'love', 1)];
    // Act
    const groups = groupByTarget(changes);
    // Assess
    expect([...groups.keys()]).toEqual(['C#c1', 'P#s#p']);
    expect(groups.get('C#c1')?.map((c) => c.type)).toEqual(['love', 'like']);
  });
});

describe('planning one update of a target', () => {
  it('sums the changes per type and moves the watermark to the last one', () => {
    // Prepare
    const changes = [change(1, 'like', 1), change(2, 'like', 1), change(3, 'love', 1), change(4, 'like', -1)];
    // Act
    const plan = planFold(changes, undefined, {});
    // Assess
    expect(plan).toEqual({ deltas: { like: 1, love: 1 }, scoreDelta: 2, watermark: sequenceKey('4') });
  });

  it('takes only the changes newer than the watermark (a redelivered batch)', () => {
    // Prepare
    const changes = [change(1, 'like', 1), change(2, 'like', 1), change(3, 'like', 1)];
    // Act
    const plan = planFold(changes, sequenceKey('2'), { like: 2 });
    // Assess
    expect(plan?.deltas).toEqual({ like: 1 });
  });

  it('plans nothing when every change was folded already', () => {
    // Act
    const plan = planFold([change(1, 'like', 1), change(2, 'like', 1)], sequenceKey('2'), { like: 2 });
    // Assess
    expect(plan).toBeUndefined();
  });

  it('never takes a count below zero', () => {
    // Act
    const plan = planFold([change(5, 'like', -1), change(6, 'like', -1)], undefined, { like: 1 });
    // Assess
    expect(plan).toMatchObject({ deltas: { like: -1 }, scoreDelta: -1 });
  });
});

/** A target held in memory, whose first `refusals` updates are refused as if another fold came first. */
function memoryTarget(state: FoldState, refusals = 0) {
  let current = { ...state, counts: { ...state.counts } };
  let refused = 0;
  const store: FoldStore = {
    readFoldState: async () => ({ ...current, counts: { ...current.counts } }),
    applyFold: async (_target, read, plan) => {
      if (refused < refusals) {
        refused++;
        // Meanwhile, another reader folded the first change.
        current = {
          ...current,
          watermark: sequenceKey('1'),
          counts: { like: (current.counts.like ?? 0) + 1 },
        };
        return false;
      }
      if (read.watermark !== current.watermark) return false;
      const counts = { ...current.counts };
      for (const [type, delta] of Object.entries(plan.deltas)) counts[type] = (counts[type] ?? 0) + delta;
      current = { ...current, counts, watermark: plan.watermark };
      return true;
    },
  };
  return { store, now: () => current };
}

describe('folding a target', () => {
  it('reads again after a refused update and folds only what the other fold had not', async () => {
    // Prepare
    const target = memoryTarget({ exists: true, counts: {}, ranked: false }, 1);
    // Act
    const done = await foldTarget([change(1, 'like', 1), change(2, 'like', 1)], target.store);
    // Assess
    expect(done).toBe(true);
    expect(target.now()).toMatchObject({ counts: { like: 2 }, watermark: sequenceKey('2') });
  });

  it('folds the same changes delivered twice once', async () => {
    // Prepare
    const target = memoryTarget({ exists: true, counts: {}, ranked: false });
    const changes = [change(1, 'like', 1), change(2, 'love', 1)];
    // Act
    await foldTarget(changes, target.store);
    await foldTarget(changes, target.store);
    // Assess
    expect(target.now().counts).toEqual({ like: 1, love: 1 });
  });

  it('drops the changes of a comment that no longer exists', async () => {
    // Prepare
    const target = memoryTarget({ exists: false, counts: {}, ranked: false });
    // Act
    const done = await foldTarget([change(1, 'like', 1)], target.store);
    // Assess
    expect(done).toBe(true);
    expect(target.now().counts).toEqual({});
  });
});

describe('folding a batch', () => {
  it('names the first change of the earliest target it could not fold, for the batch to come again', async () => {
    // Prepare: the article's updates always refused, the comment's accepted
    const comment = memoryTarget({ exists: true, counts: {}, ranked: false });
    const article = memoryTarget({ exists: true, counts: {}, ranked: false });
    const store: FoldStore = {
      readFoldState: (target) => (target.key === 'P#s#p' ? article : comment).store.readFoldState(target),
      applyFold: async (target, state, plan) =>
        target.key === 'P#s#p' ? false : comment.store.applyFold(target, state, plan),
    };
    const changes = [change(5, 'like', 1), change(7, 'like', 1, 'P#s#p'), change(9, 'like', 1, 'P#s#p')];
    // Act
    const failed = await foldChanges(changes, store);
    // Assess
    expect(failed).toBe(sequenceKey('7'));
    expect(comment.now().counts).toEqual({ like: 1 });
  });

  it('names nothing when every target was folded', async () => {
    // Prepare
    const target = memoryTarget({ exists: true, counts: {}, ranked: false });
    // Act
    const failed = await foldChanges([change(1, 'like', 1), change(2, 'love', 1)], target.store);
    // Assess
    expect(failed).toBeUndefined();
  });
});
