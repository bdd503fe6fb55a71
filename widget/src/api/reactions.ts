/** API client, second layer: the reaction routes, one typed line each. */
import type { ReactionType } from '../../../functions/reactions/schemas.js';
import type { Fetcher } from './fetcher.js';

export type { ReactionType };

// Written here until the reactions domain exports it from a types-only module.
/** The answer of every reaction call: the target's new counts and the caller's own reactions on it. */
export interface ReactionState {
  reactions: Record<string, number>;
  mine: string[];
}

/** Sets (`on`) or removes the reader's reaction of `type` on a comment. */
export const reactToComment = (api: Fetcher, site: string, id: string, type: string, on: boolean) =>
  api<ReactionState>(on ? 'PUT' : 'DELETE', `/v1/comments/${encodeURIComponent(id)}/reactions/${type}`, {
    query: { site },
  });

/** Sets (`on`) or removes the reader's reaction of `type` on the article. */
export const reactToPage = (api: Fetcher, site: string, page: string, type: string, on: boolean) =>
  api<ReactionState>(on ? 'PUT' : 'DELETE', `/v1/pages/reactions/${type}`, { query: { site, page } });
