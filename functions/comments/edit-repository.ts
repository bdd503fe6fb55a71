/**
 * Comments: an author's edit of their text that keeps its status (the pipeline let it through, or
 * it was already held), in one transaction: the comment, conditioned on the status it was judged
 * in and on its pin; the page record, conditioned on the article being open (`page_closed`, as a
 * new comment), and with the pinned copy rewritten when the comment is pinned.
 *
 * Why a copy and not a reference: the pinned spot is read with the page record, in the first
 * Query of the thread (docs/performance.md: the reader's first page is ONE DynamoDB read). A pin
 * naming the comment would need a second read for every pinned comment not on the first page; so
 * the copy is kept, and every write that changes what it shows changes it in the same
 * transaction: this edit, and a status change, which removes it (status-repository.ts).
 */
import { config } from '../shared/config.js';
import { commentKey, pageKey } from '../shared/data/keys.js';
import { transact } from '../shared/data/transact.js';
import { pinnedCopy } from './items.js';
import { openCondition } from './page-record.js';
import type { CommentRecord } from './records.js';
import { searchText } from './search-text.js';

/** Why an edit was not written: the comment moved (deleted, decided, pinned or unpinned) or the article closed. */
export type EditRefusal = 'comment_moved' | 'page_closed';

/**
 * Replaces the text of `record`, as read, with `body`; the refusal if it moved or the article
 * closed (by a moderator, or created before `openSince`: the site's `autoCloseAfterDays`).
 */
export async function updateBody(
  record: CommentRecord,
  body: string,
  editedAt: string,
  openSince?: string,
): Promise<EditRefusal | undefined> {
  const pinned = record.pinned === true;
  const open = openCondition(openSince);
  const page = pinned
    ? {
        Update: {
          TableName: config.commentsTable,
          Key: pageKey(record.site, record.page),
          UpdateExpression: 'SET pinned.#id = :copy',
          ConditionExpression: open.condition,
          ExpressionAttributeNames: { '#id': record.id },
          ExpressionAttributeValues: { ':copy': pinnedCopy({ ...record, body, editedAt }), ...open.values },
        },
      }
    : {
        ConditionCheck: {
          TableName: config.commentsTable,
          Key: pageKey(record.site, record.page),
          ConditionExpression: open.condition,
          ExpressionAttributeValues: open.values,
        },
      };
  const { refused } = await transact<EditRefusal>(
    [
      {
        item: {
          Update: {
            TableName: config.commentsTable,
            Key: commentKey(record.site, record.page, record.id),
            UpdateExpression: 'SET body = :body, editedAt = :at, searchText = :searchText',
            // The status the pipeline judged it in: approved meanwhile, the new text would skip review.
            ConditionExpression: `authorKey = :author AND #status = :status AND ${
              pinned ? 'pinned = :true' : '(attribute_not_exists(pinned) OR pinned = :false)'
            }`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':body': body,
              ':at': editedAt,
              ':searchText': searchText({ authorName: record.authorName, body }),
              ':author': record.authorKey,
              ':status': record.status,
              ...(pinned ? { ':true': true } : { ':false': false }),
            },
          },
        },
        refused: 'comment_moved',
      },
      { item: page, refused: 'page_closed' },
    ],
    { precedence: ['comment_moved', 'page_closed'] },
  );
  return refused;
}
