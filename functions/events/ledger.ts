/**
 * Events: the ledger, the record of every effect (`EFFECT#<event id>`/`<effect key>`), written
 * before the effect is carried out so the stream's retries and replays never send twice.
 *
 * An effect is `claimed` while an attempt runs, then `sent`, `skipped`, `retrying` (a later
 * attempt is due) or `failed` (kept, with its error, in the site's failed list). Each claim and
 * each retry puts a due pointer (`EFFECTS#due`/`<due at>#<event id>#<key>`) first: an attempt cut
 * short (a killed Lambda) is picked up by the sweeper once its lease ends, so none is lost.
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { EFFECTS_DUE_PARTITION, effectKey, failedEffectsPartition } from '../shared/data/keys.js';
import type { EffectSpec } from './effects.js';

export type EffectStatus = 'claimed' | 'sent' | 'skipped' | 'retrying' | 'failed';

/** An effect as the ledger holds it. */
export interface EffectRecord extends EffectSpec {
  eventId: string;
  site?: string;
  status: EffectStatus;
  attempts: number;
  /** When the running attempt's lease ends, or the next attempt is due. */
  dueAt?: string;
  detail?: string;
  updatedAt: string;
}

/** How long an attempt may run before another may take the effect over (tests shorten it). */
export const LEASE_MS = Number(process.env.EFFECT_LEASE_MS) || 60_000;
/** Settled effects are kept 30 days (the stream keeps records 24 h: replays find them). */
const KEEP_SECONDS = 30 * 86_400;

const table = () => config.commentsTable;
const dueSk = (dueAt: string, eventId: string, key: string) => `${dueAt}#${eventId}#${key}`;
const putDue = (dueAt: string, eventId: string, key: string) =>
  dynamo().send(
    new PutCommand({
      TableName: table(),
      Item: { pk: EFFECTS_DUE_PARTITION, sk: dueSk(dueAt, eventId, key), type: 'effect_due', eventId, key },
    }),
  );
const deleteDue = (sk: string) =>
  dynamo().send(new DeleteCommand({ TableName: table(), Key: { pk: EFFECTS_DUE_PARTITION, sk } }));

const isConditionFailure = (error: unknown) => (error as Error).name === 'ConditionalCheckFailedException';

/**
 * Takes the effect for one attempt: new, or left `claimed`/`retrying` with its time due. Returns
 * the record (with this attempt counted), or undefined when it is settled or another attempt
 * holds it.
 */
export async function claim(
  eventId: string,
  spec: EffectSpec & { site?: string },
  now: Date,
): Promise<EffectRecord | undefined> {
  const at = now.toISOString();
  const leaseEnd = new Date(now.getTime() + LEASE_MS).toISOString();
  await putDue(leaseEnd, eventId, spec.key);
  try {
    const { Attributes: before } = await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: effectKey(eventId, spec.key),
        UpdateExpression:
          'SET #type = :type, eventId = :event, #key = :key, kind = if_not_exists(kind, :kind), payload = if_not_exists(payload, :payload), #site = if_not_exists(#site, :site), #status = :claimed, dueAt = :due, updatedAt = :at, attempts = if_not_exists(attempts, :zero) + :one',
        ConditionExpression:
          'attribute_not_exists(pk) OR (#status IN (:claimed, :retrying) AND dueAt <= :at)',
        ExpressionAttributeNames: { '#type': 'type', '#key': 'key', '#site': 'site', '#status': 'status' },
        ExpressionAttributeValues: {
          ':type': 'effect',
          ':event': eventId,
          ':key': spec.key,
          ':kind': spec.kind,
          ':payload': spec.payload,
          ':site': spec.site ?? null,
          ':claimed': 'claimed',
          ':retrying': 'retrying',
          ':due': leaseEnd,
          ':at': at,
          ':zero': 0,
          ':one': 1,
        },
        ReturnValues: 'ALL_OLD',
      }),
    );
    if (before?.dueAt && before.dueAt !== leaseEnd)
      await deleteDue(dueSk(String(before.dueAt), eventId, spec.key));
    const attempts = Number(before?.attempts ?? 0) + 1;
    return {
      ...spec,
      kind: String(before?.kind ?? spec.kind),
      payload: (before?.payload as Record<string, unknown> | undefined) ?? spec.payload,
      site: (before?.site as string | undefined) ?? spec.site,
      eventId,
      status: 'claimed',
      attempts,
      dueAt: leaseEnd,
      updatedAt: at,
    };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    await deleteDue(dueSk(leaseEnd, eventId, spec.key));
    return undefined;
  }
}

/** Records how the attempt ended: settled, or `retrying` at `nextAt`. */
export async function settle(
  record: EffectRecord,
  outcome: { status: Exclude<EffectStatus, 'claimed'>; detail?: string; nextAt?: Date },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const nextDue = outcome.status === 'retrying' && outcome.nextAt ? outcome.nextAt.toISOString() : undefined;
  if (nextDue) await putDue(nextDue, record.eventId, record.key);
  const settled = !nextDue;
  await dynamo().send(
    new UpdateCommand({
      TableName: table(),
      Key: effectKey(record.eventId, record.key),
      UpdateExpression: settled
        ? 'SET #status = :status, detail = :detail, updatedAt = :at, expiresAt = :expires REMOVE dueAt'
        : 'SET #status = :status, detail = :detail, updatedAt = :at, dueAt = :due',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':status': outcome.status,
        ':detail': outcome.detail ?? null,
        ':at': at,
        ...(settled ? { ':expires': Math.floor(now.getTime() / 1000) + KEEP_SECONDS } : { ':due': nextDue }),
      },
    }),
  );
  // The lease's pointer, unless the retry falls at the same instant (then it is the retry's).
  if (record.dueAt && record.dueAt !== nextDue)
    await deleteDue(dueSk(record.dueAt, record.eventId, record.key));
  if (outcome.status === 'failed' && record.site)
    await dynamo().send(
      new PutCommand({
        TableName: table(),
        Item: {
          pk: failedEffectsPartition(record.site),
          sk: `${at}#${record.eventId}#${record.key}`,
          type: 'effect_failed',
          eventId: record.eventId,
          key: record.key,
          kind: record.kind,
          detail: outcome.detail ?? null,
          attempts: record.attempts,
          at,
          expiresAt: Math.floor(now.getTime() / 1000) + KEEP_SECONDS,
        },
      }),
    );
}

/** One effect as the ledger holds it, or undefined. */
export async function readEffect(eventId: string, key: string): Promise<EffectRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: table(), Key: effectKey(eventId, key), ConsistentRead: true }),
  );
  return Item as EffectRecord | undefined;
}

/** The due pointers whose time has come, oldest first (at most `limit`). */
export async function duePointers(
  now: Date,
  limit = 100,
): Promise<{ sk: string; eventId: string; key: string }[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk AND sk <= :now',
      ExpressionAttributeValues: { ':pk': EFFECTS_DUE_PARTITION, ':now': `${now.toISOString()}#~` },
      Limit: limit,
    }),
  );
  return Items.map((item) => ({ sk: String(item.sk), eventId: String(item.eventId), key: String(item.key) }));
}

/** Drops a due pointer the effect no longer follows (a claim that lost, an attempt settled). */
export const dropPointer = (sk: string) => deleteDue(sk);

/** A site's effects that failed for good, newest first. */
export async function failedEffects(site: string, limit = 50): Promise<Record<string, unknown>[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': failedEffectsPartition(site) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return Items;
}

/** Makes a settled or waiting effect due again now ("send again"); false when unknown. */
export async function retryNow(eventId: string, key: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  await putDue(at, eventId, key);
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: effectKey(eventId, key),
        UpdateExpression:
          'SET #status = :retrying, dueAt = :at, updatedAt = :at, attempts = :zero REMOVE expiresAt',
        ConditionExpression: 'attribute_exists(pk) AND #status <> :claimed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':retrying': 'retrying', ':claimed': 'claimed', ':at': at, ':zero': 0 },
      }),
    );
    return true;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    await deleteDue(dueSk(at, eventId, key));
    return false;
  }
}
