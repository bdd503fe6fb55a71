/**
 * Archive, repository: a site's export jobs (`EXPORT#<site>`/`JOB#<id>`, one item each) and the
 * lock of the one export running on the site (`EXPORT#<site>`/`RUNNING`). Every item carries
 * `expiresAt` (epoch seconds, the table's TTL): jobs go after 7 days, a lock after a day at most.
 * The only code that knows their keys.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { withoutKeys } from '../shared/data/items.js';
import { exportJobKey, exportLockKey } from '../shared/data/keys.js';
import { conditionalWrite, type Step, transact } from '../shared/data/transact.js';
import type { ExportFailure, ExportJob } from './types.js';

/** A job as stored: never `expired` (a read decides that), with its TTL. */
export interface StoredJob extends Omit<ExportJob, 'status'> {
  status: 'running' | 'done' | 'failed';
  /** When the worker took it up: a second delivery of the same invocation finds it taken. */
  startedAt?: string;
}

/** How long a job is listed. */
export const JOB_KEEP_DAYS = 7;

const table = () => config.commentsTable;
const epoch = (iso: string, plusSeconds = 0) => Math.floor(Date.parse(iso) / 1000) + plusSeconds;

const fromItem = (item: Record<string, unknown>): StoredJob => {
  const {
    type: _type,
    expiresAt: _ttl,
    ...job
  } = withoutKeys(item) as unknown as StoredJob & {
    type?: string;
    expiresAt?: number;
  };
  return job;
};

/**
 * Writes a new running job with the `extra` steps (its audit log entry), and takes the site's lock:
 * 'running' when another export holds it and started after `staleBefore` (a lock older than that
 * is a worker that died: it is taken over).
 */
export async function createJob(
  job: StoredJob,
  staleBefore: string,
  extra: Step[] = [],
): Promise<'running' | undefined> {
  const { refused } = await transact<'running'>([
    {
      item: {
        Put: {
          TableName: table(),
          Item: {
            ...exportLockKey(job.site),
            type: 'exportLock',
            id: job.id,
            lockedAt: job.createdAt,
            expiresAt: epoch(job.createdAt, 86_400),
          },
          ConditionExpression: 'attribute_not_exists(pk) OR lockedAt < :stale',
          ExpressionAttributeValues: { ':stale': staleBefore },
        },
      },
      refused: 'running',
    },
    {
      item: {
        Put: {
          TableName: table(),
          Item: {
            ...exportJobKey(job.site, job.id),
            type: 'exportJob',
            ...job,
            expiresAt: epoch(job.createdAt, JOB_KEEP_DAYS * 86_400),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    ...extra,
  ]);
  return refused;
}

/** One job of the site (consistent read), or undefined. */
export async function getJob(site: string, id: string): Promise<StoredJob | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: table(), Key: exportJobKey(site, id), ConsistentRead: true }),
  );
  return Item ? fromItem(Item) : undefined;
}

/** The site's latest jobs, newest first (ids are ULIDs: the sort key's order is the time's). */
export async function listJobs(site: string, limit: number): Promise<StoredJob[]> {
  const { pk, sk: prefix } = exportJobKey(site, '');
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :job)',
      ExpressionAttributeValues: { ':pk': pk, ':job': prefix },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return Items.map(fromItem);
}

/** Marks the job taken up by a worker; false when it was already (or is no longer running). */
export async function claimJob(site: string, id: string, at: string): Promise<boolean> {
  const { refused } = await conditionalWrite<'taken'>({
    item: {
      Update: {
        TableName: table(),
        Key: exportJobKey(site, id),
        UpdateExpression: 'SET startedAt = :at',
        ConditionExpression: '#status = :running AND attribute_not_exists(startedAt)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':at': at, ':running': 'running' },
      },
    },
    refused: 'taken',
  });
  return !refused;
}

/** What a finished job records. */
export type JobEnd =
  | { status: 'done'; finishedAt: string; itemCount: number; bytes: number }
  | { status: 'failed'; finishedAt: string; error: ExportFailure };

/** Records the job's end, then releases the site's lock if this job still holds it. */
export async function finishJob(site: string, id: string, end: JobEnd): Promise<void> {
  const values: Record<string, unknown> = Object.fromEntries(
    Object.entries(end).map(([name, value]) => [`:${name}`, value]),
  );
  await conditionalWrite<'finished'>({
    item: {
      Update: {
        TableName: table(),
        Key: exportJobKey(site, id),
        UpdateExpression: `SET ${Object.keys(end)
          .map((name) => `#${name} = :${name}`)
          .join(', ')}`,
        ConditionExpression: 'attribute_exists(pk) AND #status = :running',
        ExpressionAttributeNames: Object.fromEntries(Object.keys(end).map((name) => [`#${name}`, name])),
        ExpressionAttributeValues: { ...values, ':running': 'running' },
      },
    },
    refused: 'finished',
  });
  await conditionalWrite<'not_ours'>({
    item: {
      Delete: {
        TableName: table(),
        Key: exportLockKey(site),
        ConditionExpression: 'id = :id',
        ExpressionAttributeValues: { ':id': id },
      },
    },
    refused: 'not_ours',
  });
}
