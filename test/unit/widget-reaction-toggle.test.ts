import { describe, expect, it } from 'vitest';
import { toggledReaction } from '../../widget/src/lib/reaction-toggle.js';

describe('widget: optimistic reaction toggle', () => {
  it('adds the reaction and counts it', () => {
    const after = toggledReaction({ counts: { like: 2 }, mine: [] }, 'like', true);

    expect(after).toEqual({ counts: { like: 3 }, mine: ['like'] });
  });

  it('removes a reaction the reader had, without going below zero', () => {
    expect(toggledReaction({ counts: { like: 1 }, mine: ['like'] }, 'like', true)).toEqual({
      counts: { like: 0 },
      mine: [],
    });
    expect(toggledReaction({ counts: {}, mine: ['like'] }, 'like', true).counts.like).toBe(0);
  });

  it('replaces the previous reaction on a site with one reaction per reader', () => {
    const after = toggledReaction({ counts: { like: 4, love: 1 }, mine: ['like'] }, 'love', true);

    expect(after).toEqual({ counts: { like: 3, love: 2 }, mine: ['love'] });
  });

  it('adds up reactions on a site that allows several', () => {
    const after = toggledReaction({ counts: { like: 4 }, mine: ['like'] }, 'laugh', false);

    expect(after).toEqual({ counts: { like: 4, laugh: 1 }, mine: ['like', 'laugh'] });
  });

  it('leaves its input untouched', () => {
    const before = { counts: { like: 1 }, mine: ['like'] };

    toggledReaction(before, 'like', true);

    expect(before).toEqual({ counts: { like: 1 }, mine: ['like'] });
  });
});
