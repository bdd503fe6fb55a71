/** API client, second layer: the comment routes, one typed line each. */
import type {
  CommentAnswer,
  CommentList,
  CommentSort,
  CreatedComment,
  ReaderList,
  ReaderThread,
  WarningDismissed,
} from '../../../functions/comments/types.js';
import { withReaderThread } from '../lib/reader-thread.js';
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

/** One page of an article's thread as every reader sees it: sent without a token, the CDN shares it. */
export const listSharedComments = (api: Fetcher, query: Omit<ListQuery, 'receipts'>) =>
  api<CommentList>('GET', '/v1/comments', { query: { ...query }, auth: false });

/** The caller's own part of an article's thread (their held comments, reactions...); never cached. */
export const getReaderThread = (api: Fetcher, query: Pick<ListQuery, 'site' | 'page' | 'receipts'>) =>
  api<ReaderThread>('GET', '/v1/comments/mine', { query: { ...query } });

/**
 * One page of an article's thread as this reader sees it: the shared page, and on a first page,
 * for a signed-in reader or a guest with receipts, their own part asked for beside it and merged in.
 */
export async function listComments(api: Fetcher, { receipts, ...query }: ListQuery): Promise<ReaderList> {
  const first = !query.cursor && !query.thread;
  const personal = first && (receipts !== undefined || api.signedIn?.() === true);
  const [list, mine] = await Promise.all([
    listSharedComments(api, query),
    personal ? getReaderThread(api, { site: query.site, page: query.page, receipts }) : undefined,
  ]);
  return mine ? withReaderThread(list, mine) : list;
}

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
