import { describe, expect, it } from 'vitest';
import { presentComment } from '../../functions/comments/present.js';
import type { CommentRecord } from '../../functions/comments/records.js';

const record = (over: Partial<CommentRecord>): CommentRecord => ({
  id: 'c1',
  site: 's',
  page: 'p',
  parentId: null,
  path: 'c1',
  depth: 0,
  authorId: 'u1',
  authorName: 'Camille',
  authorKey: 'u1',
  body: 'texte',
  status: 'pending',
  createdAt: '2026-11-28T12:00:00Z',
  replyCount: 0,
  reactions: {},
  ...over,
});

describe('a comment’s moderation as the API shows it', () => {
  it('leaves out what the rule matched, which is for moderators only', () => {
    const held = record({
      status: 'rejected',
      heldBy: { phase: 'banned_words', code: 'banned_word', params: {}, matched: ['crétin'] },
    });
    expect(presentComment(held).moderation).toEqual({
      phase: 'banned_words',
      code: 'banned_word',
      params: {},
    });
  });

  it('gives a moderator’s refusal with their own words as a note', () => {
    const refused = record({
      status: 'rejected',
      heldBy: { phase: 'moderator', code: 'moderator_rejected', params: {} },
      decisionReason: 'hors sujet',
    });
    expect(presentComment(refused).moderation).toEqual({
      phase: 'moderator',
      code: 'moderator_rejected',
      params: {},
      note: 'hors sujet',
    });
  });

  it('does not show an old moderator note under a later hold of the pipeline', () => {
    const held = record({
      heldBy: { phase: 'links', code: 'too_many_links', params: { links: 3, max: 1 } },
      decisionReason: 'ancienne note',
    });
    expect(presentComment(held).moderation).not.toHaveProperty('note');
  });

  const legacy: [string, Partial<CommentRecord>, object][] = [
    [
      'a hold that needs no parameter keeps its code',
      { heldBy: { phase: 'guests', reason: 'Guest comments are reviewed on this site' } },
      { phase: 'guests', code: 'guest_comment', params: {} },
    ],
    [
      'a hold that needs parameters becomes unspecified',
      { heldBy: { phase: 'links', reason: '3 links; the site allows 1' } },
      { phase: 'links', code: 'unspecified', params: {} },
    ],
    [
      'a moderator’s refusal with words becomes a refusal with a note',
      {
        status: 'rejected',
        heldBy: { phase: 'links', reason: '3 links; the site allows 1' },
        decisionReason: 'publicité',
      },
      { phase: 'moderator', code: 'moderator_rejected', params: {}, note: 'publicité' },
    ],
    [
      'a hold by reports keeps the count',
      { reported: true, reportCount: 4 },
      { phase: 'reports', code: 'reported', params: { reports: 4 } },
    ],
  ];

  it.each(legacy)(
    'reads an item stored before reason codes: %s, with no English sentence',
    (_, over, expected) => {
      const moderation = presentComment(record(over)).moderation;
      expect(moderation).toEqual(expected);
      expect(JSON.stringify(moderation)).not.toMatch(/the site allows|Guest comments/);
    },
  );
});
