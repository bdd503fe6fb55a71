/**
 * Events: what rides on the pipeline. Each rider adds its planner (event → effects) and registers
 * the kinds of effect it performs; the handler and the sweeper know nothing else of them.
 */
import type { Planner } from './effects.js';

/** Every planner, asked about every event. */
export const planners: Planner[] = [];

/** Tasks the schedule runs each minute (reply batches, digests), after the retries. */
export const scheduledTasks: { name: string; run(now: Date): Promise<unknown> }[] = [];
