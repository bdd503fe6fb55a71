/** API client, second layer: the articles the reader follows (`/v1/me/follows`), one typed line each. */
import type { FollowList, FollowState } from '../../../functions/alerts/types.js';
import type { Fetcher } from './fetcher.js';

export type { FollowedArticle, FollowList, FollowState } from '../../../functions/alerts/types.js';

// The site and the article in the path: the fetcher then adds no `site` of its own.
const path = (site: string, page?: string) =>
  `/v1/me/follows?site=${encodeURIComponent(site)}${page === undefined ? '' : `&page=${encodeURIComponent(page)}`}`;

/** Follows (`on`) or unfollows the article: its daily digest of new comments. */
export const setFollowing = (api: Fetcher, site: string, page: string, on: boolean) =>
  api<FollowState>(on ? 'PUT' : 'DELETE', path(site, page));

/** The articles of `site` the reader follows, oldest follow first. */
export const listFollows = (api: Fetcher, site: string) => api<FollowList>('GET', path(site));
