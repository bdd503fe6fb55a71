/** API client, second layer: the reaction routes, one typed line each. */
import type { ReactionState, ReactionType } from '../../../functions/reactions/types.js';
import type { Fetcher } from './fetcher.js';

export type { ReactionState, ReactionType };

/** Sets (`on`) or removes the reader's reaction of `type` on a comment. */
export const reactToComment = (api: Fetcher, site: string, id: string, type: string, on: boolean) =>
  api<ReactionState>(on ? 'PUT' : 'DELETE', `/v1/comments/${encodeURIComponent(id)}/reactions/${type}`, {
    query: { site },
  });

/** Sets (`on`) or removes the reader's reaction of `type` on the article. */
export const reactToPage = (api: Fetcher, site: string, page: string, type: string, on: boolean) =>
  api<ReactionState>(on ? 'PUT' : 'DELETE', `/v1/pages/reactions/${type}`, { query: { site, page } });
