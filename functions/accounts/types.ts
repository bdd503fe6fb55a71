/** Accounts: the public shapes of the accounts API, types only (the widget imports them). */
import type { FollowedArticle } from '../alerts/types.js';
import type { Comment } from '../comments/types.js';
import type { ExportedReaction } from '../reactions/types.js';

/** The roles a token carries (the Cognito groups `moderators`, `admins`). */
export type Role = 'moderator' | 'admin';

export interface PublicUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

/** Login and refresh answers. */
export interface Session {
  idToken: string;
  accessToken: string;
  /** Absent on refresh (the refresh token stays the same). */
  refreshToken?: string;
  expiresIn: number;
  user: PublicUser;
}

/** The reader's alert settings. */
export interface Alerts {
  /** Email me when someone replies to my comment. */
  replies: boolean;
}

/** The answer of `GET /v1/me` and `PATCH /v1/me`: the signed-in reader with their alert settings. */
export interface Me {
  user: PublicUser & { alerts: Alerts };
}

/** The answer of `GET /v1/me/export`: everything held about the reader, as one JSON document. */
export interface AccountExport {
  exportedAt: string;
  user: Me['user'];
  /** Every comment of the account, each with its site and article. */
  comments: (Comment & { site: string; page: string })[];
  reactions: ExportedReaction[];
  /** Every article the account follows, on every site. */
  follows: FollowedArticle[];
}

/** The answer of sign-up, resend and forgot: the same whether or not the account exists (202). */
export interface CodeSent {
  status: 'code_sent';
}

/** The answer of `POST /v1/auth/confirm`. */
export interface Confirmed {
  confirmed: true;
}

/** The answer of `POST /v1/auth/reset`. */
export interface PasswordReset {
  reset: true;
}
