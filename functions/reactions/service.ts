/**
 * Reactions: the rules. Readers with an account react to a visible comment or to an article
 * with one of the types the site enables; on a site with one reaction per reader, a new type
 * replaces the previous one; a closed article takes none, added or removed, unless the site
 * allows it (`reactionsWhenClosed`). Every call is idempotent and answers the target's counts and
 * the caller's own reactions on it; each counts against the site's `reactionsPerMinutePerUser`.
 *
 * The write is the reader's item alone; the stored counts follow from the reactions table's
 * stream (fold-service.ts) within the fold's delay (docs/data-model.md). The answer is the counts
 * read before the write with the caller's own change applied. "Visible" and "open" are checked
 * on those reads, not in the write: a reaction that lands just as its comment is hidden or its
 * article closed is kept and counted (the counts are right if the comment comes back).
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
  pageTargetOf,
  readerReactionsOnPage,
  readerTypesOn,
  readTargetState,
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
  readTargetState: typeof readTargetState;
  assertNotBanned: typeof assertNotBanned;
  /** Counts a hit against a rate limit (429 `rate_limited` past it). */
  consume: typeof consume;
}

const dynamoStore: ReactionStore = {
  readerTypesOn,
  addReaction,
  removeReaction,
  readTargetState,
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
  // A closed article (by a moderator or by age) is closed to reactions too, unless the site says
  // otherwise.
  const whenClosed: WhenClosed = site.reactionsWhenClosed
    ? 'allow'
    : { refuse: true, openSince: autoCloseCutoff(site.autoCloseAfterDays, Date.now()) };
  const [before, state] = await Promise.all([
    store.readerTypesOn(target, caller.userId),
    store.readTargetState(target, whenClosed),
    store.assertNotBanned(site.id, caller.userId),
  ]);
  const wants = on ? !before.includes(type) : before.includes(type);
  if (wants && state.closed) throw pageClosed();
  const counts = { ...state.counts };
  let mine = before;
  if (on && wants) {
    const replacing = site.reactionsPerReader === 'one' ? before : [];
    if ((await store.addReaction(target, caller.userId, type, replacing)) === 'changed') {
      mine = [...before.filter((t) => !replacing.includes(t)), type];
      applied(counts, type, 1);
      for (const old of replacing) applied(counts, old, -1);
    } else mine = await store.readerTypesOn(target, caller.userId);
  } else if (!on && wants) {
    if ((await store.removeReaction(target, caller.userId, type)) === 'changed') {
      mine = before.filter((t) => t !== type);
      applied(counts, type, -1);
    } else mine = await store.readerTypesOn(target, caller.userId);
  }
  return { reactions: counts, mine };
}

/** The caller's own change on counts read before it: never below zero, zeros left out as stored. */
function applied(counts: Record<string, number>, type: string, delta: number) {
  const next = Math.max((counts[type] ?? 0) + delta, 0);
  if (next > 0) counts[type] = next;
  else delete counts[type];
}

/** The caller's reactions on an article and its comments, for the thread response. */
export const readerReactions = readerReactionsOnPage;

/** Removes every reaction of an account; the fold takes them off the counts (account deletion). */
export async function forgetReader(userId: string): Promise<number> {
  let removed = 0;
  const all = [];
  for await (const reaction of allReaderReactions(userId)) all.push(reaction);
  // An account's deletion takes its reactions off a closed article too, and off a hidden comment.
  for (const { target, type } of all) {
    await removeReaction(target, userId, type);
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
