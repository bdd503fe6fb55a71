/**
 * Reactions: the rules. Readers with an account react to a visible comment or to an article
 * with one of the types the site enables; on a site with one reaction per reader, a new type
 * replaces the previous one; a closed article takes none, added or removed, unless the site
 * allows it (`reactionsWhenClosed`). Every call is idempotent and answers the target's counts and
 * the caller's own reactions on it; each counts against the site's `reactionsPerMinutePerUser`.
 */
import {
  assertNotBanned,
  autoCloseCutoff,
  getCommentById,
  isPublished,
  pageClosed,
} from '../comments/store.js';
import type { Caller } from '../shared/auth/caller.js';
import { AppError } from '../shared/errors.js';
import { consume, hashed } from '../shared/rate-limit/rate-limit.js';
import { assertReaderAccepted } from '../sites/reader-access.js';
import type { Site } from '../sites/schemas.js';
import { requireSite } from '../sites/service.js';
import {
  addReaction,
  allReaderReactions,
  commentTargetOf,
  deleteReaderItem,
  pageTargetOf,
  rankComment,
  readCounts,
  readerReactionsOnPage,
  readerTypesOn,
  removeReaction,
  type Target,
  type WhenClosed,
} from './repository.js';
import type { ReactionType } from './schemas.js';
import type { ExportedReaction, ReactionState } from './types.js';

/** The comment as a reaction target, with its site; 404 unless it is visible (and on `siteId`, if given). */
export async function commentAsTarget(id: string, siteId?: string): Promise<{ target: Target; site: Site }> {
  const record = await getCommentById(id);
  if (!record || !isPublished(record.status) || (siteId && siteId !== record.site)) {
    throw new AppError('comment_not_found', 'This comment does not exist or is not published.');
  }
  return { target: commentTargetOf(record), site: await requireSite(record.site) };
}

/** The article as a reaction target. */
export function pageAsTarget(site: Site, page: string): Target {
  return pageTargetOf(site.id, page);
}

/**
 * What the reaction rules read and write, as parameters: the DynamoDB repository in the product,
 * plain objects in unit tests (test/unit/reaction-rules.test.ts), so the rules are tested alone.
 */
export interface ReactionStore {
  readerTypesOn: typeof readerTypesOn;
  addReaction: typeof addReaction;
  removeReaction: typeof removeReaction;
  readCounts: typeof readCounts;
  rankComment: typeof rankComment;
  assertNotBanned: typeof assertNotBanned;
  /** Counts a hit against a rate limit (429 `rate_limited` past it). */
  consume: typeof consume;
}

const dynamoStore: ReactionStore = {
  readerTypesOn,
  addReaction,
  removeReaction,
  readCounts,
  rankComment,
  assertNotBanned,
  consume,
};

/** Sets (`on`) or removes the caller's reaction of `type` on the target. */
export async function react(
  target: Target,
  site: Site,
  caller: Caller,
  type: ReactionType,
  on: boolean,
  store: ReactionStore = dynamoStore,
): Promise<ReactionState> {
  assertReaderAccepted(site, caller);
  if (!site.reactionTypes.includes(type)) {
    throw new AppError(
      'reaction_type_not_enabled',
      `This site offers these reactions: ${site.reactionTypes.join(', ')}.`,
    );
  }
  // Every call counts, setting or removing: each one writes, and a script toggling would cost.
  await store.consume([
    {
      name: `react:${site.id}:${hashed(caller.userId)}`,
      max: site.reactionsPerMinutePerUser,
      windowSeconds: 60,
    },
  ]);
  const [before] = await Promise.all([
    store.readerTypesOn(target, caller.userId),
    store.assertNotBanned(site.id, caller.userId),
  ]);
  let mine = before;
  let outcome: Awaited<ReturnType<typeof addReaction>> = 'unchanged';
  // A closed article (by a moderator or by age) is closed to reactions too, unless the site says
  // otherwise; checked in the write.
  const whenClosed: WhenClosed = site.reactionsWhenClosed
    ? 'allow'
    : { refuse: true, openSince: autoCloseCutoff(site.autoCloseAfterDays, Date.now()) };
  if (on && !before.includes(type)) {
    const replacing = site.reactionsPerReader === 'one' ? before : [];
    outcome = await store.addReaction(target, caller.userId, type, replacing, whenClosed);
    mine = [...before.filter((t) => !replacing.includes(t)), type];
  } else if (!on && before.includes(type)) {
    outcome = await store.removeReaction(target, caller.userId, type, whenClosed);
    mine = before.filter((t) => t !== type);
  }
  if (outcome === 'target_gone') throw new AppError('comment_not_found', 'This comment was just removed.');
  if (outcome === 'page_closed') throw pageClosed();
  if (outcome === 'unchanged') mine = await store.readerTypesOn(target, caller.userId);
  return { reactions: await countsAfter(store, target, outcome === 'changed'), mine };
}

/** Reads the counts; after a change, also moves a top-level comment to its place in `top` order. */
async function countsAfter(
  store: ReactionStore,
  target: Target,
  changed: boolean,
): Promise<Record<string, number>> {
  for (let attempt = 0; ; attempt++) {
    const { counts, score } = await store.readCounts(target);
    if (!changed || attempt >= 3 || (await store.rankComment(target, score))) return counts;
  }
}

/** The caller's reactions on an article and its comments, for the thread response. */
export const readerReactions = readerReactionsOnPage;

/** Removes every reaction of an account, with its counts (account deletion). */
export async function forgetReader(userId: string): Promise<number> {
  let removed = 0;
  const all = [];
  for await (const reaction of allReaderReactions(userId)) all.push(reaction);
  for (const { target, ...reaction } of all) {
    // An account's deletion takes its reactions off a closed article too.
    const outcome = await removeReaction(target, userId, reaction.type, 'allow');
    // A comment no longer published keeps counts no one sees: remove the reader's item all the same.
    if (outcome === 'target_gone') await deleteReaderItem(target, userId, reaction.type);
    removed++;
  }
  return removed;
}

/** Every reaction of an account, for its data export. */
export async function exportReader(userId: string): Promise<ExportedReaction[]> {
  const out = [];
  for await (const { target, type, createdAt } of allReaderReactions(userId)) {
    out.push({
      site: target.site,
      page: target.page,
      commentId: target.comment?.id ?? null,
      type,
      createdAt,
    });
  }
  return out;
}
