/** Moderation: the per-site daily counters, read for the console's chart (one Query). */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { dailyStatsKey } from '../shared/data/keys.js';

const COUNTERS = ['posted', 'approved', 'pending', 'rejected', 'spam', 'deleted'] as const;

/** The last `days` days, oldest first, each with every counter (0 when nothing happened). */
export async function readDailyStats(site: string, days: number, now = Date.now()) {
  const dayOf = (offset: number) => new Date(now - offset * 86_400_000).toISOString().slice(0, 10);
  const first = dayOf(days - 1);
  const { pk } = dailyStatsKey(site, first);
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      KeyConditionExpression: 'pk = :pk AND sk >= :first',
      ExpressionAttributeValues: { ':pk': pk, ':first': first },
    }),
  );
  const byDay = new Map(Items.map((item) => [String(item.sk), item]));
  return {
    days: Array.from({ length: days }, (_, i) => {
      const day = dayOf(days - 1 - i);
      const item = byDay.get(day);
      return { day, ...Object.fromEntries(COUNTERS.map((c) => [c, Number(item?.[c] ?? 0)])) };
    }),
  };
}
