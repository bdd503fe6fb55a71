/** The thread's projection (issue 18): every reaction type counted, and the heavy or private attributes left out. */
import { describe, expect, it } from 'vitest';
import {
  COUNTED_REACTIONS,
  threadAttributes,
  threadProjection,
} from '../../functions/comments/thread-projection.js';
import { REACTION_TYPES } from '../../functions/reactions/schemas.js';

describe('the thread projection', () => {
  it('counts every reaction type the reactions domain knows', () => {
    // Assess
    expect([...COUNTED_REACTIONS].sort()).toEqual([...REACTION_TYPES].sort());
  });

  it('fetches the sort key of the index it reads, for the next page’s position', () => {
    // Act
    const names = threadAttributes('lsi3sk');

    // Assess
    expect(names).toContain('lsi3sk');
    expect(names).not.toContain('lsi1sk');
  });

  it('leaves out the guest’s email, the receipt, the search text and the other indexes’ keys', () => {
    // Act
    const names = threadAttributes('lsi1sk');

    // Assess
    for (const left of ['guestEmail', 'receipt', 'searchText', 'previousBody', 'gsi1pk', 'gsi2sk', 'gsi5pk'])
      expect(names).not.toContain(left);
  });

  it('names every attribute through a placeholder (path, status and page are reserved words)', () => {
    // Act
    const { ProjectionExpression, ExpressionAttributeNames } = threadProjection('lsi1sk');

    // Assess
    const placeholders = ProjectionExpression.split(', ');
    expect(placeholders.every((p) => /^#p\d+$/.test(p))).toBe(true);
    expect(placeholders.map((p) => ExpressionAttributeNames[p])).toEqual(threadAttributes('lsi1sk'));
  });
});
