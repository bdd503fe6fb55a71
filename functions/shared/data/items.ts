/**
 * The comments table's items carry, besides the fields of the record they store, the table's key
 * and index attributes and a `type` naming the kind of item. Reading a record back strips them
 * here, in one place, with the list derived from the table description: a new index is stripped
 * everywhere the day it is declared.
 */
import { commentsTableDefinition } from './tables.js';

/** The attribute naming an item's kind (`comment`, `page`, `log`, `report`…) in the comments table. */
export const ITEM_TYPE_ATTRIBUTE = 'type';

/**
 * The attribute a data migration sets on an item it puts (`guest-keys`: the guest-key migration
 * moved it under its new key): the stream tells nothing of that write (events/stream-events.ts),
 * since nothing happened, the item only moved. Stripped from records like the keys.
 */
export const MIGRATED_BY_ATTRIBUTE = 'migratedBy';

type Table = typeof commentsTableDefinition;

type IndexKeys = (Table['localIndexes'][number] | Table['globalIndexes'][number])['partitionKey' | 'sortKey'];

/** The attributes an item has for the table's sake, not the record's. */
export type KeyAttribute =
  | Table['partitionKey']
  | Table['sortKey']
  | IndexKeys
  | Table['indexOnlyAttributes'][number]
  | typeof ITEM_TYPE_ATTRIBUTE
  | typeof MIGRATED_BY_ATTRIBUTE;

const indexes = [...commentsTableDefinition.localIndexes, ...commentsTableDefinition.globalIndexes];

const KEY_ATTRIBUTES: ReadonlySet<string> = new Set([
  commentsTableDefinition.partitionKey,
  commentsTableDefinition.sortKey,
  ...indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ...commentsTableDefinition.indexOnlyAttributes,
  ITEM_TYPE_ATTRIBUTE,
  MIGRATED_BY_ATTRIBUTE,
]);

/** The record an item of the comments table stores: the item without its key and index attributes and its `type`. */
export function withoutKeys<Item extends Record<string, unknown>>(item: Item): Omit<Item, KeyAttribute> {
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) {
    if (!KEY_ATTRIBUTES.has(name)) record[name] = value;
  }
  return record as Omit<Item, KeyAttribute>;
}
