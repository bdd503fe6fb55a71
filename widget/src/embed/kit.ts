/**
 * Embed: the interactive chunk. The entry script starts loading it as soon as it runs, in
 * parallel with the thread's first page, and hands the widget over to its App when it arrives:
 * the comment form's controls, reactions as toggle buttons, sorting, "load more", replies, the
 * account line and forms, editing, and the fetcher that refreshes the reader's token.
 */
import type { CommentList } from '../../../functions/comments/types.js';
import { type ListQuery, listComments } from '../api/comments.js';
import { createFetcher } from '../api/fetcher.js';
import { createSessionStore } from '../api/session-store.js';

export { App } from './app.js';

/** The first page through the fetcher, for a reader whose token must be refreshed first. */
export const firstPage = (base: string, query: ListQuery): Promise<CommentList> =>
  listComments(createFetcher(base, createSessionStore(base), query.site), query);
