/**
 * Comments: the rules for reading and posting. Knows nothing of HTTP or DynamoDB keys.
 *
 * Posting, as a short spec:
 * - the site must exist and allow the caller (a guest needs `guests` and a name and email, and the
 *   name must not pass for a staff member's or for an account's that posted on the site);
 * - the text is normalised, must not be empty and must fit the site's limit;
 * - a reply needs a published parent on the same article; one to a comment at the site's deepest
 *   level goes beside it (same parent) and records whom it answers (`replyTo`);
 * - the moderation pipeline (functions/comments/pipeline) publishes, holds or rejects it;
 * - a retried request with the same Idempotency-Key returns the first comment and writes nothing;
 * - its page title and URL rename the article only when the URL is on the site's origins.
 */
import { createHash, randomBytes } from 'node:crypto';
import { assertNameNotReserved } from '../accounts/reserved-names.js';
import { assertNameFree, recordTakenName } from '../accounts/taken-names.js';
import { type Caller, rolesOn } from '../shared/auth/caller.js';
import { AppError } from '../shared/errors.js';
import { guestKey, legacyGuestKey, normalizeEmail } from '../shared/guest-key.js';
import { newId } from '../shared/ids.js';
import { logger } from '../shared/logger.js';
import { networkHash } from '../shared/network-prefix.js';
import { consume, hashed } from '../shared/rate-limit/rate-limit.js';
import { normalizeLine } from '../shared/text/normalize.js';
import { assertReaderAccepted } from '../sites/reader-access.js';
import { publicSettings, type Site } from '../sites/schemas.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { offerConfirmation } from './guest-confirmation.js';
import { aboutComment } from './log-repository.js';
import { getMember } from './member-repository.js';
import { isBannedNetwork, recordGuestNetwork } from './network-repository.js';
import { autoCloseCutoff, pageClosed } from './page-record.js';
import { isSiteUrl, type UrlClaim } from './page-url.js';
import { moderate } from './pipeline/index.js';
import type { HeldBy, Reason } from './pipeline/reasons.js';
import { heldByOf, recentHashesAfter, type Verdict } from './pipeline/types.js';
import { nestThread, presentComment, presentPage } from './present.js';
import type { CommentRecord } from './records.js';
import { getComment, getIdempotencyRecord, getPages, insertComment } from './repository.js';
import type { CreateCommentBody, ListCommentsQuery } from './schemas.js';
import { awaitsReview, isInThread, isPublished } from './status.js';
import { checkedBody } from './text.js';
import { listThread } from './thread-repository.js';
import type { Comment, CommentList, LogEntry, PageCounts } from './types.js';

/**
 * The first or a following page of an article's thread, with the article's counts; or, with
 * `thread`, the replies under one top-level comment. The same answer for every reader (the CDN
 * shares it a few seconds: functions/shared/http/shared-cache.ts): what is a reader's own comes
 * from `readerThread` (reader-thread.ts).
 */
export async function listComments(query: ListCommentsQuery, site: Site): Promise<CommentList> {
  const scope = { site: query.site, page: query.page, sort: query.sort, thread: query.thread };
  const after = query.cursor ? decodeCursor(query.cursor, scope) : undefined;
  const threadOf = query.thread ? await visibleTopLevel(query.site, query.page, query.thread) : undefined;
  const slice = await listThread({
    site: query.site,
    page: query.page,
    sort: query.sort,
    limit: query.limit,
    after,
    threadOf,
  });
  const cutoff = autoCloseCutoff(site.autoCloseAfterDays, Date.now());
  return {
    page: threadOf ? null : presentPage(query.site, query.page, slice.page, cutoff),
    site: publicSettings(site),
    comments: nestThread(slice.comments),
    nextCursor: slice.next ? encodeCursor(scope, slice.next) : null,
  };
}

async function visibleTopLevel(site: string, page: string, id: string) {
  const record = await getComment(site, page, id);
  if (record?.depth !== 0 || !isInThread(record.status)) {
    throw new AppError('comment_not_found', 'There is no such thread on this article.');
  }
  return record;
}

/** Published comment counts for several articles of one site; unknown articles count 0. */
export async function countComments(siteId: string, pages: string[]): Promise<PageCounts> {
  const records = await getPages(siteId, pages);
  const counts: Record<string, number> = {};
  for (const page of pages) counts[page] = records.get(page)?.commentCount ?? 0;
  return { counts };
}

export interface PostInput {
  body: CreateCommentBody;
  caller: Caller | undefined;
  idempotencyKey: string | undefined;
  /** The client's address, for the per-address posting limit only; never stored. */
  sourceIp: string;
  /** Where the request came from, to judge the article's URL it gives (page-url.ts). */
  claim: UrlClaim;
}

export interface PostResult {
  comment: Comment;
  /** A guest's receipt (see CreatedComment); the same on a replay, which only its author can make. */
  receipt?: string;
  /** True when an earlier request with the same Idempotency-Key made this comment. */
  replayed: boolean;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

function authorOf(input: PostInput, site: Site) {
  if (input.caller) {
    assertReaderAccepted(site, input.caller);
    const { userId, name, badges } = input.caller;
    const roles = rolesOn(input.caller, site.id);
    // Badges reflect the roles on the site at posting time: a later change does not rewrite history.
    return {
      authorId: userId,
      authorName: name,
      authorKey: userId,
      ...(roles.length ? { authorStaff: true } : {}),
      ...(badges?.length ? { authorBadges: badges } : {}),
    };
  }
  if (!site.guests) {
    throw new AppError('guests_not_allowed', 'Log in or create an account to comment on this site.');
  }
  const guest = input.body.author;
  const name = guest ? normalizeLine(guest.name) : '';
  if (!guest || !name) {
    throw new AppError('invalid_request', 'Give your name and email to comment as a guest.', [
      { path: 'body.author', code: 'required', params: {}, message: 'body.author needs a name and an email' },
    ]);
  }
  const email = normalizeEmail(guest.email);
  return { authorId: null, authorName: name, authorKey: guestKey(email), guestEmail: email };
}

/**
 * Where a new comment goes: top level, under its parent, or, answering a comment at the site's
 * deepest level, beside it under the same parent with `replyTo` naming who it answers.
 */
async function threadPlace(site: Site, page: string, parentId: string | null | undefined) {
  if (!parentId) return { parentId: null, depth: 0, pathPrefix: '' };
  const parent = await getComment(site.id, page, parentId);
  if (!parent || !isPublished(parent.status)) {
    throw new AppError(
      'parent_not_found',
      'The comment you are replying to does not exist on this article (any more).',
    );
  }
  if (parent.depth < site.maxDepth)
    return { parentId, depth: parent.depth + 1, pathPrefix: `${parent.path}/` };
  if (site.maxDepth === 0) throw new AppError('parent_too_deep', 'Replies are turned off on this site.');
  // The site may have lowered its depth since: the ancestor at the deepest level keeps it.
  const ids = parent.path.split('/').slice(0, site.maxDepth);
  return {
    parentId: ids.at(-1) ?? null,
    depth: site.maxDepth,
    pathPrefix: `${ids.join('/')}/`,
    replyTo: { id: parent.id, name: parent.authorName },
  };
}

async function replay(site: Site, page: string, commentId: string): Promise<PostResult> {
  const existing = await getComment(site.id, page, commentId);
  if (!existing)
    throw new AppError('conflict', 'This request is already being processed; retry in a moment.');
  return { comment: presentComment(existing), receipt: existing.receipt, replayed: true };
}

/** Posts a comment or a reply, at most once per Idempotency-Key. */
export async function postComment(input: PostInput, site: Site): Promise<PostResult> {
  const { body: request } = input;
  const author = authorOf(input, site);
  // A guest's name must not pass for a moderator's (accounts are checked when they choose it).
  if (!input.caller) await assertNameNotReserved(author.authorName, 'body.author.name', undefined, site.id);
  const text = checkedBody(request.body, site);
  const requestHash = sha256(
    JSON.stringify([request.site, request.page, request.parentId ?? null, text, author.authorKey]),
  );
  const scope = author.authorKey;

  if (input.idempotencyKey) {
    const earlier = await getIdempotencyRecord(site.id, scope, input.idempotencyKey);
    if (earlier) return replayChecked(site, request.page, earlier, requestHash);
  }

  await consume([
    { name: `post-author:${hashed(author.authorKey)}`, max: site.postsPerMinutePerUser, windowSeconds: 60 },
    { name: `post-ip:${hashed(input.sourceIp)}`, max: site.postsPerMinutePerIp, windowSeconds: 60 },
  ]);
  const now = Date.now();
  const bodyHash = sha256(text);
  const network = networkHash(site.id, input.sourceIp);
  const [place, member, fromBannedNetwork] = await Promise.all([
    threadPlace(site, request.page, request.parentId),
    // A guest's former key too: their ban and standing until the migration moves them.
    getMember(site.id, author.authorKey, author.guestEmail ? legacyGuestKey(author.guestEmail) : undefined),
    isBannedNetwork(site.id, network, now),
    input.caller ? undefined : assertNameFree(site.id, author.authorName, 'body.author.name'),
  ]);
  const decision = await moderate({
    site,
    body: text,
    bodyHash,
    guest: !input.caller,
    author: member,
    now,
  });
  const id = newId(now);
  const record: CommentRecord = {
    id,
    site: site.id,
    page: request.page,
    parentId: place.parentId,
    path: place.pathPrefix + id,
    depth: place.depth,
    ...author,
    body: text,
    status: decision.status,
    createdAt: new Date(now).toISOString(),
    replyCount: 0,
    threadCount: 0,
    ...(place.replyTo ? { replyTo: place.replyTo } : {}),
    reactions: {},
    reportCount: 0,
    reportReasons: {},
    ...(input.caller ? {} : { receipt: randomBytes(18).toString('base64url') }),
    ...(decision.status === 'approved'
      ? { approvedOnce: true }
      : { heldBy: heldByOf(decision), reasons: decision.reasons }),
  };
  if (awaitsReview(record, site.moderation)) record.unreviewed = true;
  if (fromBannedNetwork) record.bannedNetwork = true;
  const refusal = await insertComment(record, {
    page: articleNamed(request, site, input.claim),
    bodyHash,
    recentBodyHashes: recentHashesAfter(member, bodyHash),
    idempotency: input.idempotencyKey ? { scope, key: input.idempotencyKey, requestHash } : undefined,
    openSince: autoCloseCutoff(site.autoCloseAfterDays, now),
    log: decision.status === 'approved' ? undefined : pipelineLog(record, decision),
  });

  switch (refusal) {
    case undefined:
      if (input.caller) await takeName(site.id, author.authorName, input.caller.userId);
      else {
        if (network) await rememberNetwork(site.id, author.authorKey, network, now);
        // Standing needs a confirmed email where first comments are held, and reply alerts a
        // confirmed opt-in (double opt-in): the guest gets one link for what it turns on.
        const standing = site.holdFirstComments > 0 && !member.emailConfirmed;
        const notifyReplies = request.author?.notifyReplies === true && !member.replyAlerts;
        if ((standing || notifyReplies) && author.guestEmail)
          await offerConfirmation({
            site,
            email: author.guestEmail,
            authorKey: author.authorKey,
            sourceIp: input.sourceIp,
            apiOrigin: input.claim.ownOrigin,
            standing,
            notifyReplies,
            lang: request.author?.lang ?? (site.languages[0] === 'en' ? 'en' : 'fr'),
          });
      }
      return { comment: presentComment(record), receipt: record.receipt, replayed: false };
    case 'page_closed':
      throw pageClosed();
    case 'parent_gone':
      throw new AppError('parent_not_found', 'The comment you are replying to was just removed.');
    case 'idempotency_key_taken': {
      // A concurrent request with the same key won the race: answer with its comment.
      const earlier = await getIdempotencyRecord(site.id, scope, input.idempotencyKey ?? '');
      if (!earlier)
        throw new AppError('conflict', 'This request is already being processed; retry in a moment.');
      return replayChecked(site, request.page, earlier, requestHash);
    }
  }
}

/**
 * The log entry of a comment the pipeline held (`held`) or refused (`refused`) at posting: the
 * system's, with every rule that matched as codes (never what a word list matched).
 */
function pipelineLog(record: CommentRecord, decision: Verdict & { reasons: HeldBy[] }): LogEntry {
  const reasons = decision.reasons.map(({ code, params }) => ({ code, params }) as Reason);
  return {
    at: record.createdAt,
    ...aboutComment(record),
    actorId: 'system',
    actorName: 'pipeline',
    action: decision.status === 'pending' ? 'held' : 'refused',
    to: decision.status,
    code: decision.code,
    params: decision.params,
    reasons,
  };
}

/**
 * The title and URL a comment gives its article, adopted together and only when the URL is on one
 * of the site's origins (page-url.ts): a guest cannot name the article moderators see, nor link it
 * elsewhere. A refused URL costs the reader nothing: the comment is posted, the page keeps its name.
 */
function articleNamed(request: CreateCommentBody, site: Site, claim: UrlClaim) {
  if (!request.pageUrl || !isSiteUrl(request.pageUrl, site.allowedOrigins, claim)) return {};
  const title = request.pageTitle ? normalizeLine(request.pageTitle) : undefined;
  return { title: title || undefined, url: request.pageUrl };
}

/** A guest's network prefix is kept 30 days for a ban to use; the comment is posted even if that write fails. */
async function rememberNetwork(site: string, authorKey: string, hash: string, now: number): Promise<void> {
  await recordGuestNetwork(site, authorKey, hash, now).catch((error: unknown) =>
    logger.warn('guest network not recorded', { errorName: error instanceof Error ? error.name : 'unknown' }),
  );
}

/** An account's name becomes taken on the site; the comment is posted even if that write fails. */
async function takeName(site: string, name: string, userId: string): Promise<void> {
  await recordTakenName(site, name, userId).catch((error: unknown) =>
    logger.warn('taken name not recorded', { errorName: error instanceof Error ? error.name : 'unknown' }),
  );
}

function replayChecked(
  site: Site,
  page: string,
  earlier: { commentId: string; requestHash: string },
  hash: string,
) {
  if (earlier.requestHash !== hash) {
    throw new AppError(
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a different comment; use a new key for a new comment.',
    );
  }
  return replay(site, page, earlier.commentId);
}
