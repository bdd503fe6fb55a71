/**
 * Comments: per-site daily counters (posted, and each status reached), written in the transaction
 * of what they count and read for the console's chart (one Query).
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { dailyStatsKey, dayOfDailyStats } from '../shared/data/keys.js';
import { STATUSES } from './status.js';
import type { DailyStats } from './types.js';

/** Comments posted, and comments that reached each status (from the most public to the least). */
const COUNTERS = ['posted', ...STATUSES] as const;

/** The last `days` days, oldest first, each with every counter (0 when nothing happened). */
export async function readDailyStats(site: string, days: number, now = Date.now()): Promise<DailyStats> {
  const dayOf = (offset: number) => new Date(now - offset * 86_400_000).toISOString().slice(0, 10);
  const first = dayOf(days - 1);
  const start = dailyStatsKey(site, first);
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      KeyConditionExpression: 'pk = :pk AND sk >= :first',
      ExpressionAttributeValues: { ':pk': start.pk, ':first': start.sk },
    }),
  );
  const byDay = new Map(Items.map((item) => [dayOfDailyStats(item), item]));
  return {
    days: Array.from({ length: days }, (_, i) => {
      const day = dayOf(days - 1 - i);
      const item = byDay.get(day);
      const counters = Object.fromEntries(COUNTERS.map((c) => [c, Number(item?.[c] ?? 0)]));
      return { day, ...(counters as Record<(typeof COUNTERS)[number], number>) };
    }),
  };
}

/** A transaction item adding one to each named counter of the day of `at`. */
export function dailyStatsUpdate(site: string, at: string, counters: string[]) {
  const names: Record<string, string> = { '#type': 'type' };
  const adds = counters.map((counter, i) => {
    names[`#n${i}`] = counter;
    return `#n${i} :one`;
  });
  return {
    Update: {
      TableName: config.commentsTable,
      Key: dailyStatsKey(site, at.slice(0, 10)),
      UpdateExpression: `SET #type = :stats ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':one': 1, ':stats': 'stats' },
    },
  };
}
