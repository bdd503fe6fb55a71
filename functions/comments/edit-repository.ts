/** Comments: an author's edit of their text, conditional on the comment being theirs and not deleted. */
import { config } from '../shared/config.js';
import { commentKey } from '../shared/data/keys.js';
import { conditionalWrite } from '../shared/data/transact.js';
import { toCommentRecord } from './items.js';
import type { CommentRecord } from './records.js';

/** Replaces the text of a comment if it is still the author's and not deleted; undefined otherwise. */
export async function updateBody(
  record: CommentRecord,
  body: string,
  editedAt: string,
): Promise<CommentRecord | undefined> {
  const { refused, attributes } = await conditionalWrite({
    item: {
      Update: {
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
      },
    },
    refused: 'not_editable',
  });
  return !refused && attributes ? toCommentRecord(attributes) : undefined;
}
