import { describe, expect, it } from 'vitest';
import {
  newestThreadKey,
  oldestThreadKey,
  PAGE_RECORD_THREAD_KEY,
} from '../../functions/shared/data/keys.js';
import { invertId, isId, newId } from '../../functions/shared/ids.js';

describe('ids', () => {
  it('are 26-character ULIDs that sort by creation time', () => {
    const earlier = newId(1_700_000_000_000);
    const later = newId(1_700_000_000_001);
    expect(isId(earlier)).toBe(true);
    expect(earlier < later).toBe(true);
  });

  it('invert so that ascending order of the inverse is descending order of the ids', () => {
    const ids = [newId(1), newId(2), newId(3)];
    const inverted = ids.map(invertId).sort();
    expect(inverted).toEqual(ids.map(invertId).reverse());
  });
});

describe('thread keys', () => {
  const root1 = newId(1000);
  const root2 = newId(2000);
  const reply = newId(3000);

  it('keep a thread together, replies after their top-level comment, in oldest order', () => {
    const keys = [
      oldestThreadKey(root2),
      oldestThreadKey(`${root1}/${reply}`),
      oldestThreadKey(root1),
    ].sort();
    expect(keys).toEqual([
      oldestThreadKey(root1),
      oldestThreadKey(`${root1}/${reply}`),
      oldestThreadKey(root2),
    ]);
  });

  it('put newer top-level comments first in newest order, their replies still after them', () => {
    const keys = [
      newestThreadKey(root1),
      newestThreadKey(`${root1}/${reply}`),
      newestThreadKey(root2),
    ].sort();
    expect(keys).toEqual([
      newestThreadKey(root2),
      newestThreadKey(root1),
      newestThreadKey(`${root1}/${reply}`),
    ]);
  });

  it('sort the page record before every comment', () => {
    expect(PAGE_RECORD_THREAD_KEY < oldestThreadKey(root1)).toBe(true);
    expect(PAGE_RECORD_THREAD_KEY < newestThreadKey(root1)).toBe(true);
  });
});
