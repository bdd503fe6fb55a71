/**
 * Key builders for the comments table: the only place that knows how keys are spelled.
 * Repositories use them; services and handlers never see a key.
 */
import { invertId } from '../ids.js';

/** Sort value that places the page record before every comment in both thread indexes. */
export const PAGE_RECORD_THREAD_KEY = '!';

export const siteKey = (site: string) => ({ pk: `SITE#${site}`, sk: 'SITE' });

/** A site's SSO signing keys sit beside its settings, one item per `kid`. */
export const SSO_KEY_PREFIX = 'SSOKEY#';
export const ssoKeyKey = (site: string, kid: string) => ({
  pk: `SITE#${site}`,
  sk: `${SSO_KEY_PREFIX}${kid}`,
});

/** A member of a site's team: under the site for its team page, under the account for its calls. */
export const STAFF_PREFIX = 'STAFF#';
export const staffKey = (site: string, userId: string) => ({
  pk: `SITE#${site}`,
  sk: `${STAFF_PREFIX}${userId}`,
});
export const STAFF_OF_PREFIX = 'STAFFOF#';
export const staffOfKey = (userId: string, site: string) => ({
  pk: `USER#${userId}`,
  sk: `${STAFF_OF_PREFIX}${site}`,
});

/**
 * An invitation to a site's team, for a person without an account: under the site (its team page,
 * one per email) and under the hash of its link's token (the link's lookup).
 */
export const INVITE_PREFIX = 'INVITE#';
export const inviteKey = (site: string, email: string) => ({
  pk: `SITE#${site}`,
  sk: `${INVITE_PREFIX}${email}`,
});
export const inviteTokenKey = (tokenHash: string) => ({ pk: `INVITATION#${tokenHash}`, sk: 'INVITATION' });

export const pagePartition = (site: string, page: string) => `PAGE#${site}#${page}`;
export const pageKey = (site: string, page: string) => ({ pk: pagePartition(site, page), sk: 'PAGE' });

const COMMENT_SORT_PREFIX = 'C#';

export const commentKey = (site: string, page: string, id: string) => ({
  pk: pagePartition(site, page),
  sk: `${COMMENT_SORT_PREFIX}${id}`,
});

/** The page and id a comment's key names (`commentKey` read back), or undefined for another item's key. */
export function commentOfKey(
  site: string,
  key: Record<string, unknown>,
): { page: string; id: string } | undefined {
  const page = after(key.pk, pagePartition(site, ''));
  const id = after(key.sk, COMMENT_SORT_PREFIX);
  return page !== undefined && id ? { page, id } : undefined;
}

/** What follows `prefix` in a key attribute, or undefined when it is no string or starts otherwise. */
function after(value: unknown, prefix: string): string | undefined {
  return typeof value === 'string' && value.startsWith(prefix) ? value.slice(prefix.length) : undefined;
}

/** A time-ordered sort value `<at>#<id>` read back: its time and its id (a ULID, never holding `#`). */
function timeAndId(value: unknown): { at: string; id: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const cut = value.lastIndexOf('#');
  return cut > 0 ? { at: value.slice(0, cut), id: value.slice(cut + 1) } : undefined;
}

/** Pointer from a bare comment id to the page that holds it (ids in URLs carry no page). */
export const commentPointerKey = (id: string) => ({ pk: `COMMENT#${id}`, sk: 'COMMENT' });

export const idempotencyKey = (site: string, callerScope: string, key: string) => ({
  pk: `IDEM#${site}#${callerScope}#${key}`,
  sk: 'IDEM',
});

/**
 * Thread keys. `path` lists the ids from the top-level comment down to this one, joined by "/".
 * Oldest order: a thread's comments follow its top-level comment, replies oldest first.
 * Newest order: top-level comments newest first (inverted id), replies still oldest first.
 */
export const oldestThreadKey = (path: string) => `T#${path}`;

/** The start of the oldest-order keys of the replies under the comment at `path` (its thread). */
export const threadRepliesPrefix = (path: string) => `${oldestThreadKey(path)}/`;
export const newestThreadKey = (path: string) => {
  const [root = '', ...rest] = path.split('/');
  return `T#${[invertId(root), ...rest].join('/')}`;
};

/** Reaction counts are item attributes named `rx_<type>`, so a count is one atomic ADD. */
export const REACTION_COUNT_PREFIX = 'rx_';
export const reactionCountAttribute = (type: string) => `${REACTION_COUNT_PREFIX}${type}`;

const MAX_SCORE = 999_999_999;

/** Top order: higher score first, then newest first (both inverted so the index reads ascending). */
export const topThreadKey = (score: number, id: string) =>
  `T#${String(MAX_SCORE - Math.min(Math.max(score, 0), MAX_SCORE)).padStart(9, '0')}#${invertId(id)}`;

const ID = '[0-9A-HJKMNP-TV-Z]{26}';
const THREAD_KEY = new RegExp(`^T#(${ID}(/${ID})*|\\d{9}#${ID})$`);

/** True when `value` is spelled as a key of one of the three thread orders (a thread cursor carries one). */
export const isThreadKey = (value: string) => THREAD_KEY.test(value);

export const authorPartition = (authorKey: string) => `AUTHOR#${authorKey}`;

/** An author's comments sort by site, then article, then time: one article's are one key range. */
export const authorSortKey = (site: string, page: string, createdAt: string, id: string) =>
  `${authorPagePrefix(site, page)}${createdAt}#${id}`;
export const authorPagePrefix = (site: string, page: string) => `${authorSitePrefix(site)}${page}#`;

/** The start of an author's sort keys on one site: all their comments there. */
export const authorSitePrefix = (site: string) => `${site}#`;

export const profileKey = (userId: string) => ({ pk: `USER#${userId}`, sk: 'PROFILE' });

/** A name (its look-alike skeleton) an account posted under on a site: guests may not take it. */
export const takenNameKey = (site: string, skeleton: string) => ({
  pk: `NAME#${site}#${skeleton}`,
  sk: 'NAME',
});

/**
 * When the account's sessions ended (a logout, a deletion), so its still-valid ID tokens issued
 * before are refused; expires by TTL (functions/shared/auth/session-cutoff.ts).
 */
export const sessionCutoffKey = (userId: string) => ({ pk: `USER#${userId}`, sk: 'SESSIONS' });

/** A fixed-window counter: one item per key and window, expiring with the window. */
export const rateLimitKey = (name: string, windowStart: number) => ({
  pk: `RATE#${name}#${windowStart}`,
  sk: 'RATE',
});

export const moderationQueuePartition = (site: string, status: string) => `QUEUE#${site}#${status}`;

/** A site's queue counts: one item, moved in the transactions that move a comment between queues. */
export const queueCountsKey = (site: string) => ({ pk: `QUEUES#${site}`, sk: 'COUNTS' });

/** A comment's place in its moderation queue: oldest first, by when it entered it (`queuedAt`, else `createdAt`). */
export const queueSortKey = (createdAt: string, id: string) => `${createdAt}#${id}`;

/** Where a page of a moderation queue resumes: after this comment (a queue cursor carries it). */
export interface QueuePosition {
  page: string;
  id: string;
  createdAt: string;
}

/** The ExclusiveStartKey of a queue Query resuming after `position`. */
export const queueStartKey = (site: string, queue: string, position: QueuePosition) => ({
  ...commentKey(site, position.page, position.id),
  gsi2pk: moderationQueuePartition(site, queue),
  gsi2sk: queueSortKey(position.createdAt, position.id),
});

/** Where a queue Query stopped (its LastEvaluatedKey) as a position: `queueStartKey` read back. */
export function queuePositionOf(site: string, key: Record<string, unknown>): QueuePosition | undefined {
  const comment = commentOfKey(site, key);
  const sort = timeAndId(key.gsi2sk);
  if (!comment || sort?.id !== comment.id) return undefined;
  return { page: comment.page, id: comment.id, createdAt: sort.at };
}

/**
 * A comment's mark in the `unreviewed` queue (published at posting, no human look yet): an item of
 * its own, read newest first by its partition, since the comment's `gsi2` place is its status's.
 */
export const reviewMarkKey = (site: string, createdAt: string, id: string) => ({
  pk: moderationQueuePartition(site, 'unreviewed'),
  sk: queueSortKey(createdAt, id),
});

/** Where an `unreviewed` Query stopped (its LastEvaluatedKey) as a time and id: `reviewMarkKey` read back. */
export function reviewMarkPositionOf(
  key: Record<string, unknown>,
): { createdAt: string; id: string } | undefined {
  const sort = timeAndId(key.sk);
  return sort && { createdAt: sort.at, id: sort.id };
}

const COMMENT_TARGET_PREFIX = 'C#';

/** Reactions table: one item per reader, target and type. A target is a comment or an article. */
export const commentTarget = (commentId: string) => `${COMMENT_TARGET_PREFIX}${commentId}`;

/** The comment a reaction target names (`commentTarget` read back), or undefined for an article. */
export const commentIdOfTarget = (target: string) => after(target, COMMENT_TARGET_PREFIX);

export const pageTarget = (site: string, page: string) => `P#${site}#${page}`;

export const reactionKey = (target: string, userId: string, type: string) => ({
  pk: reactionTargetPartition(target),
  sk: `${readerReactionsPrefix(userId)}${type}`,
});
export const readerReactionsPrefix = (userId: string) => `U#${userId}#`;
export const reactionTargetPartition = (target: string) => `R#${target}`;
export const reactionsByUserPartition = (userId: string) => `U#${userId}`;
export const reactionsByUserSortKey = (site: string, page: string, target: string, type: string) =>
  `${reactionsByUserPagePrefix(site, page)}${target}#${type}`;

/** The start of a reader's sort keys on one article (its own reactions and its comments'). */
export const reactionsByUserPagePrefix = (site: string, page: string) => `${site}#${page}#`;

/** What moderation knows of an author on one site: ban, note, approved count, last text. */
export const memberKey = (site: string, authorKey: string) => ({
  pk: `MEMBER#${site}#${authorKey}`,
  sk: 'STATE',
});

/** Whether `key` is a member item's: the guest-key migration folds a guest's two into one. */
export const isMemberKey = (key: { pk: string; sk: string }) =>
  key.pk.startsWith('MEMBER#') && key.sk === 'STATE';

/** The hashed network prefix a guest last posted from on a site (expires after 30 days). */
export const guestNetworkKey = (site: string, authorKey: string) => ({
  pk: `NET#${site}#${authorKey}`,
  sk: 'STATE',
});

/** A network prefix a banned guest posted from: new comments from it carry a signal (expires). */
export const bannedNetworkKey = (site: string, prefixHash: string) => ({
  pk: `NETBAN#${site}#${prefixHash}`,
  sk: 'STATE',
});

/** A guest's email confirmation link, by the hash of its token (expires). */
export const guestConfirmationKey = (tokenHash: string) => ({
  pk: `GUESTCONFIRM#${tokenHash}`,
  sk: 'STATE',
});

/** The audit log, by site and by comment: append-only, time-ordered. */
export const siteLogPartition = (site: string) => `LOG#${site}`;
export const commentLogPartition = (commentId: string) => `LOG#C#${commentId}`;

/** The log of decisions about one author on a site (bans, notes, warnings): the author panel's history. */
export const authorLogPartition = (site: string, authorKey: string) => `LOG#A#${site}#${authorKey}`;
export const logSortKey = (at: string, id: string) => `${at}#${id}`;

/** Where a page of the log resumes: after this entry (a log cursor carries it). */
export interface LogPosition {
  at: string;
  id: string;
}

/** The ExclusiveStartKey of a log Query (site's or comment's `partition`) resuming after `position`. */
export const logStartKey = (partition: string, position: LogPosition) => ({
  pk: partition,
  sk: logSortKey(position.at, position.id),
});

/**
 * The sort-key range of a log's entries from `from` to `to` (ISO instants, both included): a date
 * range is a key condition (`sk BETWEEN`), since entries sort by `<at>#<ULID>`.
 */
export const logRange = (from: string | undefined, to: string | undefined) => ({
  low: from ?? '0',
  // '~' sorts after every ULID character: the entries at exactly `to` are in.
  high: `${to ?? '9999'}#~`,
});

/** Where a log Query stopped (its LastEvaluatedKey) as a position: `logStartKey` read back. */
export const logPositionOf = (key: Record<string, unknown>): LogPosition | undefined => timeAndId(key.sk);

/** Per-site daily counters for the console's chart. */
export const dailyStatsKey = (site: string, day: string) => ({ pk: `STATS#${site}`, sk: day });

/** The day (`YYYY-MM-DD`) a daily-stats item counts: `dailyStatsKey` read back. */
export const dayOfDailyStats = (key: Record<string, unknown>) => String(key.sk);

/** A comment's reports, one item each. */
export const reportsPartition = (commentId: string) => `REPORTS#${commentId}`;

/** One reporter's report on one comment (one per reporter per comment): an account id or a guest key. */
export const reportKey = (commentId: string, reporterKey: string) => ({
  pk: reportsPartition(commentId),
  sk: `U#${reporterKey}`,
});

/**
 * One notifier's notice of illegal content (DSA art. 16) on one comment, apart from the reports:
 * a reader who reported the comment may still send a notice about it, once.
 */
export const noticeKey = (commentId: string, reporterKey: string) => ({
  pk: reportsPartition(commentId),
  sk: `N#${reporterKey}`,
});

/** A statement of reasons (DSA art. 17) for a decision on a comment's notices: one per decision. */
export const statementKey = (commentId: string, at: string, id: string) => ({
  pk: reportsPartition(commentId),
  sk: `S#${at}#${id}`,
});

/** A comment's mark in the `notices` queue while notices of illegal content await a decision. */
export const noticeMarkKey = (site: string, createdAt: string, id: string) => ({
  pk: moderationQueuePartition(site, 'notices'),
  sk: queueSortKey(createdAt, id),
});

/** The moderation queue a comment sits in: its status, or `reported` while reports await a decision. */
export const queueKeys = (site: string, queue: string | undefined, createdAt: string, id: string) =>
  queue ? { gsi2pk: moderationQueuePartition(site, queue), gsi2sk: queueSortKey(createdAt, id) } : {};

/**
 * A queue narrowed to one author or one article (GSIs `queue-by-author`, `queue-by-article`,
 * both sorted by `gsi2sk`, the queue's own `<createdAt>#<id>`): the first page of a filter holds
 * that author's or that article's comments, read by key, not a page of the queue filtered.
 */
export const queueAuthorPartition = (site: string, queue: string, authorKey: string) =>
  `${moderationQueuePartition(site, queue)}#A#${authorKey}`;
export const queueArticlePartition = (site: string, queue: string, page: string) =>
  `${moderationQueuePartition(site, queue)}#P#${page}`;

/** The filter keys of a comment (or an `unreviewed` mark) in `queue`; none outside a queue. */
export const queueFilterKeys = (site: string, queue: string, page: string, authorKey: string) => ({
  gsi3pk: queueAuthorPartition(site, queue, authorKey),
  gsi4pk: queueArticlePartition(site, queue, page),
});

/** The ExclusiveStartKey of a filtered queue Query (`index` partition `partition`) resuming after `position`. */
export const filteredQueueStartKey = (
  tableKey: { pk: string; sk: string },
  attribute: 'gsi3pk' | 'gsi4pk',
  partition: string,
  position: { createdAt: string; id: string },
) => ({ ...tableKey, [attribute]: partition, gsi2sk: queueSortKey(position.createdAt, position.id) });

/** Where a filtered queue Query stopped: the time and id of its `gsi2sk`. */
export function filteredQueuePositionOf(
  key: Record<string, unknown>,
): { createdAt: string; id: string } | undefined {
  const sort = timeAndId(key.gsi2sk);
  return sort && { createdAt: sort.at, id: sort.id };
}

/** How many partitions a site's search entries are spread over, read in parallel (docs/cost.md). */
export const SEARCH_SHARDS = 16;

const ULID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The search shard of a comment: its id's last character (random in a ULID), folded to a shard. */
export const searchShardOf = (id: string) =>
  Math.max(ULID_ALPHABET.indexOf(id.at(-1) ?? '0'), 0) % SEARCH_SHARDS;

/** GSI `search`: one of a site's shards, sorted by the queue's `gsi2sk` (newest read first). */
export const searchPartition = (site: string, shard: number) => `SEARCH#${site}#${shard}`;

/** An effect of an event (events/ledger.ts): one per event and effect key, ever. */
export const effectKey = (eventId: string, key: string) => ({ pk: `EFFECT#${eventId}`, sk: key });

/** Where effects wait for their next attempt, by the time it is due (one partition: failures only). */
export const EFFECTS_DUE_PARTITION = 'EFFECTS#due';

/** A site's effects that failed for good, newest last, for its admins to see. */
export const failedEffectsPartition = (site: string) => `EFFECTS#failed#${site}`;

/** A reader's pending reply alerts (one item), and their alert emails of a UTC day (a counter). */
export const alertBatchKey = (userId: string) => ({ pk: `ALERTS#${userId}`, sk: 'BATCH' });
export const alertDayKey = (userId: string, day: string) => ({ pk: `ALERTS#${userId}`, sk: `DAY#${day}` });
/** Batches due to be sent, by time: `<due at>#<userId>`. */
export const ALERT_BATCH_DUE_PARTITION = 'ALERTBATCH#due';

/**
 * Whether `key` is a reply alert in flight (a batch, its due pointer, a day's count): mailed
 * within minutes or expired within two days, so the guest-key migration leaves them to go.
 */
export const isAlertInFlightKey = (key: { pk: string }) =>
  key.pk.startsWith('ALERTS#') || key.pk === ALERT_BATCH_DUE_PARTITION;

/** An address SES reported as hard-bouncing or complaining (by the hash of it): no more alerts. */
export const suppressionKey = (emailHash: string) => ({ pk: `SUPPRESS#${emailHash}`, sk: 'STATE' });
/** A staff member's moderator alerts on a site (digest frequency, notice emails): one item each. */
export const moderatorAlertsKey = (site: string, userId: string) => ({ pk: `MODALERTS#${site}`, sk: userId });
/** Moderator digests due to be sent, by time: `<due at>#<site>#<userId>`. */
export const MODERATOR_DIGEST_DUE_PARTITION = 'MODALERTS#due';
/** A reader's follows (owned by alerts): one item per followed article, and their digest's state. */
export const followPartition = (userId: string) => `FOLLOW#${userId}`;
export const FOLLOW_SORT_PREFIX = 'P#';
export const followKey = (userId: string, site: string, page: string) => ({
  pk: followPartition(userId),
  sk: `${FOLLOW_SORT_PREFIX}${site}#${page}`,
});
/** How many articles the reader follows, and when their next daily digest is due and covers from. */
export const followStateKey = (userId: string) => ({ pk: followPartition(userId), sk: 'STATE' });
/** Follow digests due to be sent, by time: `<due at>#<userId>`. */
export const FOLLOW_DIGEST_DUE_PARTITION = 'FOLLOWDIGEST#due';
/** A site's export jobs (functions/archive) by id (a ULID: time order); the lock of its running export. */
export const exportJobKey = (site: string, id: string) => ({ pk: `EXPORT#${site}`, sk: `JOB#${id}` });
export const exportLockKey = (site: string) => ({ pk: `EXPORT#${site}`, sk: 'RUNNING' });
