/** Bench: DynamoDB commands sent during one call, read from the client's counting middleware. */
import { dynamoRequestCounts } from '../functions/shared/data/dynamo-client.js';

/** Commands sent while a call ran, by name (`QueryCommand`...), and their total. */
export interface RequestCount {
  total: number;
  byCommand: Record<string, number>;
}

/**
 * Runs `call` and diffs the counters around it. The server runs in this process, so the
 * handlers' commands land in the same map; calls must not overlap or they count each other's.
 */
export async function countRequests<T>(call: () => Promise<T>): Promise<{ result: T; count: RequestCount }> {
  const before = new Map(dynamoRequestCounts);
  const result = await call();
  const byCommand: Record<string, number> = {};
  let total = 0;
  for (const [name, n] of dynamoRequestCounts) {
    const sent = n - (before.get(name) ?? 0);
    if (sent > 0) {
      byCommand[name] = sent;
      total += sent;
    }
  }
  return { result, count: { total, byCommand } };
}

/** `2 (GetItem, Query)`: a total with the commands behind it, for the report. */
export function describeCount(count: RequestCount): string {
  const names = Object.entries(count.byCommand).map(([name, n]) => {
    const short = name.replace(/Command$/, '');
    return n > 1 ? `${n}× ${short}` : short;
  });
  return names.length ? `${count.total} (${names.join(', ')})` : '0';
}
