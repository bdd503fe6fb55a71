/**
 * Hooks: what a reader does to comments: post the draft (a chunk, see lib/post-draft.ts), edit
 * and delete their own. Each updates the shown thread at once from the server's answer.
 */
import type { CommentSort } from '../../../functions/comments/types.js';
import { ApiError } from '../api/api-error.js';
import { deleteComment, editComment } from '../api/comments.js';
import type { Fetcher } from '../api/fetcher.js';
import type { Draft } from '../lib/draft.js';
import type { ArticleRef, GuestFields } from '../lib/post-draft.js';
import { findComment, updateComment } from '../lib/thread-tree.js';
import type { Thread } from './use-thread.js';

/** The reader's actions on comments. */
export interface CommentActions {
  /** Posts a draft (of the main box or a reply box); a guest passes their fields. Resolves to the new comment's id and status. */
  post(
    draft: Draft,
    setDraft: (change: Partial<Draft>) => void,
    guest: GuestFields | undefined,
  ): Promise<{ id: string; pending: boolean }>;
  edit(id: string, body: string): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The actions on `thread`. */
export function useCommentActions(
  api: Fetcher,
  article: ArticleRef,
  thread: Thread,
  sort: CommentSort,
): CommentActions {
  return {
    async post(draft, setDraft, guest) {
      // The chunk may fail to come (the network is down): that is what the reader is told.
      const { postDraft } = await import('../lib/post-draft.js').catch(() => {
        throw new ApiError('network_error');
      });
      return postDraft({ api, article, sort, draft, setDraft, insert: thread.change }, guest);
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
