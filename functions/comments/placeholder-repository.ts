/**
 * Comments: the placeholders of deleted comments follow the replies below them. A deleted
 * comment stays in the thread ("Commentaire supprimé") only while published replies hang from it
 * (its `threadCount`); when the last one goes, it leaves the thread, and it comes back if a reply
 * below it is published again (a moderator's late approval), unless an account deletion removed it.
 */
import type { UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { commentKey, newestThreadKey, oldestThreadKey, topThreadKey } from '../shared/data/keys.js';
import { conditionalWrite } from '../shared/data/transact.js';
import type { CommentRecord } from './records.js';
import { getComments } from './repository.js';

/**
 * After a comment under `record`'s ancestors was published (`delta` 1) or unpublished (-1): the
 * deleted ancestors enter or leave the thread. One read of the ancestors, then one conditional
 * write per deleted one whose place must change (the condition makes a concurrent change safe).
 */
export async function reconcilePlaceholders(record: CommentRecord, delta: number): Promise<void> {
  const ids = record.path.split('/').slice(0, -1);
  const ancestors = await getComments(ids.map((id) => ({ site: record.site, page: record.page, id })));
  for (const ancestor of ancestors.values()) {
    if (ancestor.status !== 'deleted' || ancestor.removedFromThread) continue;
    const below = ancestor.threadCount ?? 0;
    if (delta < 0 && below <= 0) await leaveThread(ancestor);
    else if (delta > 0 && below > 0) await enterThread(ancestor);
  }
}

/** A refusal means a concurrent change already moved the placeholder, or made the move wrong: nothing to do. */
async function conditional(input: UpdateCommandInput): Promise<void> {
  await conditionalWrite({ item: { Update: input }, refused: 'already_moved' });
}

const leaveThread = (record: CommentRecord) =>
  conditional({
    TableName: config.commentsTable,
    Key: commentKey(record.site, record.page, record.id),
    UpdateExpression: 'REMOVE lsi1sk, lsi2sk, lsi3sk',
    ConditionExpression: '#status = :deleted AND threadCount <= :zero AND attribute_exists(lsi1sk)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':deleted': 'deleted', ':zero': 0 },
  });

function enterThread(record: CommentRecord) {
  const values: Record<string, unknown> = {
    ':deleted': 'deleted',
    ':zero': 0,
    ':k1': oldestThreadKey(record.path),
    ':k2': newestThreadKey(record.path),
  };
  if (record.depth === 0) values[':k3'] = topThreadKey(record.score ?? 0, record.id);
  return conditional({
    TableName: config.commentsTable,
    Key: commentKey(record.site, record.page, record.id),
    UpdateExpression: `SET lsi1sk = :k1, lsi2sk = :k2${record.depth === 0 ? ', lsi3sk = :k3' : ''}`,
    ConditionExpression:
      '#status = :deleted AND threadCount > :zero AND attribute_not_exists(lsi1sk) AND attribute_not_exists(removedFromThread)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: values,
  });
}
