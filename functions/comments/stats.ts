/** Comments: per-site daily counters (posted, and each status reached), for the console's chart. */
import { config } from '../shared/config.js';
import { dailyStatsKey } from '../shared/data/keys.js';

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
