/**
 * The stream and data migrations: an item a migration moved under a new key (a notice, a warned
 * guest's member) is no new notice and no new warning, while a later change of it tells as ever.
 */
import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../functions/events/stream-events.js';

const image = (item: Record<string, unknown>) =>
  marshall(item, { removeUndefinedValues: true }) as Record<string, SdkAttributeValue> as Record<
    string,
    AttributeValue
  >;

const record = (next?: Record<string, unknown>, previous?: Record<string, unknown>): DynamoDBRecord => ({
  eventID: 'e-1',
  eventName: previous ? (next ? 'MODIFY' : 'REMOVE') : 'INSERT',
  dynamodb: {
    ApproximateCreationDateTime: 1_764_700_000,
    ...(next ? { NewImage: image(next) } : {}),
    ...(previous ? { OldImage: image(previous) } : {}),
  },
});

const notice = {
  pk: 'REPORTS#01J9Z3NDEKTSV4RRFFQ69G5FAV',
  sk: 'N#guest:h1.abc',
  site: 'demo',
  page: 'p',
  reason: 'illegal',
};
const warning = { id: 'w-1', message: 'Restez courtois.' };
const member = { pk: 'MEMBER#demo#guest:h1.abc', sk: 'STATE', warning };

describe('an item a migration moved', () => {
  it('is no new notice', () => {
    expect(eventsOf(record(notice)).map((e) => e.type)).toEqual(['notice.received']);
    expect(eventsOf(record({ ...notice, migratedBy: 'guest-keys' }))).toEqual([]);
  });

  it('is no new warning, moved or folded into the item already there', () => {
    const moved = { ...member, migratedBy: 'guest-keys' };

    expect(eventsOf(record(moved))).toEqual([]);
    expect(eventsOf(record(moved, { ...member, warning: { id: 'w-0', message: 'Avant.' } }))).toEqual([]);
  });

  it('tells a new warning written on it later', () => {
    const moved = { ...member, migratedBy: 'guest-keys' };

    const events = eventsOf(record({ ...moved, warning: { id: 'w-2', message: 'Encore.' } }, moved));

    expect(events.map((e) => e.type)).toEqual(['author.warned']);
  });
});
