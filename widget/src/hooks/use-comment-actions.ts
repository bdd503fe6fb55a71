/**
 * Hooks: what a reader does to comments: post the draft (with its idempotency key), edit and
 * delete their own. Each updates the shown thread at once from the server's answer.
 */
import type { CommentSort } from '../../../functions/comments/types.js';
import { ApiError } from '../api/api-error.js';
import { deleteComment, editComment, postComment } from '../api/comments.js';
import type { Fetcher } from '../api/fetcher.js';
import type { Draft } from '../lib/draft.js';
import { randomKey } from '../lib/random-key.js';
import { findComment, insertComment, updateComment } from '../lib/thread-tree.js';
import type { Thread } from './use-thread.js';

/** The article comments are posted on, with what moderators see of it. */
export interface ArticleRef {
  site: string;
  page: string;
  pageUrl?: string;
  pageTitle?: string;
}

/** The reader's actions on comments. */
export interface CommentActions {
  /** Posts the draft; a guest passes the e-mail. Resolves to the new comment's id and status. */
  post(email: string | undefined): Promise<{ id: string; pending: boolean }>;
  edit(id: string, body: string): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The actions on `thread`, for the reader holding `draft`. */
export function useCommentActions(
  api: Fetcher,
  article: ArticleRef,
  thread: Thread,
  sort: CommentSort,
  draft: Draft,
  setDraft: (change: Partial<Draft>) => void,
): CommentActions {
  return {
    async post(email) {
      const key = draft.key ?? randomKey();
      setDraft({ key });
      const author = email === undefined ? undefined : { name: draft.name.trim(), email };
      try {
        const { comment } = await postComment(
          api,
          { ...article, body: draft.body, parentId: draft.parentId, author },
          key,
        );
        thread.change((tree) => insertComment(tree, comment, sort), comment.status === 'approved' ? 1 : 0);
        setDraft({ body: '', parentId: null });
        return { id: comment.id, pending: comment.status === 'pending' };
      } catch (error) {
        // A refusal saved nothing: forget the key. No answer, or a 5xx, may have saved the comment:
        // keep the key, so the retry is recognised by the server instead of posting twice.
        if (error instanceof ApiError && error.status > 0 && error.status < 500) setDraft({ key: undefined });
        throw error;
      }
    },
    async edit(id, body) {
      const { comment } = await editComment(api, id, body);
      thread.change((tree) => updateComment(tree, comment));
    },
    async remove(id) {
      const was = findComment(thread.comments, id)?.status;
      const { comment } = await deleteComment(api, id);
      thread.change((tree) => updateComment(tree, comment), was === 'approved' ? -1 : 0);
    },
  };
}
