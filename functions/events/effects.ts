/**
 * Events: an effect is one thing an event causes for one recipient or endpoint (an email, a
 * webhook delivery, a reply added to an alert batch). Planners turn an event into effects as
 * data; performers carry each kind out. Kept as data so a failed effect is retried later, from
 * the ledger alone, without the stream record.
 */
import type { DomainEvent } from './types.js';

/** One effect, as planned and as kept in the ledger. */
export interface EffectSpec {
  /** Unique within its event, and what makes it once-only: `reply:<userId>`, `webhook:<endpointId>`. */
  key: string;
  /** The performer that carries it out. */
  kind: string;
  /** What the performer needs, JSON (kept in the ledger, ≤ ~50 KB). */
  payload: Record<string, unknown>;
}

/** What a performer did: `sent`, or `skipped` with why (an unsubscribed address, the daily cap). */
export type EffectOutcome = { status: 'sent'; detail?: string } | { status: 'skipped'; detail: string };

/** Which event an effect belongs to, and which attempt this is (1 first). */
export interface EffectContext {
  eventId: string;
  key: string;
  attempt: number;
  now: Date;
}

/** Carries out an effect of its kind; throws when it could not (the ledger retries it). */
export type Performer = (payload: Record<string, unknown>, context: EffectContext) => Promise<EffectOutcome>;

/** Turns an event into the effects it causes (none for most). */
export type Planner = (event: DomainEvent) => Promise<EffectSpec[]>;

/**
 * A performer's failure that no retry can mend (a 4xx from the endpoint, an address SES refuses):
 * kept as failed at once, not retried.
 */
export class PermanentFailure extends Error {
  override name = 'PermanentFailure';
}
