/** API client, second layer: the comment routes, one typed line each. */
import type {
  CommentAnswer,
  CommentList,
  CommentSort,
  CreatedComment,
  WarningDismissed,
} from '../../../functions/comments/types.js';
import type { Fetcher } from './fetcher.js';

/** The query of `GET /v1/comments`. */
export interface ListQuery {
  site: string;
  page: string;
  sort: CommentSort;
  /** Only the replies under this top-level comment (the `top` order shows them on demand). */
  thread?: string;
  cursor?: string;
  limit?: number;
  /** A guest's receipts (lib/receipts.ts), so their held comments are listed for them. */
  receipts?: string;
}

/** The body of `POST /v1/comments`. */
export interface NewComment {
  site: string;
  page: string;
  body: string;
  parentId?: string | null;
  pageUrl?: string;
  pageTitle?: string;
  /** Only for a guest; an account posts as itself. `notifyReplies`: a confirmation link is mailed first. */
  author?: { name: string; email: string; notifyReplies?: boolean; lang?: 'fr' | 'en' };
}

/** One page of an article's thread (with a token, the reader's own pending comments too). */
export const listComments = (api: Fetcher, query: ListQuery) =>
  api<CommentList>('GET', '/v1/comments', { query: { ...query } });

/** Posts a comment; the key makes a retry of the same text harmless. */
export const postComment = (api: Fetcher, comment: NewComment, idempotencyKey: string) =>
  api<CreatedComment>('POST', '/v1/comments', {
    body: comment,
    headers: { 'idempotency-key': idempotencyKey },
  });

/** Changes the text of one's own comment, within the site's edit window. */
export const editComment = (api: Fetcher, id: string, body: string) =>
  api<CommentAnswer>('PATCH', `/v1/comments/${encodeURIComponent(id)}`, { body: { body } });

/** Deletes one's own comment; the thread keeps a placeholder. */
export const deleteComment = (api: Fetcher, id: string) =>
  api<CommentAnswer>('DELETE', `/v1/comments/${encodeURIComponent(id)}`);

/** Dismisses the moderators' warning to the signed-in reader on a site: it is not shown again. */
export const dismissWarning = (api: Fetcher, site: string, id: string) =>
  api<WarningDismissed>('DELETE', `/v1/warnings/${encodeURIComponent(id)}`, { query: { site } });
