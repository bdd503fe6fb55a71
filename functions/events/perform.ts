/**
 * Events: carrying an effect out once. The ledger is claimed first; the performer of its kind
 * runs; the outcome is recorded. A failure is retried later with the kind's backoff, then kept as
 * failed (and the kind told, `onGaveUp`: a webhook endpoint is then marked failing).
 */
import { logger } from '../shared/logger.js';
import { type EffectSpec, type Performer, PermanentFailure } from './effects.js';
import { claim, dropPointer, duePointers, type EffectRecord, readEffect, settle } from './ledger.js';

/** How a kind of effect is carried out and retried. */
export interface EffectKind {
  perform: Performer;
  /** Seconds to wait before each retry, in order; when they run out the effect has failed. */
  retryDelays: readonly number[];
  /** Told once when an effect of this kind fails for good. */
  onGaveUp?: (record: EffectRecord, error: string) => Promise<void>;
}

const kinds = new Map<string, EffectKind>();

/** Registers a kind of effect (each rider registers its own: riders.ts). */
export function registerKind(name: string, kind: EffectKind): void {
  kinds.set(name, kind);
}

const messageOf = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** Runs one claimed attempt and records its outcome. Throws only when the ledger cannot be written. */
async function attempt(record: EffectRecord, now: Date): Promise<EffectRecord['status']> {
  const kind = kinds.get(record.kind);
  if (!kind) {
    await settle(record, { status: 'failed', detail: `unknown effect kind ${record.kind}` }, now);
    return 'failed';
  }
  try {
    const outcome = await kind.perform(record.payload, {
      eventId: record.eventId,
      key: record.key,
      attempt: record.attempts,
      now,
    });
    await settle(record, outcome, now);
    return outcome.status;
  } catch (error) {
    const detail = messageOf(error).slice(0, 500);
    const delay = kind.retryDelays[record.attempts - 1];
    if (delay !== undefined && !(error instanceof PermanentFailure)) {
      logger.warn('Effect failed, will retry', { eventId: record.eventId, key: record.key, detail, delay });
      await settle(
        record,
        { status: 'retrying', detail, nextAt: new Date(now.getTime() + delay * 1000) },
        now,
      );
      return 'retrying';
    }
    logger.error('Effect failed for good', { eventId: record.eventId, key: record.key, detail });
    await settle(record, { status: 'failed', detail }, now);
    await kind.onGaveUp?.(record, detail);
    return 'failed';
  }
}

/** Carries out `spec` of event `eventId` unless the ledger already has it. */
export async function performOnce(
  eventId: string,
  spec: EffectSpec & { site?: string },
  now = new Date(),
): Promise<EffectRecord['status'] | 'done'> {
  const record = await claim(eventId, spec, now);
  return record ? attempt(record, now) : 'done';
}

/**
 * The sweeper: every effect whose retry (or cut-short attempt's lease) is due, attempted again.
 * Pointers the effect no longer follows are dropped. Returns how many attempts ran.
 */
export async function retryDue(now = new Date()): Promise<number> {
  let ran = 0;
  for (const pointer of await duePointers(now)) {
    const current = await readEffect(pointer.eventId, pointer.key);
    const record = current && (await claim(pointer.eventId, current, now));
    if (!record) {
      // Settled, or followed by a later pointer: this one is stale.
      if (!current?.dueAt || !pointer.sk.startsWith(`${current.dueAt}#`)) await dropPointer(pointer.sk);
      continue;
    }
    await attempt(record, now);
    ran++;
  }
  return ran;
}
