/** Accounts: the public shapes of the accounts API, types only (the widget imports them). */
import type { FollowedArticle } from '../alerts/types.js';
import type { Comment } from '../comments/types.js';
import type { ExportedReaction } from '../reactions/types.js';

/** The roles a token carries (the Cognito groups `moderators`, `admins`). */
export type Role = 'moderator' | 'admin';

export interface PublicUser {
  id: string;
  name: string;
  /** '' for a publisher's reader (SSO): their email stays with the publisher and the alerts. */
  email: string;
  /** Roles on every site (the operator, the stage's moderators). */
  roles: Role[];
  /** Roles on one site each: the site teams the reader is in (docs/deploy.md, "Staff"). */
  sites?: Record<string, Role>;
  /** Set for a publisher's reader: `sso`, with the publisher's badges. */
  kind?: 'sso';
  badges?: string[];
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

/**
 * The answer of `POST /v1/auth/login` when the account has TOTP MFA on: the password was right and
 * no tokens yet; `POST /v1/auth/mfa` with this `session` and the app's code completes the login.
 */
export interface MfaChallenge {
  mfa: 'totp';
  /** Cognito's sign-in session (a few minutes), sent back as it is. */
  session: string;
}

/** The answer of `POST /v1/auth/login`: a session, or the TOTP code to ask for first. */
export type LoginAnswer = Session | MfaChallenge;

/** The answer of `POST /v1/me/mfa/setup`: a new TOTP secret, to type or open in an authenticator. */
export interface MfaSetup {
  /** Base32, as authenticator apps take it typed by hand. */
  secret: string;
  /** `otpauth://totp/Réagir:<email>?secret=…&issuer=Réagir`, the same secret as a link. */
  uri: string;
}

/** The answer of `POST /v1/me/mfa/verify` and `POST /v1/me/mfa/disable`. */
export interface MfaStatus {
  mfa: boolean;
}

/** The answer of `POST /v1/auth/sso`: a Réagir session for a publisher's reader, on one site. */
export interface SsoSession {
  token: string;
  /** Seconds until the session ends: the widget then asks the page for a new publisher's token. */
  expiresIn: number;
  user: SsoUser;
}

/** A publisher's reader as the widget shows them: no email (it stays private). */
export interface SsoUser {
  id: string;
  name: string;
  badges: string[];
  /** None: a publisher's reader has roles on its site only (`sites`). */
  roles: Role[];
  /** The role the site's token gave, where the site allows role claims. */
  sites: Record<string, Role>;
}

/** The reader's alert settings. */
export interface Alerts {
  /** Email me when someone replies to my comment. */
  replies: boolean;
}

/** The answer of `GET /v1/me` and `PATCH /v1/me`: the signed-in reader with their alert settings. */
export interface Me {
  /** `mfa`: whether the account has TOTP MFA on (its Security page, in the console). */
  user: PublicUser & { alerts: Alerts; mfa: boolean };
}

/** The answer of `GET /v1/me/export`: everything held about the reader, as one JSON document. */
export interface AccountExport {
  exportedAt: string;
  user: Me['user'];
  /** For a publisher's reader: what its sign-in told Réagir (the email stays private elsewhere). */
  sso?: {
    site: string;
    externalId: string;
    name: string;
    badges: string[];
    email?: string;
    role?: Role;
    firstSeenAt: string;
  };
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
