/**
 * Comments: the attributes a thread's Query fetches. A comment item also carries its guest's
 * email, its search text, its queues' and author's index keys and its moderation history, none of
 * which the list shows; leaving them on DynamoDB's side saves their transfer, parsing and
 * unmarshalling on every list (issue 18). present.ts reads a `ListedComment` only, so a field it
 * starts to show must join this list or the type check fails.
 */
import { reactionCountAttribute } from '../shared/data/keys.js';
import type { CommentRecord, PageRecord } from './records.js';

/** The fields of a listed comment: what presentComment reads, and every field a record requires. */
export const LISTED_COMMENT_FIELDS = [
  'id',
  'site',
  'page',
  'parentId',
  'path',
  'depth',
  'authorId',
  'authorName',
  'authorKey',
  'authorStaff',
  'authorBadges',
  'body',
  'status',
  'createdAt',
  'editedAt',
  'replyCount',
  'threadCount',
  'replyTo',
  'pinned',
  'heldBy',
  'decisionReason',
  'statement',
  'reported',
  'reportCount',
] as const satisfies readonly (keyof CommentRecord)[];

/** A comment as the thread's Query returns it: the listed fields, and its reaction counts. */
export type ListedComment = Pick<CommentRecord, (typeof LISTED_COMMENT_FIELDS)[number] | 'reactions'>;

/** The page record's stored attributes (its reaction counts apart): items.ts `toPageRecord` reads these. */
export const PAGE_RECORD_ATTRIBUTES = [
  'site',
  'page',
  'commentCount',
  'pendingCount',
  'closed',
  'createdAt',
  'reopenedAt',
  'pinned',
  'edited',
  'title',
  'url',
] as const satisfies readonly (keyof PageRecord)[];

/**
 * The reaction types whose `rx_<type>` counts an item may carry: reactions/schemas.ts REACTION_TYPES,
 * which comments may not import (test/unit/domain-boundaries.test.ts); a unit test keeps the two equal.
 */
export const COUNTED_REACTIONS = ['like', 'love', 'laugh', 'wow', 'sad', 'angry'] as const;

/** The item's kind: tells the page record from the comments in the same Query. */
const TYPE_ATTRIBUTE = 'type';

/** Every attribute the thread's Query in the index sorted by `sortKey` fetches. */
export function threadAttributes(sortKey: string): string[] {
  return [
    ...new Set<string>([
      TYPE_ATTRIBUTE,
      sortKey,
      ...LISTED_COMMENT_FIELDS,
      ...PAGE_RECORD_ATTRIBUTES,
      ...COUNTED_REACTIONS.map(reactionCountAttribute),
    ]),
  ];
}

/**
 * The projection of the Query on an index sorted by `sortKey`, every name behind a placeholder
 * (`path`, `status`, `page` and others are reserved words).
 */
export function threadProjection(sortKey: string): {
  ProjectionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
} {
  const names = threadAttributes(sortKey);
  return {
    ProjectionExpression: names.map((_, i) => `#p${i}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#p${i}`, name])),
  };
}
