/** The one status model (functions/comments/status.ts), as tables: each row one status or one move. */
import { describe, expect, it } from 'vitest';
import {
  awaitsReview,
  isStricter,
  NOTICES_QUEUE,
  QUEUES,
  queueOf,
  STATUS_FACTS,
  STATUSES,
  type StatusAction,
  statusesWhere,
  transition,
  UNREVIEWED_QUEUE,
} from '../../functions/comments/status.js';
import type { CommentStatus } from '../../functions/comments/types.js';

describe('status facts', () => {
  // status, published, in thread, shown to its author, explained, queue
  const table: [CommentStatus, boolean, boolean, boolean, boolean, string | undefined][] = [
    ['approved', true, true, false, false, 'approved'],
    ['pending', false, false, true, true, 'pending'],
    ['rejected', false, false, true, true, 'rejected'],
    ['spam', false, false, false, true, 'spam'],
    ['deleted', false, true, false, false, undefined],
  ];

  it.each(table)(
    '%s: published %s, in thread %s, shown to author %s, explained %s, queue %s',
    (status, published, inThread, shownToAuthor, explained, queue) => {
      // Assess
      expect(STATUS_FACTS[status]).toMatchObject({ published, inThread, shownToAuthor, explained, queue });
    },
  );

  it('describes every status, and only those', () => {
    expect(STATUSES).toHaveLength(table.length);
    expect(new Set(STATUSES)).toEqual(new Set(table.map(([status]) => status)));
  });

  it('orders statuses from the most public to the least', () => {
    expect(STATUSES).toEqual(['approved', 'pending', 'rejected', 'spam', 'deleted']);
    expect(isStricter('rejected', 'pending')).toBe(true);
    expect(isStricter('pending', 'rejected')).toBe(false);
    expect(isStricter('pending', 'pending')).toBe(false);
  });

  it('lists the statuses that share a fact, in strictness order', () => {
    expect(statusesWhere('published')).toEqual(['approved']);
    expect(statusesWhere('inThread')).toEqual(['approved', 'deleted']);
    expect(statusesWhere('shownToAuthor')).toEqual(['pending', 'rejected']);
    expect(statusesWhere('explained')).toEqual(['pending', 'rejected', 'spam']);
  });
});

describe('queues', () => {
  const table: [CommentStatus, boolean, string | undefined][] = [
    ['pending', false, 'pending'],
    ['pending', true, 'reported'],
    ['approved', false, 'approved'],
    ['approved', true, 'reported'],
    ['rejected', false, 'rejected'],
    ['spam', false, 'spam'],
    ['deleted', false, undefined],
    ['deleted', true, undefined],
  ];

  it.each(table)('a %s comment (reported: %s) waits in %s', (status, reported, queue) => {
    expect(queueOf({ status, reported })).toBe(queue);
  });

  it('offers every queue a comment can wait in, and the unreviewed and notices ones beside them', () => {
    const reached = new Set(table.map(([status, reported]) => queueOf({ status, reported })).filter(Boolean));
    expect(new Set(QUEUES)).toEqual(new Set([...reached, UNREVIEWED_QUEUE, NOTICES_QUEUE]));
  });
});

describe('the unreviewed queue', () => {
  // status at posting, posted by staff, site's moderation → enters `unreviewed`
  const table: [CommentStatus, boolean, 'pre' | 'post', boolean][] = [
    ['approved', false, 'post', true],
    ['approved', true, 'post', false],
    ['approved', false, 'pre', false],
    ['pending', false, 'post', false],
    ['rejected', false, 'post', false],
    ['spam', false, 'post', false],
  ];

  it.each(table)(
    'a new %s comment (staff: %s) on a %s-moderated site enters it: %s',
    (status, staff, moderation, enters) => {
      expect(awaitsReview({ status, authorStaff: staff }, moderation)).toBe(enters);
    },
  );

  it('lets a moderator approve a published comment still to review, marking it reviewed', () => {
    expect(transition('approve', { status: 'approved', unreviewed: true })).toBe('approved');
    expect(transition('approve', { status: 'approved', unreviewed: false })).toBeUndefined();
  });
});

describe('moderators’ transitions', () => {
  const actions: StatusAction[] = ['approve', 'reject', 'spam', 'delete'];
  // from → what each action (approve, reject, spam, delete) gives; '-' when refused
  const table: [CommentStatus, boolean, string, string, string, string][] = [
    ['pending', false, 'approved', 'rejected', 'spam', 'deleted'],
    ['approved', false, '-', 'rejected', 'spam', 'deleted'],
    ['approved', true, 'approved', 'rejected', 'spam', 'deleted'],
    ['rejected', false, 'approved', '-', 'spam', 'deleted'],
    ['spam', false, 'approved', 'rejected', '-', 'deleted'],
    ['deleted', false, '-', '-', '-', '-'],
  ];

  it.each(table)(
    'from %s (reported: %s): approve → %s, reject → %s, spam → %s, delete → %s',
    (from, reported, ...expected) => {
      const outcomes = actions.map((action) => transition(action, { status: from, reported }) ?? '-');
      expect(outcomes).toEqual(expected);
    },
  );
});
