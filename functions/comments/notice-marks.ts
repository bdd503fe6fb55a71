/**
 * Comments: the marks of the `notices` queue. A comment with notices of illegal content awaiting
 * a decision waits there as a mark, an item of its own (its `gsi2` place is its status's queue):
 * put by each notice's transaction (the same item, so once per comment), deleted by the
 * transaction of the decision on its notices (notice-repository.ts reads and writes them).
 */
import { config } from '../shared/config.js';
import { noticeMarkKey } from '../shared/data/keys.js';
import type { TransactItem } from '../shared/data/transact.js';
import type { CommentRecord } from './records.js';

/** The notice transaction's step that puts the comment's mark (with what the filters read). */
export function noticeMarkPut(record: CommentRecord): TransactItem {
  return {
    Put: {
      TableName: config.commentsTable,
      Item: {
        ...noticeMarkKey(record.site, record.createdAt, record.id),
        type: 'notice-mark',
        site: record.site,
        page: record.page,
        commentId: record.id,
        authorKey: record.authorKey,
      },
    },
  };
}

/** The step that deletes a comment's mark, in the transaction of the decision on its notices. */
export function noticeMarkDelete(record: CommentRecord): TransactItem {
  return {
    Delete: {
      TableName: config.commentsTable,
      Key: noticeMarkKey(record.site, record.createdAt, record.id),
    },
  };
}
