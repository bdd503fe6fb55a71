/**
 * Hooks: the article's thread. Loads the first page (again when the sort or the reader changes,
 * since a signed-in reader also sees their own pending comments), appends the next pages, and
 * lets the caller insert or update comments after a post, an edit or a delete.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Comment, CommentList, CommentSort } from '../../../functions/comments/types.js';
import { type AnyErrorCode, errorCode } from '../api/api-error.js';
import { listComments } from '../api/comments.js';
import type { Fetcher } from '../api/fetcher.js';
import { mergeComments } from '../lib/thread-tree.js';

/** The thread as components use it. */
export interface Thread {
  /** The last response (page summary, site settings, cursor); undefined until the first answer. */
  list?: CommentList;
  comments: Comment[];
  busy: boolean;
  error?: AnyErrorCode;
  loadMore(): void;
  /** Applies a change to the shown comments (and, optionally, to the published count). */
  change(update: (comments: Comment[]) => Comment[], countDelta?: number): void;
}

interface State {
  list?: CommentList;
  comments: Comment[];
  busy: boolean;
  error?: AnyErrorCode;
}

/** The thread of `site`/`page` in `sort` order, as seen by `reader` (an account id, if any). */
export function useThread(
  api: Fetcher,
  site: string,
  page: string,
  sort: CommentSort,
  reader?: string,
): Thread {
  const [state, setState] = useState<State>({ comments: [], busy: true });
  // Answers to superseded requests (an older sort, a previous reader) are dropped.
  const latest = useRef(0);

  const load = async (cursor?: string) => {
    const request = ++latest.current;
    setState((s) => ({ ...s, busy: true, error: undefined }));
    try {
      const list = await listComments(api, { site, page, sort, cursor });
      if (request !== latest.current) return;
      setState((s) => ({
        list,
        comments: mergeComments(cursor ? s.comments : [], list.comments),
        busy: false,
      }));
    } catch (failure) {
      if (request === latest.current) setState((s) => ({ ...s, busy: false, error: errorCode(failure) }));
    }
  };

  // The first page again whenever what it depends on changes (load reads these same values).
  useEffect(() => {
    load();
  }, [api, site, page, sort, reader]);

  return {
    ...state,
    loadMore: () => {
      const cursor = state.list?.nextCursor;
      if (cursor && !state.busy) load(cursor);
    },
    change: (update, countDelta = 0) =>
      setState((s) => {
        const { list } = s;
        const page = list?.page && { ...list.page, commentCount: list.page.commentCount + countDelta };
        return { ...s, comments: update(s.comments), list: list && { ...list, page: page ?? null } };
      }),
  };
}
