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

/** The answer of `GET /v1/sites/{site}/team`. */
export interface TeamAnswer {
  members: TeamMember[];
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
