/**
 * Posting the reader's draft, a chunk loaded with the form's controls: the Idempotency-Key kept
 * with the draft, the request, and what a failure means for the key.
 */
import type { Comment, CommentSort } from '../../../functions/comments/types.js';
import { ApiError } from '../api/api-error.js';
import { postComment } from '../api/comments.js';
import type { Fetcher } from '../api/fetcher.js';
import type { Draft } from './draft.js';
import { randomKey } from './random-key.js';
import { saveReceipt } from './receipts.js';
import { insertComment } from './thread-tree.js';

/** The article comments are posted on, with what moderators see of it. */
export interface ArticleRef {
  site: string;
  page: string;
  pageUrl?: string;
  pageTitle?: string;
}

/** What a guest gives besides their name: the e-mail, "Me prévenir des réponses", the widget's language. */
export interface GuestFields {
  email: string;
  notifyReplies: boolean;
  lang: 'fr' | 'en';
}

/** What posting needs from the widget: the thread to insert into and the draft to update. */
export interface PostContext {
  api: Fetcher;
  article: ArticleRef;
  sort: CommentSort;
  draft: Draft;
  setDraft(change: Partial<Draft>): void;
  insert(update: (comments: Comment[]) => Comment[], countDelta: number): void;
}

/** Posts the draft (a guest passes their fields); resolves to the new comment's id and status. */
export async function postDraft(ctx: PostContext, guest: GuestFields | undefined) {
  const { draft, setDraft } = ctx;
  const key = draft.key ?? randomKey();
  setDraft({ key });
  const author = guest && { name: draft.name.trim(), ...guest };
  try {
    const { comment, receipt } = await postComment(
      ctx.api,
      { ...ctx.article, body: draft.body, parentId: draft.parentId, author },
      key,
    );
    if (receipt) saveReceipt(ctx.article.site, ctx.article.page, comment.id, receipt);
    ctx.insert((tree) => insertComment(tree, comment, ctx.sort), comment.status === 'approved' ? 1 : 0);
    setDraft({ body: '' });
    return { id: comment.id, pending: comment.status === 'pending' };
  } catch (error) {
    // A refusal saved nothing: forget the key. No answer, or a 5xx, may have saved the comment:
    // keep the key, so the retry is recognised by the server instead of posting twice.
    if (error instanceof ApiError && error.status > 0 && error.status < 500) setDraft({ key: undefined });
    throw error;
  }
}
