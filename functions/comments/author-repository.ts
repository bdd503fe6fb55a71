/** Comments: an author's comments, read by key through the `by-author` index. */
import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import { authorPagePrefix, authorPartition, commentKey, commentPointerKey } from '../shared/data/keys.js';
import { commentsIndexes } from '../shared/data/tables.js';
import { toCommentRecord } from './items.js';
import type { CommentRecord } from './records.js';
import { statusesWhere } from './status.js';

/**
 * Every comment of an author, all sites, page by page of the index. Used by export, account
 * deletion and bans: work that grows with one author's comments, never with a site's.
 */
export async function* allAuthorComments(authorKey: string): AsyncGenerator<CommentRecord> {
  let start: Record<string, unknown> | undefined;
  do {
    const query: QueryCommandInput = {
      TableName: config.commentsTable,
      IndexName: commentsIndexes.byAuthor.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': authorPartition(authorKey) },
      ExclusiveStartKey: start,
    };
    const { Items = [], LastEvaluatedKey } = await dynamo().send(new QueryCommand(query));
    for (const item of Items) yield toCommentRecord(item);
    start = LastEvaluatedKey;
  } while (start);
}

/**
 * An author's comments on one article that the thread does not show them yet: those the public
 * does not see (pending, rejected), and those published since `since` (the CDN's shared first
 * page may not hold them for a few seconds). One Query of the `by-author` index, filtered.
 */
export async function ownCommentsToShow(
  authorKey: string,
  site: string,
  page: string,
  since: string,
): Promise<CommentRecord[]> {
  const shown = statusesWhere('shownToAuthor');
  const published = statusesWhere('published');
  const statusValues = Object.fromEntries(shown.map((status, i) => [`:s${i}`, status]));
  const publishedValues = Object.fromEntries(published.map((status, i) => [`:p${i}`, status]));
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: config.commentsTable,
      IndexName: commentsIndexes.byAuthor.name,
      KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
      FilterExpression: `#status IN (${Object.keys(statusValues).join(', ')}) OR (#status IN (${Object.keys(publishedValues).join(', ')}) AND createdAt >= :since)`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':pk': authorPartition(authorKey),
        ':prefix': authorPagePrefix(site, page),
        ':since': since,
        ...statusValues,
        ...publishedValues,
      },
    }),
  );
  return Items.map(toCommentRecord);
}

/** A comment from its bare id, through the id pointer: two reads, both strongly consistent. */
export async function getCommentById(id: string): Promise<CommentRecord | undefined> {
  const { Item: pointer } = await dynamo().send(
    new GetCommand({ TableName: config.commentsTable, Key: commentPointerKey(id), ConsistentRead: true }),
  );
  if (!pointer) return undefined;
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: config.commentsTable,
      Key: commentKey(pointer.site as string, pointer.page as string, id),
      ConsistentRead: true,
    }),
  );
  return Item ? toCommentRecord(Item) : undefined;
}
