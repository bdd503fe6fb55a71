/** Comments: moderators' changes to an article (closing it) and to what leads its thread (pins). */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { withoutKeys } from '../shared/data/items.js';
import { commentKey, PAGE_RECORD_THREAD_KEY, pageKey } from '../shared/data/keys.js';
import { retryConflicts, transactionRefusal } from '../shared/data/transactions.js';
import { commentItem } from './items.js';
import { type LogEntry, logEntries } from './log-repository.js';
import type { CommentRecord } from './records.js';

type Log = Omit<LogEntry, 'commentId' | 'site' | 'page'>;

/** Closes or reopens an article to new comments (the page record is created if need be), logged. */
export async function setClosed(site: string, page: string, closed: boolean, log: Log): Promise<void> {
  await dynamo().send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: config.commentsTable,
            Key: pageKey(site, page),
            UpdateExpression:
              'SET closed = :closed, #type = :page, site = :site, page = :pageId, lsi1sk = :first, lsi2sk = :first, lsi3sk = :first, pinned = if_not_exists(pinned, :noPins)',
            ExpressionAttributeNames: { '#type': 'type' },
            ExpressionAttributeValues: {
              ':closed': closed,
              ':page': 'page',
              ':site': site,
              ':pageId': page,
              ':first': PAGE_RECORD_THREAD_KEY,
              ':noPins': {},
            },
          },
        },
        ...logEntries({ ...log, commentId: '', site, page }),
      ],
    }),
  );
}

/**
 * Pins or unpins a published comment: the flag on the comment and a copy on the page record, so
 * the thread's first Query returns pinned comments first. False when it is not published.
 */
export async function setPinned(record: CommentRecord, pinned: boolean, log: Log): Promise<boolean> {
  const { guestEmail: _h, ...copy } = withoutKeys(commentItem({ ...record, pinned: true }));
  return retryConflicts(async () => {
    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: config.commentsTable,
                Key: commentKey(record.site, record.page, record.id),
                UpdateExpression: 'SET pinned = :pinned',
                ConditionExpression: '#status = :approved',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':pinned': pinned, ':approved': 'approved' },
              },
            },
            {
              Update: {
                TableName: config.commentsTable,
                Key: pageKey(record.site, record.page),
                UpdateExpression: pinned ? 'SET pinned.#id = :copy' : 'REMOVE pinned.#id',
                ExpressionAttributeNames: { '#id': record.id },
                ExpressionAttributeValues: pinned
                  ? { ':copy': { ...copy, reactions: undefined } }
                  : undefined,
              },
            },
            ...logEntries({ ...log, commentId: record.id, site: record.site, page: record.page }),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (transactionRefusal(error)?.failed.includes(0)) return false;
      throw error;
    }
  });
}
