/**
 * Console: one queue of a site, oldest first, a page at a time. Decisions name the status each
 * comment is shown in, and update the list from the server's answer per id: decided comments
 * leave the queue, pins stay, failures are kept by id for the item to show. A comment someone
 * else decided first (`conflict`) stays, shown as it is now, with who decided it. Every few
 * seconds, while the page is visible, one request polls what entered the queue since the last
 * answer (with every queue's count); new comments wait apart until brought in. Deciding the last
 * comment shown loads the next page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type AnyErrorCode, errorCode } from '../../api/api-error.js';
import type { Fetcher } from '../../api/fetcher.js';
import {
  type Action,
  type CommentStatus,
  type DecisionConflict,
  decide,
  listQueue,
  type Queue,
  type QueueCounts,
  type QueueItem,
  type Seen,
  searchComments,
} from '../../api/moderation.js';
import { useVisibleInterval } from '../use-visible-interval.js';
import { addIncoming, bringIn } from './incoming.js';

/** The queue's filters; empty strings filter nothing. */
export interface QueueFilters {
  page: string;
  author: string;
  /** A search over the site's recent comments (any status), listed instead of the queue. */
  q?: string;
}

/** The queue as the page uses it. */
export interface QueueView {
  items: QueueItem[];
  nextCursor: string | null;
  busy: boolean;
  /** A search matched more comments than it listed. */
  more?: boolean;
  /** Why the last page did not load. */
  error?: AnyErrorCode;
  /** Why a decision failed, by comment id. */
  failures: Record<string, AnyErrorCode>;
  /** Who decided first, by comment id, for a decision refused as `conflict`. */
  conflicts: Record<string, DecisionConflict>;
  /** Every queue's count, as of the last answer. */
  counts?: QueueCounts;
  /** Comments that entered the queue since it was shown, waiting to be brought in. */
  incoming: QueueItem[];
  /** Brings the waiting comments into the list. */
  showIncoming(): void;
  /** Loads the next page; resolves once it is shown. */
  loadMore(): Promise<void>;
  /** Applies `action` to the comments; resolves to how many succeeded and failed. */
  decide(ids: string[], action: Action, reason?: string): Promise<{ ok: number; failed: number }>;
  /** Marks every shown comment of an article as closed or open. */
  markClosed(page: string, closed: boolean): void;
  /** Shows an article's new title and URL on every shown comment of it. */
  markNamed(page: string, title: string | null, url: string | null): void;
  /** After a decision on a comment's notices: it leaves `notices`, or a queue its new status leaves. */
  noticesDecided(id: string, status: CommentStatus): void;
}

interface State {
  items: QueueItem[];
  nextCursor: string | null;
  busy: boolean;
  more?: boolean;
  error?: AnyErrorCode;
  failures: Record<string, AnyErrorCode>;
  conflicts: Record<string, DecisionConflict>;
  counts?: QueueCounts;
  incoming: QueueItem[];
  /** Where the next poll starts (the last answer's `asOf`). */
  asOf?: string;
}

const PAGE_SIZE = 20;
/** How often the open queue asks what is new, while the page is visible. */
export const POLL_MS = 5000;

/** The `queue` of `site`, filtered. */
export function useQueue(api: Fetcher, site: string, queue: Queue, filters: QueueFilters): QueueView {
  const [state, setState] = useState<State>({
    items: [],
    nextCursor: null,
    busy: true,
    failures: {},
    conflicts: {},
    incoming: [],
  });
  // Answers to superseded requests (other filters) are dropped.
  const latest = useRef(0);
  const current = useRef(state);
  current.current = state;
  const newestFirst = queue === 'unreviewed';

  const load = async (cursor?: string) => {
    const request = ++latest.current;
    setState((s) => ({ ...s, busy: true, error: undefined }));
    try {
      const page: {
        comments: QueueItem[];
        nextCursor: string | null;
        more?: boolean;
        counts?: QueueCounts;
        asOf?: string;
      } = filters.q
        ? await searchPage(api, site, filters.q)
        : await listQueue(api, {
            site,
            status: queue,
            page: filters.page || undefined,
            author: filters.author || undefined,
            cursor,
            limit: PAGE_SIZE,
          });
      if (request !== latest.current) return;
      setState((s) => {
        const known = new Set(cursor ? s.items.map((item) => item.comment.id) : []);
        const fresh = page.comments.filter((item) => !known.has(item.comment.id));
        const items = cursor ? [...s.items, ...fresh] : fresh;
        const shown = new Set(items.map((item) => item.comment.id));
        return {
          items,
          nextCursor: page.nextCursor,
          more: page.more,
          busy: false,
          failures: cursor ? s.failures : {},
          conflicts: cursor ? s.conflicts : {},
          // Search results carry no counts: the tabs keep theirs.
          counts: page.counts ?? s.counts,
          // A first page starts the polls (none while searching); a later one leaves them be.
          asOf: cursor ? s.asOf : page.asOf,
          incoming: cursor ? s.incoming.filter((item) => !shown.has(item.comment.id)) : [],
        };
      });
    } catch (failure) {
      if (request === latest.current) setState((s) => ({ ...s, busy: false, error: errorCode(failure) }));
    }
  };

  useEffect(() => {
    load();
  }, [api, site, queue, filters.page, filters.author, filters.q]);

  // What entered the queue since the last answer: counts and new comments, never a reshuffle.
  const poll = async () => {
    const since = current.current.asOf;
    if (!since || current.current.busy || filters.q) return;
    const request = latest.current;
    try {
      const answer = await listQueue(api, {
        site,
        status: queue,
        page: filters.page || undefined,
        author: filters.author || undefined,
        since,
        limit: 50,
      });
      if (request !== latest.current) return;
      setState((s) => ({
        ...s,
        counts: answer.counts,
        asOf: answer.asOf,
        incoming: addIncoming(s.items, s.incoming, answer.comments, newestFirst),
      }));
    } catch {
      // A failed poll changes nothing: the next one asks again.
    }
  };
  useVisibleInterval(poll, POLL_MS, [api, site, queue, filters.page, filters.author, filters.q]);

  return {
    ...state,
    showIncoming: () =>
      setState((s) => ({ ...s, items: bringIn(s.items, s.incoming, newestFirst), incoming: [] })),
    loadMore: async () => {
      if (state.nextCursor && !state.busy) await load(state.nextCursor);
    },
    async decide(ids, action, reason) {
      // Each comment as the moderator sees it: the server applies nothing to another state.
      const shown = new Map(state.items.map((item) => [item.comment.id, item.comment.status]));
      const seen: Seen = {};
      for (const id of ids) {
        const status = shown.get(id);
        if (status) seen[id] = status;
      }
      const { results } = await decide(api, seen, action, reason);
      const done = new Map<string, boolean>();
      const failures: Record<string, AnyErrorCode> = {};
      const conflicts: Record<string, DecisionConflict> = {};
      for (const result of results) {
        if (result.ok) done.set(result.id, result.pinned);
        else failures[result.id] = result.error.code;
        if (!result.ok && result.conflict) conflicts[result.id] = result.conflict;
      }
      const others = <T>(byId: Record<string, T>) =>
        Object.fromEntries(Object.entries(byId).filter(([id]) => !ids.includes(id)));
      // A pin keeps the comment where it is; any other decision moves it out of this queue.
      const stays = action === 'pin' || action === 'unpin';
      setState((s) => ({
        ...s,
        failures: { ...others(s.failures), ...failures },
        conflicts: { ...others(s.conflicts), ...conflicts },
        items: s.items.flatMap((item) => {
          // Decided elsewhere first: shown as it is now, so a new decision is taken on that.
          const now = conflicts[item.comment.id];
          if (now) return [{ ...item, comment: { ...item.comment, status: now.status, pinned: now.pinned } }];
          const pinned = done.get(item.comment.id);
          if (pinned === undefined) return [item];
          return stays ? [{ ...item, comment: { ...item.comment, pinned } }] : [];
        }),
      }));
      // The last comment shown was decided: the next page comes by itself, and the counts follow.
      const last = state.items.at(-1)?.comment.id;
      if (!stays && last && done.has(last) && state.nextCursor) await load(state.nextCursor);
      else poll();
      return { ok: done.size, failed: Object.keys(failures).length };
    },
    markClosed: (page, closed) =>
      setState((s) => ({
        ...s,
        items: s.items.map((item) =>
          item.page.id === page ? { ...item, page: { ...item.page, closed } } : item,
        ),
      })),
    noticesDecided: (id, status) =>
      setState((s) => ({
        ...s,
        items: s.items.flatMap((item) => {
          if (item.comment.id !== id) return [item];
          if (queue === 'notices' || item.comment.status !== status) return [];
          return [{ ...item, notices: { count: 0, items: [] } }];
        }),
      })),
    markNamed: (page, title, url) =>
      setState((s) => ({
        ...s,
        items: s.items.map((item) =>
          item.page.id === page ? { ...item, page: { ...item.page, title, url } } : item,
        ),
      })),
  };
}

/** A search's results as a page of the list: no cursor (a search is refined, not paged). */
async function searchPage(api: Fetcher, site: string, q: string) {
  const found = await searchComments(api, { site, q });
  return { comments: found.comments, nextCursor: null, more: found.more };
}
