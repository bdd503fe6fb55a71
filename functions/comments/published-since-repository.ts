/**
 * Comments: what was published on an article in a span of time, for the follow digests (alerts).
 * Read by key: the article's `approved` partition of GSI `queue-by-article`, whose sort key is when
 * a comment entered the queue (`<queuedAt or createdAt>#<id>`, so a late approval counts as new),
 * then one BatchGetItem of the comments. Never a scan, whatever the article's size.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { commentOfKey, queueArticlePartition } from '../shared/data/keys.js';
import { commentsIndexes } from '../shared/data/tables.js';
import type { CommentRecord } from './records.js';
import { getComments } from './repository.js';
import { queueOf } from './status.js';

/** Comments one digest reads per article at most (one BatchGetItem). */
export const MAX_PUBLISHED_READ = 100;

/**
 * The comments published on the article after `since` and up to `until` (ISO instants), oldest
 * first, still published when read; `more` when there were more than MAX_PUBLISHED_READ.
 */
export async function publishedBetween(
  site: string,
  page: string,
  since: string,
  until: string,
): Promise<{ comments: CommentRecord[]; more: boolean }> {
  const { Items = [], LastEvaluatedKey } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      IndexName: commentsIndexes.queueByArticle.name,
      KeyConditionExpression: 'gsi4pk = :partition AND gsi2sk BETWEEN :low AND :high',
      ExpressionAttributeValues: {
        ':partition': queueArticlePartition(site, 'approved', page),
        // '\uffff' sorts after every id: a comment at exactly `since` was in the last digest.
        ':low': `${since}#\uffff`,
        ':high': `${until}#\uffff`,
      },
      Limit: MAX_PUBLISHED_READ,
    }),
  );
  const ids = Items.flatMap((item) => {
    const key = commentOfKey(site, item);
    return key ? [{ site, page: key.page, id: key.id }] : [];
  });
  const found = await getComments(ids);
  const comments = ids.flatMap(({ id }) => {
    const record = found.get(id);
    return record && queueOf(record) === 'approved' && !record.removedFromThread ? [record] : [];
  });
  return { comments, more: LastEvaluatedKey !== undefined };
}
