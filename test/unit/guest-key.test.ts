/**
 * Guest keys (issue 16, point 6): an HMAC with the stage's ids key, not a bare hash of the email
 * anyone can recompute from a list of addresses; the former keys map to the new ones without the
 * email, once and for all (migrating twice changes nothing).
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planFor, rewritten } from '../../functions/migrations/guest-keys-plan.js';
import {
  guestKey,
  isLegacyGuestKey,
  legacyGuestKey,
  migratedGuestKey,
  withMigratedGuestKeys,
} from '../../functions/shared/guest-key.js';

const email = 'Zoe.Martin@Example.org ';
const bareHash = `guest:${createHash('sha256').update('zoe.martin@example.org').digest('base64url')}`;

/** The module loaded afresh with `secret` as the stage's ids key. */
async function withIdsKey(secret: string) {
  vi.resetModules();
  vi.stubEnv('IDS_SECRET', secret);
  return import('../../functions/shared/guest-key.js');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('a guest key', () => {
  it('is not the bare sha-256 of the email any more', () => {
    // Act
    const key = guestKey(email);

    // Assess
    expect(key).toMatch(/^guest:h1\.[\w-]{43}$/);
    expect(key).not.toBe(bareHash);
    expect(key).not.toContain(bareHash.slice('guest:'.length));
  });

  it('is the same for the same email however it is written', () => {
    expect(guestKey('zoe.martin@example.org')).toBe(guestKey(email));
  });

  it('differs with another ids key', async () => {
    // Prepare
    const one = await withIdsKey('une-clé');
    const other = await withIdsKey('une-autre-clé');

    // Assess
    expect(one.guestKey(email)).not.toBe(other.guestKey(email));
    expect(one.legacyGuestKey(email)).toBe(other.legacyGuestKey(email));
  });
});

describe('a former guest key', () => {
  it('is the bare hash, told apart from a current key', () => {
    expect(legacyGuestKey(email)).toBe(bareHash);
    expect(isLegacyGuestKey(bareHash)).toBe(true);
    expect(isLegacyGuestKey(guestKey(email))).toBe(false);
  });

  it('migrates to the key the email gives now, without the email', () => {
    expect(migratedGuestKey(bareHash)).toBe(guestKey(email));
  });

  it('migrates once: a current key, an account id and an anonymous notifier stay as they are', () => {
    const current = guestKey(email);

    expect(migratedGuestKey(current)).toBe(current);
    expect(migratedGuestKey('0b1c6f3e-account-sub')).toBe('0b1c6f3e-account-sub');
    expect(migratedGuestKey('anonymous:01J9Z3NDEKTSV4RRFFQ69G5FAV')).toBe(
      'anonymous:01J9Z3NDEKTSV4RRFFQ69G5FAV',
    );
  });

  it('is replaced wherever it stands in a key, and only there', () => {
    const text = `MEMBER#demo#${bareHash}|guest|demo|${bareHash}`;

    const once = withMigratedGuestKeys(text);

    expect(once).toBe(`MEMBER#demo#${guestKey(email)}|guest|demo|${guestKey(email)}`);
    expect(withMigratedGuestKeys(once)).toBe(once);
    expect(withMigratedGuestKeys(`${bareHash}x`)).toBe(`${bareHash}x`);
  });
});

describe("the migration's plan for an item", () => {
  it('rewrites keys deep in lists, sets and maps, and keeps what holds none', () => {
    const value = { covers: [bareHash, 'u-1'], set: new Set([bareHash]), n: 3, at: '2026-12-03' };

    const next = rewritten(value) as typeof value;

    expect(next.covers).toEqual([guestKey(email), 'u-1']);
    expect([...next.set]).toEqual([guestKey(email)]);
    expect(next.n).toBe(3);
    expect(rewritten(next)).toBe(next);
  });

  it('moves an item whose primary key holds a former key, merging two members', () => {
    const plan = planFor({ pk: `MEMBER#demo#${bareHash}`, sk: 'STATE', approvedCount: 2 });

    expect(plan).toMatchObject({
      do: 'move',
      from: { pk: `MEMBER#demo#${bareHash}`, sk: 'STATE' },
      item: { pk: `MEMBER#demo#${guestKey(email)}`, approvedCount: 2 },
      onTaken: 'merge_members',
    });
  });

  it('updates in place an item whose index keys or attributes hold one', () => {
    const plan = planFor({ pk: 'PAGE#demo#p', sk: 'C#1', authorKey: bareHash, gsi1pk: `AUTHOR#${bareHash}` });

    expect(plan).toEqual({
      do: 'update',
      key: { pk: 'PAGE#demo#p', sk: 'C#1' },
      changes: {
        authorKey: { from: bareHash, to: guestKey(email) },
        gsi1pk: { from: `AUTHOR#${bareHash}`, to: `AUTHOR#${guestKey(email)}` },
      },
    });
  });

  it('leaves reply alerts in flight, and does nothing to a migrated item', () => {
    expect(planFor({ pk: `ALERTS#guest|demo|${bareHash}`, sk: 'BATCH' })).toEqual({ do: 'leave' });
    expect(planFor({ pk: 'PAGE#demo#p', sk: 'C#1', authorKey: guestKey(email) })).toEqual({ do: 'nothing' });
  });
});
