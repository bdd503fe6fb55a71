/**
 * Archive: the site's queue counts after an import, counted from the queues themselves. An
 * import puts comments in `approved` and `pending` (never `reported`, `notices` or `unreviewed`),
 * and a run cut short leaves no record of what it had added: so both counts are read again from
 * the `moderation-queue` index (a Query counting its partition, 1 MB a page) and set. A reader
 * posting on the site during the recount may be counted or not: the count is off by what was
 * posted in those seconds, which the next status change of those comments does not repair; run
 * imports of a live site at a quiet hour (docs/deploy.md).
 */
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../shared/data/dynamo-client.js';
import { moderationQueuePartition, queueCountsKey } from '../shared/data/keys.js';
import { commentsIndexes } from '../shared/data/tables.js';

const IMPORTED_QUEUES = ['approved', 'pending'] as const;

async function countQueue(table: string, site: string, queue: string): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const answer = await dynamo().send(
      new QueryCommand({
        TableName: table,
        IndexName: commentsIndexes.moderationQueue.name,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': moderationQueuePartition(site, queue) },
        Select: 'COUNT',
        ExclusiveStartKey: start,
      }),
    );
    count += answer.Count ?? 0;
    start = answer.LastEvaluatedKey;
  } while (start);
  return count;
}

/** Sets the counts of the queues an import fills from what they hold; returns them. */
export async function recountImportedQueues(table: string, site: string): Promise<Record<string, number>> {
  const counts = Object.fromEntries(
    await Promise.all(
      IMPORTED_QUEUES.map(async (queue) => [queue, await countQueue(table, site, queue)] as const),
    ),
  );
  await dynamo().send(
    new UpdateCommand({
      TableName: table,
      Key: queueCountsKey(site),
      UpdateExpression: 'SET #type = :counts, #approved = :approved, #pending = :pending',
      ExpressionAttributeNames: { '#type': 'type', '#approved': 'approved', '#pending': 'pending' },
      ExpressionAttributeValues: {
        ':counts': 'queue-counts',
        ':approved': counts.approved,
        ':pending': counts.pending,
      },
    }),
  );
  return counts;
}
