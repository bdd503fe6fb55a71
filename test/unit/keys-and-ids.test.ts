import { describe, expect, it } from 'vitest';
import { withoutKeys } from '../../functions/shared/data/items.js';
import {
  authorPagePrefix,
  authorSortKey,
  commentIdOfTarget,
  commentKey,
  commentOfKey,
  commentTarget,
  dailyStatsKey,
  dayOfDailyStats,
  isThreadKey,
  logPositionOf,
  logStartKey,
  newestThreadKey,
  oldestThreadKey,
  PAGE_RECORD_THREAD_KEY,
  pageKey,
  pageTarget,
  queuePositionOf,
  queueStartKey,
  reactionsByUserPagePrefix,
  reactionsByUserSortKey,
  siteLogPartition,
  threadRepliesPrefix,
  topThreadKey,
} from '../../functions/shared/data/keys.js';
import {
  commentsIndexes,
  commentsTableDefinition,
  reactionsIndexes,
  reactionsTableDefinition,
} from '../../functions/shared/data/tables.js';
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

describe('thread keys read back', () => {
  const root = newId(1000);
  const reply = newId(2000);

  it('start the replies of a thread with its prefix, and not its top-level comment', () => {
    expect(oldestThreadKey(`${root}/${reply}`).startsWith(threadRepliesPrefix(root))).toBe(true);
    expect(oldestThreadKey(root).startsWith(threadRepliesPrefix(root))).toBe(false);
  });

  it('are recognised in all three orders', () => {
    const keys = [oldestThreadKey(`${root}/${reply}`), newestThreadKey(root), topThreadKey(3, root)];
    expect(keys.every(isThreadKey)).toBe(true);
  });

  it('are not mistaken for another key or a tampered one', () => {
    const others = [commentKey('s', 'p', root).sk, PAGE_RECORD_THREAD_KEY, `T#${root}/x`, `T#12#${root}`];
    expect(others.filter(isThreadKey)).toEqual([]);
  });
});

describe('prefixes', () => {
  const id = newId(1000);

  it('begin the keys they select', () => {
    expect(
      authorSortKey('s', 'p', '2026-01-01T00:00:00.000Z', id).startsWith(authorPagePrefix('s', 'p')),
    ).toBe(true);
    expect(
      reactionsByUserSortKey('s', 'p', commentTarget(id), 'like').startsWith(
        reactionsByUserPagePrefix('s', 'p'),
      ),
    ).toBe(true);
  });
});

describe('keys read back', () => {
  const id = newId(1000);
  const createdAt = '2026-01-01T10:00:00.000Z';

  it('give the page and id of a comment key, whatever the page holds', () => {
    expect(commentOfKey('s', commentKey('s', 'a#b/c', id))).toEqual({ page: 'a#b/c', id });
  });

  it('give nothing for another item or another site', () => {
    expect(commentOfKey('s', pageKey('s', 'p'))).toBeUndefined();
    expect(commentOfKey('t', commentKey('s', 'p', id))).toBeUndefined();
  });

  it('give the comment target of a reaction, and nothing for an article', () => {
    expect(commentIdOfTarget(commentTarget(id))).toBe(id);
    expect(commentIdOfTarget(pageTarget('s', 'p'))).toBeUndefined();
  });

  it('round-trip a moderation queue position through its start key', () => {
    const position = { page: 'a#b', id, createdAt };
    expect(queuePositionOf('s', queueStartKey('s', 'pending', position))).toEqual(position);
  });

  it('refuse a queue key whose sort value names another comment', () => {
    const key = {
      ...queueStartKey('s', 'pending', { page: 'p', id, createdAt }),
      sk: commentKey('s', 'p', newId(5)).sk,
    };
    expect(queuePositionOf('s', key)).toBeUndefined();
  });

  it('give the day a daily-stats item counts', () => {
    expect(dayOfDailyStats(dailyStatsKey('s', '2026-01-01'))).toBe('2026-01-01');
  });

  it('round-trip a log position through its start key', () => {
    const position = { at: createdAt, id };
    expect(logPositionOf(logStartKey(siteLogPartition('s'), position))).toEqual(position);
  });
});

describe('the table description', () => {
  it('names every index of each table as a property', () => {
    const names = (table: {
      localIndexes: readonly { name: string }[];
      globalIndexes: readonly { name: string }[];
    }) => [...table.localIndexes, ...table.globalIndexes].map((index) => index.name).sort();
    expect(
      Object.values(commentsIndexes)
        .map((index) => index.name)
        .sort(),
    ).toEqual(names(commentsTableDefinition));
    expect(
      Object.values(reactionsIndexes)
        .map((index) => index.name)
        .sort(),
    ).toEqual(names(reactionsTableDefinition));
  });

  it('gives the attributes a record read back loses: every key and index attribute, and type', () => {
    const indexes = [...commentsTableDefinition.localIndexes, ...commentsTableDefinition.globalIndexes];
    const keys = ['pk', 'sk', ...indexes.flatMap((index) => [index.partitionKey, index.sortKey]), 'type'];
    const item = Object.fromEntries([...keys, 'body'].map((name) => [name, 'x']));
    expect(withoutKeys(item)).toEqual({ body: 'x' });
  });
});
