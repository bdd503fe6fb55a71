/**
 * Comments: changes to existing comments (an author's edit, a deletion, forgetting a deleted
 * account). Each is conditional on the state it was decided on, and moves the page counters in
 * the same transaction, so counts never drift.
 */

import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { commentKey, pageKey } from '../shared/data/keys.js';
import { toCommentRecord } from './items.js';
import type { CommentRecord } from './records.js';

/** Replaces the text of a comment if it is still the author's and not deleted; undefined otherwise. */
export async function updateBody(
  record: CommentRecord,
  body: string,
  editedAt: string,
): Promise<CommentRecord | undefined> {
  try {
    const { Attributes } = await dynamo().send(
      new UpdateCommand({
        TableName: config.commentsTable,
        Key: commentKey(record.site, record.page, record.id),
        UpdateExpression: 'SET body = :body, editedAt = :at',
        ConditionExpression: 'authorKey = :author AND #status <> :deleted',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':body': body,
          ':at': editedAt,
          ':author': record.authorKey,
          ':deleted': 'deleted',
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? toCommentRecord(Attributes) : undefined;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

export interface DeleteOptions {
  /** Also blank the author's name and mark the comment as from a deleted account. */
  accountDeleted?: boolean;
  /** Also take it out of the thread; otherwise a visible comment stays as a placeholder. */
  removeFromThread?: boolean;
}

/**
 * Turns a comment into a deleted one: status `deleted`, empty text, off the moderation queue,
 * the guest's email forgotten. Its page stops counting it. False when its status changed since
 * it was read (nothing is written then).
 */
export async function markDeleted(
  record: CommentRecord,
  at: string,
  options: DeleteOptions = {},
): Promise<boolean> {
  const counter =
    record.status === 'approved' ? 'commentCount' : record.status === 'pending' ? 'pendingCount' : undefined;
  const sets = ['#status = :deleted', 'body = :blank', 'deletedAt = :at'];
  const removes = ['guestEmail', 'gsi2pk', 'gsi2sk'];
  if (options.accountDeleted) sets.push('authorName = :blank', 'accountDeleted = :true');
  if (options.removeFromThread) removes.push('lsi1sk', 'lsi2sk');
  try {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: config.commentsTable,
              Key: commentKey(record.site, record.page, record.id),
              UpdateExpression: `SET ${sets.join(', ')} REMOVE ${removes.join(', ')}`,
              ConditionExpression: '#status = :was',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':deleted': 'deleted',
                ':blank': '',
                ':at': at,
                ':was': record.status,
                ...(options.accountDeleted ? { ':true': true } : {}),
              },
            },
          },
          ...(counter
            ? [
                {
                  Update: {
                    TableName: config.commentsTable,
                    Key: pageKey(record.site, record.page),
                    UpdateExpression: `ADD ${counter} :minus`,
                    ExpressionAttributeValues: { ':minus': -1 },
                  },
                },
              ]
            : []),
        ],
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') return false;
    throw error;
  }
}
