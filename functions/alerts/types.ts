/** Alerts: the public shapes of the follows API, types only (the widget imports them). */

/** The answer of `PUT` and `DELETE /v1/me/follows`: whether the reader now follows the article. */
export interface FollowState {
  site: string;
  page: string;
  following: boolean;
}

/** One article the reader follows, with its title and link when the site's pages gave them. */
export interface FollowedArticle {
  site: string;
  page: string;
  followedAt: string;
  title?: string;
  url?: string;
}

/** The answer of `GET /v1/me/follows`. */
export interface FollowList {
  follows: FollowedArticle[];
}
