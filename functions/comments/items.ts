/** Comments: how comment and page records map to DynamoDB items, index attributes included. */

import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { convertToNative } from '@aws-sdk/util-dynamodb';
import { withoutKeys } from '../shared/data/items.js';
import {
  authorPartition,
  authorSortKey,
  commentKey,
  newestThreadKey,
  oldestThreadKey,
  queueFilterKeys,
  queueKeys,
  REACTION_COUNT_PREFIX,
  searchPartition,
  searchShardOf,
  topThreadKey,
} from '../shared/data/keys.js';
import type { CommentRecord, PageRecord } from './records.js';
import { searchText } from './search-text.js';
import { isInThread, queueOf } from './status.js';
import { LISTED_COMMENT_FIELDS, type ListedComment } from './thread-projection.js';

/** The item of a comment: visible ones carry the thread keys; every one but deleted, its queue's keys. */
export function commentItem(record: CommentRecord) {
  const visible = isInThread(record.status);
  // Reaction counts live in their own attributes, written only by the reactions repository.
  const { reactions: _counts, ...stored } = record;
  return {
    ...commentKey(record.site, record.page, record.id),
    type: 'comment',
    ...stored,
    lsi1sk: visible ? oldestThreadKey(record.path) : undefined,
    lsi2sk: visible ? newestThreadKey(record.path) : undefined,
    // Only top-level comments are ranked by score; replies follow their thread.
    lsi3sk: visible && record.depth === 0 ? topThreadKey(0, record.id) : undefined,
    gsi1pk: authorPartition(record.authorKey),
    gsi1sk: authorSortKey(record.site, record.page, record.createdAt, record.id),
    ...queueKeys(record.site, queueOf(record), record.queuedAt ?? record.createdAt, record.id),
    ...searchKeys(record),
  };
}

/**
 * The keys of a comment in a queue's author and article filters and in the search: none once
 * deleted (its `gsi2sk`, their sort key, goes with its queue).
 */
function searchKeys(record: CommentRecord) {
  const queue = queueOf(record);
  if (!queue) return {};
  return {
    ...queueFilterKeys(record.site, queue, record.page, record.authorKey),
    gsi5pk: searchPartition(record.site, searchShardOf(record.id)),
    searchText: searchText(record),
  };
}

/**
 * The copy of a pinned comment kept on its page record (no keys, no guest email, no counts): the
 * thread's first Query returns it with the page record. Written when it is pinned and whenever its
 * author edits it, so the pinned spot shows the comment as it is.
 */
export function pinnedCopy(record: CommentRecord) {
  // The text a held edit replaced stays on the comment only (a pinned copy is always published).
  const {
    guestEmail: _email,
    previousBody: _previous,
    ...copy
  } = withoutKeys(commentItem({ ...record, pinned: true }));
  return { ...copy, reactions: undefined };
}

export function toCommentRecord(item: Record<string, unknown>): CommentRecord {
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(withoutKeys(item))) {
    if (!name.startsWith(REACTION_COUNT_PREFIX)) record[name] = value;
  }
  return { ...record, reactions: reactionCounts(item) } as unknown as CommentRecord;
}

const LISTED: ReadonlySet<string> = new Set(LISTED_COMMENT_FIELDS);

/**
 * A listed comment from an item of the thread's Query, as DynamoDB sent it: one pass over the
 * item, each listed attribute converted once, one object (the list reads 20 of them per call; the
 * document client's unmarshalling, then `toCommentRecord`, copied each item four times).
 */
export function toListedComment(item: Record<string, AttributeValue>): ListedComment {
  const record: Record<string, unknown> = {};
  const reactions: Record<string, number> = {};
  for (const name in item) {
    const value = item[name] as AttributeValue;
    if (LISTED.has(name)) record[name] = convertToNative(value);
    else if (name.startsWith(REACTION_COUNT_PREFIX) && value.N !== undefined && Number(value.N) > 0)
      reactions[name.slice(REACTION_COUNT_PREFIX.length)] = Number(value.N);
  }
  record.reactions = reactions;
  return record as unknown as ListedComment;
}

/** The reaction counts an item carries, one `rx_<type>` attribute per type; zeros left out. */
export function reactionCounts(item: Record<string, unknown>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, value] of Object.entries(item)) {
    if (name.startsWith(REACTION_COUNT_PREFIX) && typeof value === 'number' && value > 0) {
      counts[name.slice(REACTION_COUNT_PREFIX.length)] = value;
    }
  }
  return counts;
}

export function toPageRecord(item: Record<string, unknown>): PageRecord {
  return {
    site: item.site as string,
    page: item.page as string,
    commentCount: (item.commentCount as number | undefined) ?? 0,
    pendingCount: (item.pendingCount as number | undefined) ?? 0,
    reactions: reactionCounts(item),
    closed: item.closed === true,
    createdAt: item.createdAt as string | undefined,
    reopenedAt: item.reopenedAt as string | undefined,
    pinned: Object.values((item.pinned as Record<string, Record<string, unknown>> | undefined) ?? {})
      .map(toCommentRecord)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    ...pageName(item),
  };
}

/** The article's title and URL: a moderator's edit when there is one, else the site page's own. */
function pageName(item: Record<string, unknown>): Pick<PageRecord, 'title' | 'url' | 'edited'> {
  const edited = item.edited as { title?: string; url?: string; by: string; at: string } | undefined;
  if (edited) return { title: edited.title, url: edited.url, edited: { by: edited.by, at: edited.at } };
  return { title: item.title as string | undefined, url: item.url as string | undefined };
}
