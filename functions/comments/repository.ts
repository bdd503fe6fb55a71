/**
 * Comments: DynamoDB access. A page partition holds the page record and its comments; two
 * sparse local indexes hold the visible ones in thread order (oldest and newest), the page
 * record first, so the first page of a thread with its counts is a single Query.
 */

import { BatchGetCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { commentKey, commentPointerKey, idempotencyKey, memberKey, pageKey } from '../shared/data/keys.js';
import { OWN_EARLIER_WRITE, type Step, transact } from '../shared/data/transact.js';
import { commentItem, toCommentRecord, toPageRecord } from './items.js';
import { type LogEntry, logSteps } from './log-repository.js';
import { openCondition, pageRecordSet } from './page-record.js';
import { queueCountsUpdate } from './queue-counts.js';
import type { CommentRecord, PageRecord } from './records.js';
import { reviewMarkPut } from './review-marks.js';
import { dailyStatsUpdate } from './stats-repository.js';
import { isPublished } from './status.js';

/** Idempotency records expire after a day: a client retrying later is posting anew. */
const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

/** One comment of a page, or undefined. */
export async function getComment(site: string, page: string, id: string): Promise<CommentRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: config.commentsTable,
      Key: commentKey(site, page, id),
      ConsistentRead: true,
    }),
  );
  return Item ? toCommentRecord(Item) : undefined;
}

/** Page records of several pages of one site, with one BatchGetItem per 100 pages. */
export async function getPages(site: string, pages: string[]): Promise<Map<string, PageRecord>> {
  const found = new Map<string, PageRecord>();
  let keys: Record<string, unknown>[] = [...new Set(pages)].map((page) => pageKey(site, page));
  for (let attempt = 0; keys.length > 0 && attempt < 5; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    const { Responses, UnprocessedKeys } = await dynamo().send(
      new BatchGetCommand({ RequestItems: { [config.commentsTable]: { Keys: keys } } }),
    );
    for (const item of Responses?.[config.commentsTable] ?? []) {
      const record = toPageRecord(item);
      found.set(record.page, record);
    }
    keys = (UnprocessedKeys?.[config.commentsTable]?.Keys as Record<string, unknown>[] | undefined) ?? [];
  }
  if (keys.length > 0)
    throw Object.assign(new Error('BatchGetItem left keys unprocessed'), { name: 'ThrottlingException' });
  return found;
}

/** An earlier create made with the same idempotency key. */
export interface IdempotencyRecord {
  commentId: string;
  requestHash: string;
}

export async function getIdempotencyRecord(
  site: string,
  scope: string,
  key: string,
): Promise<IdempotencyRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: config.commentsTable,
      Key: idempotencyKey(site, scope, key),
      ConsistentRead: true,
    }),
  );
  return Item ? { commentId: Item.commentId as string, requestHash: Item.requestHash as string } : undefined;
}

/** Why a create transaction was refused. */
export type CreateRefusal = 'page_closed' | 'parent_gone' | 'idempotency_key_taken';

export interface CreateOptions {
  page: { title?: string; url?: string };
  /** Hash of the text, kept on the author's standing to catch a repeated comment. */
  bodyHash: string;
  /**
   * The author's last texts with this one, newest first, at most 10 (`recentHashesAfter`), from
   * the member as read before the pipeline: two posts at the same instant keep the last writer's.
   */
  recentBodyHashes: string[];
  idempotency?: { scope: string; key: string; requestHash: string };
  /** The site closes articles created before this time (`autoCloseAfterDays`): refused as `page_closed`. */
  openSince?: string;
  /** The pipeline held or refused it: the log entry saying so, written with the comment. */
  log?: LogEntry;
}

/**
 * Writes a new comment in one transaction with everything that counts it: its id pointer, the
 * page record's counters (created on the first comment), the parent's reply count, and the
 * idempotency record. Either all of it is written or none.
 */
export async function insertComment(
  record: CommentRecord,
  options: CreateOptions,
): Promise<CreateRefusal | undefined> {
  const table = config.commentsTable;
  const now = record.createdAt;
  const published = isPublished(record.status);
  const steps: Step<CreateRefusal>[] = [];

  // The new comment's id is random: its key existing means this is our own earlier attempt whose
  // answer was lost (a retry after a timeout). It was written, entirely: that is a success.
  steps.push({
    item: {
      Put: { TableName: table, Item: commentItem(record), ConditionExpression: 'attribute_not_exists(pk)' },
    },
    refused: OWN_EARLIER_WRITE,
  });
  steps.push({
    item: {
      Put: {
        TableName: table,
        Item: { ...commentPointerKey(record.id), type: 'pointer', site: record.site, page: record.page },
      },
    },
  });
  const pageRecord = pageRecordSet(record.site, record.page, now);
  const open = openCondition(options.openSince);
  const pageValues: Record<string, unknown> = {
    ...pageRecord.values,
    ':now': now,
    ':zero': 0,
    ':published': published ? 1 : 0,
    ':pending': record.status === 'pending' ? 1 : 0,
    ...open.values,
  };
  const pageSets = [
    ...pageRecord.sets,
    'updatedAt = :now',
    'commentCount = if_not_exists(commentCount, :zero) + :published',
    'pendingCount = if_not_exists(pendingCount, :zero) + :pending',
  ];
  // The article's title and address as the site's page last gave them (the service checked the
  // URL); a moderator's edit, kept apart in `edited`, wins over them when the record is read.
  if (options.page.title) {
    pageSets.push('title = :title');
    pageValues[':title'] = options.page.title;
  }
  if (options.page.url) {
    pageSets.push('#url = :url');
    pageValues[':url'] = options.page.url;
  }
  steps.push({
    item: {
      Update: {
        TableName: table,
        Key: pageKey(record.site, record.page),
        UpdateExpression: `SET ${pageSets.join(', ')}`,
        ConditionExpression: open.condition,
        ExpressionAttributeNames: { ...pageRecord.names, ...(options.page.url ? { '#url': 'url' } : {}) },
        ExpressionAttributeValues: pageValues,
      },
    },
    refused: 'page_closed',
  });
  if (record.parentId) {
    // Answering a comment at the deepest level, the new one goes under that comment's parent,
    // which may since have been deleted (a placeholder): the answered comment must be published.
    const parentStatus = record.replyTo ? '#status IN (:approved, :deleted)' : '#status = :approved';
    steps.push({
      item: {
        Update: {
          TableName: table,
          Key: commentKey(record.site, record.page, record.parentId),
          UpdateExpression:
            'SET replyCount = if_not_exists(replyCount, :zero) + :one, threadCount = if_not_exists(threadCount, :zero) + :one',
          ConditionExpression: `attribute_exists(pk) AND ${parentStatus}`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':zero': 0,
            ':one': published ? 1 : 0,
            ':approved': 'approved',
            ...(record.replyTo ? { ':deleted': 'deleted' } : {}),
          },
        },
      },
      refused: 'parent_gone',
    });
    if (record.replyTo) {
      steps.push({
        item: {
          ConditionCheck: {
            TableName: table,
            Key: commentKey(record.site, record.page, record.replyTo.id),
            ConditionExpression: 'attribute_exists(pk) AND #status = :approved',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':approved': 'approved' },
          },
        },
        refused: 'parent_gone',
      });
    }
    if (published) steps.push(...ancestorCounters(record, 1).map((item) => ({ item })));
  }
  if (options.idempotency) {
    const { scope, key, requestHash } = options.idempotency;
    steps.push({
      item: {
        Put: {
          TableName: table,
          Item: {
            ...idempotencyKey(record.site, scope, key),
            type: 'idempotency',
            commentId: record.id,
            requestHash,
            expiresAt: Math.floor(Date.parse(now) / 1000) + IDEMPOTENCY_TTL_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      refused: 'idempotency_key_taken',
    });
  }

  // Published without a human look: it waits in `unreviewed` until a moderator decides.
  if (record.unreviewed) steps.push({ item: reviewMarkPut(record) });
  // The site's queue counts count it where it now waits (its status's queue, `unreviewed`).
  const counted = queueCountsUpdate(record.site, undefined, record);
  if (counted) steps.push({ item: counted });
  steps.push(
    { item: memberUpdate(record, options.bodyHash, options.recentBodyHashes) },
    { item: dailyStatsUpdate(record.site, now, ['posted', record.status]) },
  );
  if (options.log) steps.push(...logSteps(options.log));
  // The idempotency record first: a replay must never be reported as another refusal.
  const { refused } = await transact(steps, { precedence: CREATE_PRECEDENCE });
  return refused;
}

const CREATE_PRECEDENCE: readonly CreateRefusal[] = ['idempotency_key_taken', 'parent_gone', 'page_closed'];

/** The ids above a comment's parent, up to its top-level comment (the parent is updated apart). */
export const ancestorIds = (record: Pick<CommentRecord, 'path'>): string[] =>
  record.path.split('/').slice(0, -2);

/** `threadCount` of every comment above the parent moves by `delta` (published ones below them). */
export function ancestorCounters(record: CommentRecord, delta: number) {
  return ancestorIds(record).map((id) => ({
    Update: {
      TableName: config.commentsTable,
      Key: commentKey(record.site, record.page, id),
      UpdateExpression: 'ADD threadCount :delta',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':delta': delta },
    },
  }));
}

/** The author's standing on the site: last texts, and one more approved comment when it is. */
function memberUpdate(record: CommentRecord, bodyHash: string, recent: string[]) {
  return {
    Update: {
      TableName: config.commentsTable,
      Key: memberKey(record.site, record.authorKey),
      UpdateExpression:
        'SET lastBodyHash = :hash, recentBodyHashes = :recent, #type = :member, authorName = :name ADD approvedCount :approved, commentCount :one',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: {
        ':hash': bodyHash,
        ':recent': recent,
        ':member': 'member',
        ':name': record.authorName,
        ':approved': isPublished(record.status) ? 1 : 0,
        ':one': 1,
      },
    },
  };
}

/** Comments by key (parents of queued replies, a guest's receipted comments), one BatchGetItem (≤ 100). */
export async function getComments(
  keys: { site: string; page: string; id: string }[],
): Promise<Map<string, CommentRecord>> {
  const found = new Map<string, CommentRecord>();
  const unique = [...new Map(keys.map((k) => [k.id, k])).values()];
  if (unique.length === 0) return found;
  const { Responses } = await dynamo().send(
    new BatchGetCommand({
      RequestItems: { [config.commentsTable]: { Keys: unique.map((k) => commentKey(k.site, k.page, k.id)) } },
    }),
  );
  for (const item of Responses?.[config.commentsTable] ?? []) {
    const record = toCommentRecord(item);
    found.set(record.id, record);
  }
  return found;
}
