/**
 * The moderators' search text (functions/comments/search-text.ts) and the keys a comment carries
 * for the queue filters and the search (functions/comments/items.ts).
 */
import { describe, expect, it } from 'vitest';
import { commentItem, pinnedCopy, toCommentRecord } from '../../functions/comments/items.js';
import type { CommentRecord } from '../../functions/comments/records.js';
import { SEARCH_TEXT_MAX, searchTerms, searchText } from '../../functions/comments/search-text.js';

const record = (over: Partial<CommentRecord> = {}): CommentRecord => ({
  id: '01JDZB5Q8S0000000000000000',
  site: 's',
  page: 'p',
  parentId: null,
  path: '01JDZB5Q8S0000000000000000',
  depth: 0,
  authorId: null,
  authorName: 'Zoé Martin',
  authorKey: 'guest:abc',
  body: 'Les ÉCOLES, les écoles !',
  status: 'pending',
  createdAt: '2026-12-02T05:00:00.000Z',
  replyCount: 0,
  reactions: {},
  ...over,
});

describe('the search text', () => {
  it('folds case, accents and punctuation, keeps each word once, the name first', () => {
    expect(searchText({ authorName: 'Zoé Martin', body: 'Les ÉCOLES, les écoles !' })).toBe(
      ' zoe martin les ecoles ',
    );
  });

  it('stops before the cap, at a whole word', () => {
    const body = Array.from({ length: 400 }, (_, i) => `mot${i}`).join(' ');

    const text = searchText({ authorName: 'A', body });

    expect(text.length).toBeLessThanOrEqual(SEARCH_TEXT_MAX);
    expect(text.endsWith(' ')).toBe(true);
  });

  it('reads a query as folded terms, each once, the longest first', () => {
    expect(searchTerms('Écol bud ÉCOL')).toEqual(['ecol', 'bud']);
  });
});

describe('a comment’s filter and search keys', () => {
  it('puts a queued comment in its queue’s author and article filters and in a search shard', () => {
    const item = commentItem(record());

    expect(item).toMatchObject({
      gsi3pk: 'QUEUE#s#pending#A#guest:abc',
      gsi4pk: 'QUEUE#s#pending#P#p',
      gsi5pk: expect.stringMatching(/^SEARCH#s#\d+$/),
      searchText: ' zoe martin les ecoles ',
    });
  });

  it('leaves a deleted comment out of the filters and the search', () => {
    const item: Record<string, unknown> = commentItem(record({ status: 'deleted' }));

    expect([item.gsi3pk, item.gsi4pk, item.gsi5pk, item.searchText]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('never returns the search text in a record, nor copies it onto a pinned copy', () => {
    const item = commentItem(record({ status: 'approved' }));

    expect(toCommentRecord(item)).not.toHaveProperty('searchText');
    expect(pinnedCopy(record({ status: 'approved' }))).not.toHaveProperty('searchText');
  });
});
