/**
 * Comments: the moderators' text search over a site's recent comments. Words and names read the
 * sparse GSI `search` (a folded text of ~600 bytes a comment, spread over `SEARCH_SHARDS`
 * partitions), every shard newest first and in parallel, filtered by the terms; an email reads
 * the author's comments by key (`by-author`). Costs in docs/cost.md.
 */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config.js';
import { dynamo } from '../shared/data/dynamo-client.js';
import {
  authorPartition,
  authorSitePrefix,
  commentOfKey,
  filteredQueuePositionOf,
  SEARCH_SHARDS,
  searchPartition,
} from '../shared/data/keys.js';
import { commentsIndexes } from '../shared/data/tables.js';
import { toCommentRecord } from './items.js';
import type { CommentRecord } from './records.js';
import { getComments } from './repository.js';

export interface TextSearch {
  site: string;
  /** Folded terms (search-text.ts): each must start a word of the name or the text. */
  terms: string[];
  /** Comments created at or after this ISO time. */
  since: string;
  limit: number;
}

/** What a search found, newest first, and how many index entries it read (its cost). */
export interface SearchResult {
  comments: CommentRecord[];
  scanned: number;
  /** More comments matched than `limit`: the moderator should narrow the search. */
  more: boolean;
}

/** Comments whose name or text hold every term, newest first, at most `limit`. */
export async function searchComments(search: TextSearch): Promise<SearchResult> {
  const shards = Array.from({ length: SEARCH_SHARDS }, (_, shard) => searchShard(search, shard));
  const found = await Promise.all(shards);
  const entries = found
    .flatMap((shard) => shard.entries)
    .sort((a, b) => (a.sort < b.sort ? 1 : a.sort > b.sort ? -1 : 0));
  const kept = entries.slice(0, search.limit);
  const records = await getComments(
    kept.map((entry) => ({ site: search.site, page: entry.page, id: entry.id })),
  );
  return {
    comments: kept.flatMap((entry) => records.get(entry.id) ?? []),
    scanned: found.reduce((sum, shard) => sum + shard.scanned, 0),
    more: entries.length > search.limit || found.some((shard) => shard.more),
  };
}

/**
 * One shard, newest first, until it holds `limit` matches or its part of the window is read:
 * the newest `limit` of the site are among the union of every shard's newest `limit`.
 */
async function searchShard(search: TextSearch, shard: number) {
  const values: Record<string, unknown> = {
    ':shard': searchPartition(search.site, shard),
    ':since': search.since,
  };
  search.terms.forEach((term, i) => {
    values[`:t${i}`] = ` ${term}`;
  });
  const filter = search.terms.map((_, i) => `contains(searchText, :t${i})`).join(' AND ');
  const entries: { page: string; id: string; sort: string }[] = [];
  let scanned = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const input: QueryCommandInput = {
      TableName: config.commentsTable,
      IndexName: commentsIndexes.search.name,
      KeyConditionExpression: 'gsi5pk = :shard AND gsi2sk >= :since',
      FilterExpression: filter,
      ExpressionAttributeValues: values,
      ProjectionExpression: 'pk, sk, gsi2sk',
      ScanIndexForward: false,
      ExclusiveStartKey: start,
    };
    const { Items = [], LastEvaluatedKey, ScannedCount = 0 } = await dynamo().send(new QueryCommand(input));
    scanned += ScannedCount;
    for (const item of Items) {
      const key = commentOfKey(search.site, item);
      const at = filteredQueuePositionOf(item);
      if (key && at) entries.push({ page: key.page, id: key.id, sort: String(item.gsi2sk) });
    }
    start = LastEvaluatedKey;
  } while (start && entries.length < search.limit);
  return { entries, scanned, more: start !== undefined };
}

/** How many of an author's comments on a site an email search reads at most (newest kept). */
const AUTHOR_READ_MAX = 500;

/**
 * The comments of these authors (a guest's key, an account's id) on the site, newest first:
 * by key, so an email search costs what the author wrote, not what the site holds.
 */
export async function authorsComments(
  site: string,
  authorKeys: string[],
  limit: number,
): Promise<SearchResult> {
  const all = await Promise.all(authorKeys.map((key) => authorOnSite(site, key)));
  const comments = all
    .flatMap((one) => one.comments)
    .filter((record) => record.status !== 'deleted')
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return {
    comments: comments.slice(0, limit),
    scanned: all.reduce((sum, one) => sum + one.comments.length, 0),
    more: comments.length > limit || all.some((one) => one.more),
  };
}

async function authorOnSite(site: string, authorKey: string) {
  const comments: CommentRecord[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const { Items = [], LastEvaluatedKey } = await dynamo().send(
      new QueryCommand({
        TableName: config.commentsTable,
        IndexName: commentsIndexes.byAuthor.name,
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :site)',
        ExpressionAttributeValues: { ':pk': authorPartition(authorKey), ':site': authorSitePrefix(site) },
        ExclusiveStartKey: start,
      }),
    );
    comments.push(...Items.map(toCommentRecord));
    start = LastEvaluatedKey;
  } while (start && comments.length < AUTHOR_READ_MAX);
  return { comments, more: start !== undefined };
}
