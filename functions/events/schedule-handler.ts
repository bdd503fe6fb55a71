/**
 * Events: the Lambda a schedule calls every minute (infra/constructs/events.ts): effects due again
 * (retries, attempts cut short), then the riders' tasks (reply batches, digests). Locally the
 * stack's timer calls it; tests call `runSchedule` with the time they want.
 */
import './riders-installed.js';
import { logger } from '../shared/logger.js';
import { retryDue } from './perform.js';
import { scheduledTasks } from './riders.js';

/** One round of the schedule at `now`; a failing task is logged and the others still run. */
export async function runSchedule(now = new Date()): Promise<Record<string, string>> {
  const results: Record<string, string> = {};
  const tasks = [{ name: 'retries', run: retryDue }, ...scheduledTasks];
  for (const task of tasks) {
    try {
      results[task.name] = String(await task.run(now));
    } catch (error) {
      logger.error('Scheduled task failed', { task: task.name, error });
      results[task.name] = 'failed';
    }
  }
  return results;
}

export const handler = async (): Promise<Record<string, string>> => runSchedule();
