import { beforeAll, describe, expect, it, vi } from 'vitest';
import { queueCountsUpdate, queuesOf } from '../../functions/comments/queue-counts.js';

describe('the queue counts of a move', () => {
  // The step names its table; no table is reached.
  beforeAll(() => {
    vi.stubEnv('COMMENTS_TABLE', 'comments');
  });

  it('lists a comment in its status’s queue, reported instead while reports wait, and unreviewed', () => {
    expect(queuesOf({ status: 'pending' })).toEqual(['pending']);
    expect(queuesOf({ status: 'approved', reported: true, unreviewed: true })).toEqual([
      'reported',
      'unreviewed',
    ]);
    expect(queuesOf({ status: 'deleted' })).toEqual([]);
  });

  it('adds the difference between the queues before and after', () => {
    const update = queueCountsUpdate('s', { status: 'approved', unreviewed: true }, { status: 'rejected' });

    const values = update?.Update?.ExpressionAttributeValues ?? {};
    const names = update?.Update?.ExpressionAttributeNames ?? {};
    const moves = Object.fromEntries(
      Object.entries(names)
        .filter(([name]) => name.startsWith('#q'))
        .map(([name, queue]) => [queue, values[`:d${name.slice(2)}`]]),
    );
    expect(moves).toEqual({ approved: -1, unreviewed: -1, rejected: 1 });
  });

  it('writes nothing when the comment stays in the same queues', () => {
    expect(queueCountsUpdate('s', { status: 'approved' }, { status: 'approved' })).toBeUndefined();
  });
});
