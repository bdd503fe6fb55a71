/**
 * Hooks: the article's thread. Loads the first page (again when the sort or the reader changes,
 * since a signed-in reader also sees their own pending comments), appends the next pages, loads a
 * comment's replies on demand (the `top` order lists top-level comments only), and lets the caller
 * insert or update comments after a post, an edit or a delete. A first page that was on its way
 * when the reader changed the thread here (a post right after logging in) may have been read
 * before that change: it is asked for again rather than shown, so the change never vanishes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Comment, CommentSort, ReaderList } from '../../../functions/comments/types.js';
import { type AnyErrorCode, errorCode } from '../api/api-error.js';
import { listComments } from '../api/comments.js';
import type { Fetcher } from '../api/fetcher.js';
import { mergeComments } from '../lib/thread-tree.js';

/** The thread as components use it. */
export interface Thread {
  /** The first page's response (page summary, site settings, the reader's reactions). */
  list?: ReaderList;
  comments: Comment[];
  /** How many first pages were loaded: a new one replaces what was shown. */
  first: number;
  /** Where the next page starts; null at the end. */
  cursor?: string | null;
  busy: boolean;
  error?: AnyErrorCode;
  loadMore(): void;
  /** Asks for the first page again (after it failed: "Réessayer"). */
  retry(): void;
  /** Loads the replies under a top-level comment (the rest of them, after a first batch). */
  loadReplies(id: string): Promise<void>;
  /** Where the replies of a comment continue, once some are loaded and more remain. */
  replyCursors: Record<string, string | null>;
  /** Applies a change to the shown comments (and, optionally, to the published count). */
  change(update: (comments: Comment[]) => Comment[], countDelta?: number): void;
}

type State = Pick<Thread, 'list' | 'first' | 'comments' | 'cursor' | 'busy' | 'error' | 'replyCursors'>;

/** The thread of `site`/`page` in `sort` order, as seen by `reader` (an account id, if any). */
export function useThread(
  api: Fetcher,
  site: string,
  page: string,
  sort: CommentSort,
  reader?: string,
  /** The first page, already requested by the caller: used for the first load instead of asking again. */
  initial?: Promise<ReaderList>,
): Thread {
  const [state, setState] = useState<State>({ first: 0, comments: [], busy: true, replyCursors: {} });
  // Answers to superseded requests (an older sort, a previous reader) are dropped.
  const latest = useRef(0);
  const given = useRef(initial);
  // The first-page request on its way, if any (0 when none), and the latest `load` to ask again.
  const firstInFlight = useRef(0);
  const reload = useRef<() => void>(undefined);

  const load = async (cursor?: string) => {
    const request = ++latest.current;
    if (!cursor) firstInFlight.current = request;
    setState((s) => ({ ...s, busy: true, error: undefined }));
    try {
      const first = given.current;
      given.current = undefined;
      const list = await (first ?? listComments(api, { site, page, sort, cursor }));
      if (request !== latest.current) return;
      firstInFlight.current = 0;
      setState((s) => ({
        list: cursor ? s.list : list,
        first: s.first + (cursor ? 0 : 1),
        comments: mergeComments(cursor ? s.comments : [], list.comments),
        cursor: list.nextCursor,
        busy: false,
        replyCursors: cursor ? s.replyCursors : {},
      }));
    } catch (failure) {
      if (request !== latest.current) return;
      firstInFlight.current = 0;
      setState((s) => ({ ...s, busy: false, error: errorCode(failure) }));
    }
  };
  reload.current = () => load();

  // The first page again whenever what it depends on changes (load reads these same values).
  useEffect(() => {
    load();
  }, [api, site, page, sort, reader]);

  return {
    ...state,
    loadMore: () => {
      if (state.cursor && !state.busy) load(state.cursor);
    },
    retry: () => load(),
    async loadReplies(id) {
      const cursor = state.replyCursors[id] ?? undefined;
      const list = await listComments(api, { site, page, sort, thread: id, cursor, limit: 100 });
      setState((s) => ({
        ...s,
        comments: mergeComments(s.comments, list.comments),
        replyCursors: { ...s.replyCursors, [id]: list.nextCursor },
      }));
    },
    change: (update, countDelta = 0) => {
      setState((s) => {
        const { list } = s;
        const page = list?.page && { ...list.page, commentCount: list.page.commentCount + countDelta };
        return { ...s, comments: update(s.comments), list: list && { ...list, page: page ?? null } };
      });
      // The first page on its way may predate this change: its answer would replace the thread
      // without it (a comment shown as posted, then gone). Ask again; the newer answer has it.
      if (firstInFlight.current) reload.current?.();
    },
  };
}
