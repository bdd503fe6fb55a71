/**
 * The comment store: everything other domains may read or do with comments, in one place.
 * Moderation (queues, decisions, reports, bans), reactions and accounts import this file (and
 * comments' types.ts, schemas.ts, records.ts), never a comments repository directly, so the seam
 * between comments and its clients is this list (test/unit/domain-boundaries.test.ts keeps it so).
 * Nothing under functions/comments imports those clients back.
 */

// Reading comments and what hangs from them.
export { allAuthorComments, getCommentById } from './author-repository.js';
// Changing comments: each write keeps everything that depends on it in one transaction.
export { exportAuthorComments, forgetAuthorComments } from './author-service.js';
// The rules others must follow: statuses and their moves, bans.
export { assertNotBanned } from './bans.js';
export { guestReplyAlerts, stopGuestReplyAlerts } from './guest-alerts-repository.js';
// `commentItem`: the item of a comment, for the archive's bulk writes (an import writes items as posting does).
export { commentItem, reactionCounts } from './items.js';
export {
  aboutComment,
  appendLog,
  type LogFilter,
  lastDecision,
  logSteps,
  readAuthorLog,
  readLog,
} from './log-repository.js';
// The migration of guest keys folds a guest's two member items into one (functions/migrations/).
export { mergedMemberItem } from './member-merge.js';
export { getMember, getMemberFile, MAX_NOTES, setBan, setNote } from './member-repository.js';
export { banNetwork, guestNetwork, unbanNetwork } from './network-repository.js';
export { noticeMarkPut } from './notice-marks.js';
export { closeNotices } from './notice-repository.js';
// Steps another domain joins to its own transaction: a report's counters, a page record's reaction counts.
export { autoCloseCutoff, isClosed, openCondition, pageClosed, pageRecordSet } from './page-record.js';
export { type PageName, setClosed, setPageName, setPinned } from './page-repository.js';
export { isSiteUrl } from './page-url.js';
export { heldByView, presentComment, reasonsView } from './present.js';
export { publishedBetween } from './published-since-repository.js';
export { queueCountAdd, queueCountsAdd, readQueueCounts } from './queue-counts.js';
export { listQueueSince, type QueueSinceQuery } from './queue-poll-repository.js';
export { listQueue, type QueueQuery } from './queue-repository.js';
export { countNotice, countReport, firstNotice } from './report-counters.js';
export { getComment, getComments, getPages } from './repository.js';
export { authorsComments, type SearchResult, searchComments } from './search-repository.js';
export { searchTerms } from './search-text.js';
export { readDailyStats } from './stats-repository.js';
export { isPublished, NOTICES_QUEUE, QUEUES, STATUSES, transition } from './status.js';
export { changeStatus, markReported, type NoticeClosing, type StatusChange } from './status-repository.js';
export { warnAuthor } from './warnings.js';
