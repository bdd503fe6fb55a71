/**
 * A guest's two member items made one (the move of guest keys to HMACs): the post reads them as
 * one standing, the migration folds the former item into the current one. A ban holds whichever
 * item has it; nothing counted or noted is lost.
 */
import { describe, expect, it } from 'vitest';
import { mergedMemberItem, mergedStanding } from '../../functions/comments/member-merge.js';

const note = (text: string, at: string) => ({ text, byId: 'm-1', byName: 'Claire', at });

describe("a guest's standing read under both keys", () => {
  it('keeps the ban of the former item, and counts the approved comments of both', () => {
    // Act
    const standing = mergedStanding(
      { approvedCount: 1, recentBodyHashes: ['b'] },
      {
        approvedCount: 4,
        bannedUntil: 'forever',
        banReason: 'spam',
        emailConfirmed: true,
        recentBodyHashes: ['a'],
      },
    );

    // Assess
    expect(standing).toMatchObject({
      approvedCount: 5,
      bannedUntil: 'forever',
      banReason: 'spam',
      emailConfirmed: true,
      recentBodyHashes: ['b', 'a'],
    });
  });

  it('keeps the ban that ends last when both items have one', () => {
    const standing = mergedStanding(
      { approvedCount: 0, bannedUntil: '2026-12-10T00:00:00.000Z', bannedBy: 'm-2' },
      { approvedCount: 0, bannedUntil: '2027-01-10T00:00:00.000Z', bannedBy: 'm-1' },
    );

    expect(standing).toMatchObject({ bannedUntil: '2027-01-10T00:00:00.000Z', bannedBy: 'm-1' });
  });
});

describe("a guest's former member folded into the current one", () => {
  it('adds the counters, keeps the key of the current item and the notes of both by date', () => {
    // Prepare
    const current = {
      pk: 'MEMBER#demo#guest:h1.new',
      sk: 'STATE',
      commentCount: 1,
      approvedCount: 1,
      notes: [note('après', '2026-12-03T10:00:00.000Z')],
      updatedAt: '2026-12-03T10:00:00.000Z',
    };
    const former = {
      pk: 'MEMBER#demo#guest:h1.new',
      sk: 'STATE',
      commentCount: 2,
      approvedCount: 2,
      bannedUntil: 'forever',
      banReason: 'insultes',
      bannedBy: 'm-1',
      emailConfirmed: true,
      notes: [note('avant', '2026-12-01T10:00:00.000Z')],
      updatedAt: '2026-12-01T10:00:00.000Z',
    };

    // Act
    const merged = mergedMemberItem(current, former, 100);

    // Assess
    expect(merged).toMatchObject({
      pk: current.pk,
      commentCount: 3,
      approvedCount: 3,
      bannedUntil: 'forever',
      banReason: 'insultes',
      emailConfirmed: true,
      note: 'après',
      updatedAt: '2026-12-03T10:00:00.000Z',
    });
    expect((merged.notes as { text: string }[]).map((n) => n.text)).toEqual(['avant', 'après']);
  });

  it('keeps at most the newest notes the cap allows', () => {
    const merged = mergedMemberItem(
      { notes: [note('c', '2026-12-03')] },
      { notes: [note('a', '2026-12-01'), note('b', '2026-12-02')] },
      2,
    );

    expect((merged.notes as { text: string }[]).map((n) => n.text)).toEqual(['b', 'c']);
  });
});
