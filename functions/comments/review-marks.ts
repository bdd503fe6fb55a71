/**
 * Comments: the marks of the `unreviewed` queue. A comment published at posting without a human
 * look (post-moderated sites) waits there as a mark, an item of its own (the comment's `gsi2` place
 * is its status's queue): put by the post transaction, deleted by the transaction of the first
 * decision or status change that touches the comment (review-repository.ts reads them).
 */
import { config } from '../shared/config.js';
import { queueFilterKeys, queueSortKey, reviewMarkKey } from '../shared/data/keys.js';
import type { TransactItem } from '../shared/data/transact.js';
import type { CommentRecord } from './records.js';
import { UNREVIEWED_QUEUE } from './status.js';

/** The post transaction's step that puts a new comment's mark (with what the filters read). */
export function reviewMarkPut(record: CommentRecord): TransactItem {
  return {
    Put: {
      TableName: config.commentsTable,
      Item: {
        ...reviewMarkKey(record.site, record.createdAt, record.id),
        type: 'review-mark',
        site: record.site,
        page: record.page,
        commentId: record.id,
        authorKey: record.authorKey,
        // The queue's author and article filters read marks by key, as the status queues'.
        ...queueFilterKeys(record.site, UNREVIEWED_QUEUE, record.page, record.authorKey),
        gsi2sk: queueSortKey(record.createdAt, record.id),
      },
    },
  };
}

/** The step that deletes a comment's mark, in the transaction of what reviews it. */
export function reviewMarkDelete(record: CommentRecord): TransactItem {
  return {
    Delete: {
      TableName: config.commentsTable,
      Key: reviewMarkKey(record.site, record.createdAt, record.id),
    },
  };
}
