/**
 * Console: one queue of a site, oldest first, a page at a time. Decisions name the status each
 * comment is shown in, and update the list from the server's answer per id: decided comments
 * leave the queue, pins stay, failures are kept by id for the item to show. A comment someone
 * else decided first (`conflict`) stays, shown as it is now, with who decided it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type AnyErrorCode, errorCode } from '../../api/api-error.js';
import type { Fetcher } from '../../api/fetcher.js';
import {
  type Action,
  type DecisionConflict,
  decide,
  listQueue,
  type Queue,
  type QueueItem,
  type Seen,
  searchComments,
} from '../../api/moderation.js';

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
  loadMore(): void;
  /** Applies `action` to the comments; resolves to how many succeeded and failed. */
  decide(ids: string[], action: Action, reason?: string): Promise<{ ok: number; failed: number }>;
  /** Marks every shown comment of an article as closed or open. */
  markClosed(page: string, closed: boolean): void;
  /** Shows an article's new title and URL on every shown comment of it. */
  markNamed(page: string, title: string | null, url: string | null): void;
}

interface State {
  items: QueueItem[];
  nextCursor: string | null;
  busy: boolean;
  more?: boolean;
  error?: AnyErrorCode;
  failures: Record<string, AnyErrorCode>;
  conflicts: Record<string, DecisionConflict>;
}

const PAGE_SIZE = 20;

/** The `queue` of `site`, filtered. */
export function useQueue(api: Fetcher, site: string, queue: Queue, filters: QueueFilters): QueueView {
  const [state, setState] = useState<State>({
    items: [],
    nextCursor: null,
    busy: true,
    failures: {},
    conflicts: {},
  });
  // Answers to superseded requests (other filters) are dropped.
  const latest = useRef(0);

  const load = async (cursor?: string) => {
    const request = ++latest.current;
    setState((s) => ({ ...s, busy: true, error: undefined }));
    try {
      const page: { comments: QueueItem[]; nextCursor: string | null; more?: boolean } = filters.q
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
        return {
          items: cursor ? [...s.items, ...fresh] : fresh,
          nextCursor: page.nextCursor,
          more: page.more,
          busy: false,
          failures: cursor ? s.failures : {},
          conflicts: cursor ? s.conflicts : {},
        };
      });
    } catch (failure) {
      if (request === latest.current) setState((s) => ({ ...s, busy: false, error: errorCode(failure) }));
    }
  };

  useEffect(() => {
    load();
  }, [api, site, queue, filters.page, filters.author, filters.q]);

  return {
    ...state,
    loadMore: () => {
      if (state.nextCursor && !state.busy) load(state.nextCursor);
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
      return { ok: done.size, failed: Object.keys(failures).length };
    },
    markClosed: (page, closed) =>
      setState((s) => ({
        ...s,
        items: s.items.map((item) =>
          item.page.id === page ? { ...item, page: { ...item.page, closed } } : item,
        ),
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
