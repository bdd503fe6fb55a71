/** Comments: an author's edit of their text, conditional on the comment being theirs and not deleted. */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { commentKey } from '../shared/data/keys.js';
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
