/**
 * Migration of guest keys (pure): what becomes of one item of the comments table when every
 * former guest key in it (`guest:<sha-256>`) is replaced by its HMAC (`guest:h1.<hmac>`,
 * functions/shared/guest-key.ts). No SDK here: guest-keys.ts carries the plan out.
 *
 * The plan looks at values, not at item kinds: a key may sit in a primary key
 * (`MEMBER#<site>#<key>`, `REPORTS#<id>`/`U#<key>`, `LOG#A#<site>#<key>`, `NET#<site>#<key>`,
 * `IDEM#<site>#<key>#…`), an index key (`gsi1pk`, `gsi3pk`), a plain attribute (`authorKey`,
 * a log entry's `userId`), a list (`banCovers`, `notifierKeys`), a map (a pinned copy, an
 * effect's payload) or a JSON text. Kinds matter only where two items meet under one new key.
 */

import { MIGRATED_BY_ATTRIBUTE } from '../shared/data/items.js';
import { isAlertInFlightKey, isMemberKey } from '../shared/data/keys.js';
import { commentsTableDefinition } from '../shared/data/tables.js';
import { withMigratedGuestKeys } from '../shared/guest-key.js';

export type Item = Record<string, unknown>;
export interface Key {
  pk: string;
  sk: string;
}

/** What the migration does with an item. */
export type Plan =
  /** No former guest key in it. */
  | { do: 'nothing' }
  /** A reply alert in flight: mailed within minutes, counted within two days; it leaves by itself. */
  | { do: 'leave' }
  /** Only attributes other than the primary key change: each is set if it still holds `from`. */
  | { do: 'update'; key: Key; changes: Record<string, { from: unknown; to: unknown }> }
  /**
   * The primary key changes: the item is put under `item`'s key and the old one deleted, in one
   * transaction. If an item is already there, `onTaken` says what then: two members of one guest
   * are folded into one; anything else written under the new key since the deploy is newer, kept.
   */
  | { do: 'move'; from: Key; item: Item; onTaken: 'merge_members' | 'keep_current' };

/** This migration's mark on the items it puts (`migratedBy`). */
export const MIGRATION = 'guest-keys';

const PK = commentsTableDefinition.partitionKey;
const SK = commentsTableDefinition.sortKey;

/**
 * `value` with every former guest key replaced, deeply (strings, lists, string sets, maps); the
 * very same value when nothing changed, so a change is seen by identity.
 */
export function rewritten(value: unknown): unknown {
  if (typeof value === 'string') {
    const next = withMigratedGuestKeys(value);
    return next === value ? value : next;
  }
  if (Array.isArray(value)) {
    const next = value.map(rewritten);
    return next.some((entry, i) => entry !== value[i]) ? next : value;
  }
  if (value instanceof Set) {
    const entries = [...value];
    const next = entries.map(rewritten);
    return next.some((entry, i) => entry !== entries[i]) ? new Set(next) : value;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value);
    const next = entries.map(([name, entry]) => [name, rewritten(entry)] as const);
    return next.some(([, entry], i) => entry !== entries[i]?.[1]) ? Object.fromEntries(next) : value;
  }
  // Numbers, booleans, null, binary: no key in them.
  return value;
}

/** The plan for one item as the scan read it. */
export function planFor(item: Item): Plan {
  const key: Key = { pk: String(item[PK]), sk: String(item[SK]) };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [name, value] of Object.entries(item)) {
    const next = rewritten(value);
    if (next !== value) changes[name] = { from: value, to: next };
  }
  if (Object.keys(changes).length === 0) return { do: 'nothing' };
  if (isAlertInFlightKey(key)) return { do: 'leave' };
  if (!changes[PK] && !changes[SK]) return { do: 'update', key, changes };
  // Marked, so that the stream tells no new notice or warning of an item that only moved.
  const moved: Item = { ...item, [MIGRATED_BY_ATTRIBUTE]: MIGRATION };
  for (const [name, { to }] of Object.entries(changes)) moved[name] = to;
  return { do: 'move', from: key, item: moved, onTaken: isMemberKey(key) ? 'merge_members' : 'keep_current' };
}
