/**
 * Migration of guest keys: rewrites every item of the comments table that holds a former guest
 * key (`guest:<sha-256 of the email>`) with its HMAC (`guest:h1.…`, functions/shared/guest-key.ts),
 * page by page of a Scan. Run by `npm run site -- migrate guest-keys` (guest-keys-cli.ts).
 *
 * One cross-cutting module rather than a rewrite per domain: the change is the same on every
 * item whatever its kind (a string replaced where it stands, guest-keys-plan.ts), no domain rule
 * is involved, and one scan reads the table once instead of once per domain. The one place where
 * an item's meaning matters, a guest's two member items folded into one, is the comments
 * domain's own rule (`mergedMemberItem`, through the comment store).
 *
 * Safe to run twice or after a crash: an item already migrated holds no former key and is left
 * as it is, and each write is conditioned on the item as read (a concurrent change makes it read
 * again and plan anew), so nothing is half-written and no change is lost. A move (the primary key
 * holds the key) puts the new item and deletes the old in one transaction.
 */
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { MAX_NOTES, mergedMemberItem } from '../comments/store.js';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { MIGRATED_BY_ATTRIBUTE } from '../shared/data/items.js';
import { commentsTableDefinition } from '../shared/data/tables.js';
import { conditionalWrite, transact } from '../shared/data/transact.js';
import { type Item, type Key, MIGRATION, type Plan, planFor } from './guest-keys-plan.js';

/** What a run did, item by item. */
export interface MigrationReport {
  /** Items read by the scan. */
  scanned: number;
  /** Items whose attributes were rewritten in place (their primary key holds no guest key). */
  updated: number;
  /** Items put under their new key, the old one deleted. */
  moved: number;
  /** A guest's former member folded into the one written under their new key since the deploy. */
  merged: number;
  /** Old items dropped because an item written since the deploy already holds their new key. */
  superseded: number;
  /** Reply alerts in flight, left to be mailed or to expire (a later run finds them gone). */
  left: number;
  /** Writes read again and planned anew because the item changed meanwhile. */
  retried: number;
}

export interface MigrationOptions {
  /** Where to start: the scan's position a former run stopped at (its checkpoint). */
  startAfter?: Key;
  /** Items per Scan page. @default 100 */
  pageSize?: number;
  /** Called after each page with the totals so far and where a run would resume. */
  onPage?: (report: MigrationReport, resumeAfter: Key | undefined) => void;
}

const PK = commentsTableDefinition.partitionKey;
const SK = commentsTableDefinition.sortKey;
const MAX_TRIES = 5;

type Outcome = 'nothing' | 'updated' | 'moved' | 'merged' | 'superseded' | 'left' | 'changed';

/** Rewrites the table's former guest keys; the totals of what was done. */
export async function migrateGuestKeys(options: MigrationOptions = {}): Promise<MigrationReport> {
  const report: MigrationReport = {
    scanned: 0,
    updated: 0,
    moved: 0,
    merged: 0,
    superseded: 0,
    left: 0,
    retried: 0,
  };
  let start: Record<string, unknown> | undefined = options.startAfter ? { ...options.startAfter } : undefined;
  do {
    const page = await dynamo().send(
      new ScanCommand({
        TableName: config.commentsTable,
        ExclusiveStartKey: start,
        Limit: options.pageSize ?? 100,
        ConsistentRead: true,
      }),
    );
    for (const item of page.Items ?? []) {
      report.scanned++;
      const done = await migrateItem(item, report);
      if (done !== 'nothing' && done !== 'changed') report[done]++;
    }
    start = page.LastEvaluatedKey;
    options.onPage?.(report, start ? keyOf(start) : undefined);
  } while (start);
  return report;
}

const keyOf = (item: Item): Key => ({ pk: String(item[PK]), sk: String(item[SK]) });

/** One item migrated; read again and planned anew while a concurrent write changes it. */
async function migrateItem(first: Item, report: MigrationReport): Promise<Outcome> {
  let item: Item | undefined = first;
  for (let attempt = 1; item; attempt++) {
    const outcome = await carryOut(planFor(item));
    if (outcome !== 'changed') return outcome;
    if (attempt >= MAX_TRIES)
      throw new Error(`${item[PK]} ${item[SK]} kept changing: run the migration again`);
    report.retried++;
    item = await read(keyOf(item));
  }
  // Deleted meanwhile: nothing left to migrate.
  return 'nothing';
}

async function read(key: Key): Promise<Item | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: config.commentsTable,
      Key: { [PK]: key.pk, [SK]: key.sk },
      ConsistentRead: true,
    }),
  );
  return Item;
}

async function carryOut(plan: Plan): Promise<Outcome> {
  switch (plan.do) {
    case 'nothing':
    case 'leave':
      return plan.do === 'leave' ? 'left' : 'nothing';
    case 'update':
      return update(plan);
    case 'move':
      return move(plan);
  }
}

/** The condition that the item is still as read: it exists, and its `updatedAt` is the one read. */
function asRead(item: Item) {
  const stamped = typeof item.updatedAt === 'string';
  return {
    ConditionExpression: stamped
      ? 'attribute_exists(#pk) AND updatedAt = :readAt'
      : 'attribute_exists(#pk) AND attribute_not_exists(updatedAt)',
    ExpressionAttributeNames: { '#pk': PK },
    ...(stamped ? { ExpressionAttributeValues: { ':readAt': item.updatedAt } } : {}),
  };
}

/** Sets each changed attribute, conditioned on each still holding what was read. */
async function update(plan: Extract<Plan, { do: 'update' }>): Promise<Outcome> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  const conditions: string[] = [];
  Object.entries(plan.changes).forEach(([name, { from, to }], i) => {
    names[`#a${i}`] = name;
    values[`:from${i}`] = from;
    values[`:to${i}`] = to;
    sets.push(`#a${i} = :to${i}`);
    conditions.push(`#a${i} = :from${i}`);
  });
  const { refused } = await conditionalWrite({
    item: {
      Update: {
        TableName: config.commentsTable,
        Key: { [PK]: plan.key.pk, [SK]: plan.key.sk },
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    refused: 'changed',
  });
  return refused ?? 'updated';
}

/** The old item's deletion, if it is still as read. */
const oldDeleted = (plan: Extract<Plan, { do: 'move' }>, asWas: Item) => ({
  Delete: {
    TableName: config.commentsTable,
    Key: { [PK]: plan.from.pk, [SK]: plan.from.sk },
    ...asRead(asWas),
  },
});

/** Puts the item under its new key and deletes the old, in one transaction; then what a taken key means. */
async function move(plan: Extract<Plan, { do: 'move' }>): Promise<Outcome> {
  // The old item's `updatedAt` is not a key: the plan's item carries the stamp that was read.
  const asWas = plan.item;
  const { refused } = await transact<'taken' | 'changed'>(
    [
      {
        item: {
          Put: {
            TableName: config.commentsTable,
            Item: plan.item,
            ConditionExpression: 'attribute_not_exists(#pk)',
            ExpressionAttributeNames: { '#pk': PK },
          },
        },
        refused: 'taken',
      },
      { item: oldDeleted(plan, asWas), refused: 'changed' },
    ],
    { precedence: ['changed', 'taken'] },
  );
  if (refused !== 'taken') return refused ?? 'moved';
  const current = await read(keyOf(plan.item));
  if (!current) return 'changed';
  if (plan.onTaken === 'keep_current') {
    const dropped = await conditionalWrite({ item: oldDeleted(plan, asWas), refused: 'changed' });
    return dropped.refused ?? 'superseded';
  }
  const merged = { ...mergedMemberItem(current, plan.item, MAX_NOTES), [MIGRATED_BY_ATTRIBUTE]: MIGRATION };
  const { refused: again } = await transact<'changed'>([
    {
      item: { Put: { TableName: config.commentsTable, Item: merged, ...asRead(current) } },
      refused: 'changed',
    },
    { item: oldDeleted(plan, asWas), refused: 'changed' },
  ]);
  return again ?? 'merged';
}
