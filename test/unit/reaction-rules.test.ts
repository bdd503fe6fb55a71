/**
 * The reaction rules (functions/reactions/service.ts `react`) against a plain in-memory store:
 * which types a site offers, one reaction per reader or many, idempotent calls, a closed article,
 * a banned reader, the answer's counts (read before the write, the caller's change applied). The DynamoDB side is tested in test/integration/reactions.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ChangeOutcome, Target } from '../../functions/reactions/repository.js';
import { type ReactionStore, react } from '../../functions/reactions/service.js';
import type { Caller } from '../../functions/shared/auth/caller.js';
import { AppError } from '../../functions/shared/errors.js';
import { type Site, siteSettingsSchema } from '../../functions/sites/schemas.js';

const target: Target = { key: 'C#c1', site: 's', page: 'p', comment: { id: 'c1', topLevel: true } };
const caller: Caller = {
  kind: 'account',
  userId: 'u1',
  name: 'Lectrice',
  email: 'l@example.org',
  roles: [],
  siteRoles: {},
};

function siteWith(settings: Partial<Site> = {}): Site {
  return { ...siteSettingsSchema.parse({}), id: 's', createdAt: '', updatedAt: '', ...settings } as Site;
}

/** A store holding one reader's types on one target, and counts derived from them. */
function memoryStore(
  initial: string[] = [],
  options: { closed?: boolean; banned?: boolean; limited?: boolean; counts?: Record<string, number> } = {},
) {
  let mine = [...initial];
  const writes: string[] = [];
  const store: ReactionStore = {
    readerTypesOn: async () => [...mine],
    addReaction: async (_t, _u, type, replacing): Promise<ChangeOutcome> => {
      writes.push(`add ${type}${replacing.length ? ` replacing ${replacing.join(',')}` : ''}`);
      mine = [...mine.filter((t) => !replacing.includes(t)), type];
      return 'changed';
    },
    removeReaction: async (_t, _u, type): Promise<ChangeOutcome> => {
      writes.push(`remove ${type}`);
      mine = mine.filter((t) => t !== type);
      return 'changed';
    },
    // The stored counts as the fold left them: this reader's types, or the counts given.
    readTargetState: async () => ({
      counts: options.counts ?? Object.fromEntries(mine.map((t) => [t, 1])),
      closed: options.closed ?? false,
    }),
    assertNotBanned: async () => {
      if (options.banned) throw new AppError('banned', 'You can no longer take part on this site.');
    },
    consume: async () => {
      if (options.limited) throw new AppError('rate_limited', 'Too many attempts; try again in 1 s.');
    },
  };
  return { store, writes };
}

describe('reaction rules', () => {
  it('refuses a type the site does not offer, writing nothing', async () => {
    // Prepare
    const { store, writes } = memoryStore();
    const site = siteWith({ reactionTypes: ['like'] });
    // Act
    const attempt = react(target, site, caller, 'love', true, store);
    // Assess
    await expect(attempt).rejects.toMatchObject({ code: 'reaction_type_not_enabled' });
    expect(writes).toEqual([]);
  });

  it('replaces the previous reaction on a site with one reaction per reader', async () => {
    const { store, writes } = memoryStore(['like']);
    const site = siteWith({ reactionTypes: ['like', 'love'], reactionsPerReader: 'one' });
    const state = await react(target, site, caller, 'love', true, store);
    expect(writes).toEqual(['add love replacing like']);
    expect(state).toEqual({ reactions: { love: 1 }, mine: ['love'] });
  });

  it('adds beside the others on a site with many reactions per reader', async () => {
    const { store, writes } = memoryStore(['like']);
    const site = siteWith({ reactionTypes: ['like', 'love'], reactionsPerReader: 'many' });
    const state = await react(target, site, caller, 'love', true, store);
    expect(writes).toEqual(['add love']);
    expect(state.mine).toEqual(['like', 'love']);
  });

  it('writes nothing when the reader already has the reaction (an idempotent repeat)', async () => {
    const { store, writes } = memoryStore(['like']);
    const site = siteWith({ reactionTypes: ['like'] });
    const state = await react(target, site, caller, 'like', true, store);
    expect(writes).toEqual([]);
    expect(state).toEqual({ reactions: { like: 1 }, mine: ['like'] });
  });

  it('writes nothing when removing a reaction the reader does not have', async () => {
    const { store, writes } = memoryStore([]);
    const site = siteWith({ reactionTypes: ['like'] });
    const state = await react(target, site, caller, 'like', false, store);
    expect(writes).toEqual([]);
    expect(state.mine).toEqual([]);
  });

  it('refuses a change on a closed article, writing nothing', async () => {
    const { store, writes } = memoryStore([], { closed: true });
    const site = siteWith({ reactionTypes: ['like'] });
    await expect(react(target, site, caller, 'like', true, store)).rejects.toMatchObject({
      code: 'page_closed',
    });
    expect(writes).toEqual([]);
  });

  it('answers the counts read before the write with the caller’s change applied', async () => {
    const { store } = memoryStore([], { counts: { like: 41, love: 2 } });
    const site = siteWith({ reactionTypes: ['like', 'love'] });
    const state = await react(target, site, caller, 'like', true, store);
    expect(state.reactions).toEqual({ like: 42, love: 2 });
  });

  it('never answers a count below zero when the stored one trails the fold', async () => {
    const { store } = memoryStore(['like'], { counts: {} });
    const site = siteWith({ reactionTypes: ['like'] });
    const state = await react(target, site, caller, 'like', false, store);
    expect(state).toEqual({ reactions: {}, mine: [] });
  });

  it('refuses a banned reader before any write', async () => {
    const { store, writes } = memoryStore([], { banned: true });
    const site = siteWith({ reactionTypes: ['like'] });
    await expect(react(target, site, caller, 'like', true, store)).rejects.toMatchObject({
      code: 'banned',
    });
    expect(writes).toEqual([]);
  });

  it('refuses a reader over the reaction limit before any write', async () => {
    const { store, writes } = memoryStore([], { limited: true });
    const site = siteWith({ reactionTypes: ['like'] });
    await expect(react(target, site, caller, 'like', true, store)).rejects.toMatchObject({
      code: 'rate_limited',
    });
    expect(writes).toEqual([]);
  });
});
