/**
 * Sites: the public shapes of the site routes, and the settings the thread carries. Types only:
 * the settings are the zod schema's own type, re-exported as a type so zod stays out of the bundle.
 */
import type { Site } from './schemas.js';

export type { PublicSiteSettings, Site, SiteSettings } from './schemas.js';

/** The answer of `GET /v1/sites/{site}` and `PUT /v1/sites/{site}` (administrators). */
export interface SiteAnswer {
  site: Site;
}

/**
 * One of a site's SSO signing keys, as the token verifier needs it: an HS256 secret Réagir
 * generated, or the publisher's ES256/RS256 public key (a PEM, or a JWKS URL). `active`: not revoked.
 */
export type SsoKey = { kid: string; active: boolean } & SsoKeyMaterial;

/** What a key verifies with: its algorithm and its secret, public key or JWKS URL. */
export type SsoKeyMaterial =
  | { alg: 'HS256'; secret: string }
  | { alg: 'ES256' | 'RS256'; publicKeyPem: string }
  | { alg: 'ES256' | 'RS256'; jwksUrl: string };

/** A member of a site's team: a moderator or an administrator of that site only. */
export interface TeamMember {
  site: string;
  userId: string;
  role: 'moderator' | 'admin';
  /** The account's display name and email when granted, for the team page. */
  name: string;
  email: string;
  /** Who granted it (a user id, or `cli` for the command line), and when. */
  grantedBy: string;
  grantedAt: string;
}

/**
 * An invitation to a site's team, sent to an email that has no Réagir account yet: its link lets
 * the person set a password (the account is created then, its email proven by the link) and
 * joins them to the team. Valid 7 days; inviting the email again replaces it (a new link).
 */
export interface TeamInvitation {
  site: string;
  email: string;
  role: TeamMember['role'];
  /** Who invited (a user id, or `cli`), their name then, and when. */
  invitedBy: string;
  invitedByName: string;
  invitedAt: string;
  /** An ISO instant: the link works until then. */
  expiresAt: string;
}

/** The answer of `GET /v1/sites/{site}/team`: the members, and the invitations not yet accepted. */
export interface TeamAnswer {
  members: TeamMember[];
  invitations: TeamInvitation[];
}

/**
 * The answer of `POST /v1/sites/{site}/team`: the member, when the email already had an account
 * (they are in the team now, and told by email); else the invitation sent to it.
 */
export type TeamAddAnswer = { member: TeamMember } | { invitation: TeamInvitation };

/**
 * The answer of `POST /v1/invitations/lookup`: what the link's holder is invited to, and whether
 * their email has an account now (then they give its password, not a new one).
 */
export interface InvitationView {
  site: string;
  siteName: string;
  email: string;
  role: TeamMember['role'];
  invitedByName: string;
  expiresAt: string;
  hasAccount: boolean;
}

/** The answer of `POST /v1/invitations/accept`: the new member (they sign in with that email next). */
export interface InvitationAccepted {
  member: TeamMember;
}

/** The answer of `GET /v1/sites/{site}/sso/keys`: every key, oldest first, revoked ones too. */
export interface SsoKeysAnswer {
  keys: SsoKeySummary[];
}

/** The answer of `POST /v1/sites/{site}/sso/keys`: the new key's id, and a new secret, shown once. */
export interface NewSsoKey {
  kid: string;
  secret?: string;
}

/** A key as listed to administrators: never its secret. */
export interface SsoKeySummary {
  kid: string;
  alg: SsoKey['alg'];
  /** `secret`, `public-key` or `jwks-url`. */
  kind: 'secret' | 'public-key' | 'jwks-url';
  jwksUrl?: string;
  createdAt: string;
  revokedAt?: string;
}
