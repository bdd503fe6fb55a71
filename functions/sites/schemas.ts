/** Sites: the settings a site owner chooses, validated wherever they enter (CLI, admin API). */
import * as z from 'zod/mini';

/** The longest comment any site may allow, in characters (the bench renders comments this long). */
export const MAX_COMMENT_LENGTH = 20_000;

export const siteIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/));

/** A link the widget shows beside the form: http(s) only ('' for none). */
const pageLink = z._default(z.string().check(z.maxLength(2048), z.regex(/^(https?:\/\/\S+)?$/)), '');

const wordList = z._default(
  z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(1000)),
  [],
);

export const siteSettingsSchema = z.object({
  name: z._default(z.string().check(z.minLength(1), z.maxLength(200)), 'Réagir'),
  /** `post`: comments are published at once; `pre`: they wait for a moderator. */
  moderation: z._default(z.enum(['pre', 'post']), 'post'),
  /** Whether readers without an account may post with a name and an email. */
  guests: z._default(z.boolean(), false),
  /** Whether Réagir accounts may post and react here (staff always may moderate). */
  accounts: z._default(z.boolean(), true),
  /**
   * Whether the publisher's own readers sign in with its tokens (docs/sso.md); turned on with the
   * site's first signing key (`npm run site -- sso enable`), and off with the last.
   */
  sso: z._default(z.boolean(), false),
  /** Whether a publisher's token may carry a role (moderator, admin of this site). */
  ssoRoleClaims: z._default(z.boolean(), false),
  /** Browser origins allowed to call the API for this site, e.g. `https://www.example.fr`; `*` for any. */
  allowedOrigins: z._default(z.array(z.string().check(z.regex(/^(\*|https?:\/\/[^/\s]+)$/))), []),
  /** Deepest reply level: top-level comments are level 0, a reply to them level 1, and so on. */
  maxDepth: z._default(z.number().check(z.int(), z.gte(0), z.lte(10)), 3),
  /** Longest comment, in characters. */
  maxLength: z._default(z.number().check(z.int(), z.gte(1), z.lte(MAX_COMMENT_LENGTH)), 5000),
  /** How long an author may edit their comment, in seconds (deleting it stays open). */
  editWindowSeconds: z._default(z.number().check(z.int(), z.gte(0), z.lte(31_536_000)), 900),
  reactionTypes: z._default(
    z.array(z.enum(['like', 'love', 'laugh', 'wow', 'sad', 'angry'])).check(z.maxLength(6)),
    ['like'],
  ),
  /** `one`: a new reaction replaces the reader's previous one on the same target; `many`: they add up. */
  reactionsPerReader: z._default(z.enum(['one', 'many']), 'one'),
  /**
   * Close an article to new comments this many days after it opened (its first comment, or the
   * first write that made its page record); 0: never.
   */
  autoCloseAfterDays: z._default(z.number().check(z.int(), z.gte(0), z.lte(3650)), 0),
  /** Whether readers may still react to an article closed to new comments, and to its comments. */
  reactionsWhenClosed: z._default(z.boolean(), false),
  languages: z._default(z.array(z.enum(['fr', 'en'])).check(z.minLength(1)), ['fr']),
  bannedWords: wordList,
  suspectWords: wordList,
  maxLinks: z._default(z.number().check(z.int(), z.gte(0), z.lte(100)), 3),
  holdFirstComments: z._default(z.number().check(z.int(), z.gte(0), z.lte(100)), 0),
  /** Hold every guest comment for a moderator. */
  holdGuests: z._default(z.boolean(), false),
  /** Spam or toxicity score (0..1) from which the classifier holds a comment; 1 to disable. */
  classifierThreshold: z._default(z.number().check(z.gte(0), z.lte(1)), 0.7),
  /** Hide a comment from the thread once it reaches the report threshold, until a moderator decides. */
  hideReported: z._default(z.boolean(), false),
  reportThreshold: z._default(z.number().check(z.int(), z.gte(1), z.lte(1000)), 3),
  /** What a deleted account's comments become: placeholders without name or text, or removed. */
  onAccountDeletion: z._default(z.enum(['anonymize', 'remove']), 'anonymize'),
  /** Posting limits per minute (0: none); enforced when rate limiting is on (RATE_LIMITS). */
  postsPerMinutePerUser: z._default(z.number().check(z.int(), z.gte(0), z.lte(1000)), 5),
  postsPerMinutePerIp: z._default(z.number().check(z.int(), z.gte(0), z.lte(10000)), 30),
  /**
   * Limits per account per minute (0: none) on reacting (each set or removal counts) and on
   * editing (each edit runs the moderation pipeline again); guests can do neither.
   */
  reactionsPerMinutePerUser: z._default(z.number().check(z.int(), z.gte(0), z.lte(1000)), 60),
  editsPerMinutePerUser: z._default(z.number().check(z.int(), z.gte(0), z.lte(1000)), 10),
  /**
   * Whether the site's staff must have TOTP MFA on (their console's Security page): its staff
   * routes answer 403 `mfa_required` to an account without. Only the operator may change it
   * (`operator-settings.ts`).
   */
  staffMfaRequired: z._default(z.boolean(), false),
  /** The site's privacy notice and its comment charter, linked beside the form ('' for none). */
  privacyUrl: pageLink,
  charterUrl: pageLink,
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;

export interface Site extends SiteSettings {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** The part of a site's settings the widget needs to draw its form; sent with the thread. */
export type PublicSiteSettings = Pick<Site, (typeof PUBLIC_SETTINGS)[number]>;

const PUBLIC_SETTINGS = [
  'id',
  'moderation',
  'guests',
  'accounts',
  'sso',
  'maxDepth',
  'maxLength',
  'editWindowSeconds',
  'reactionTypes',
  'reactionsPerReader',
  'reactionsWhenClosed',
  'languages',
  'privacyUrl',
  'charterUrl',
] as const satisfies readonly (keyof Site)[];

/** The settings the widget needs, and nothing else (word lists and thresholds stay private). */
export function publicSettings(site: Site): PublicSiteSettings {
  return Object.fromEntries(PUBLIC_SETTINGS.map((key) => [key, site[key]])) as PublicSiteSettings;
}

/** Declares the site a request acts on, once known (CORS headers, origin checks on writes). */
export type SiteGate = (site: Site) => void;

// A change gives any settings (each validated as in a full record) and leaves the rest unchanged:
// the defaults are left out, so that an absent setting means "as it is", not "back to default".
const withoutDefault = (schema: z.ZodMiniType) =>
  schema instanceof z.ZodMiniDefault ? (schema.def.innerType as z.ZodMiniType) : schema;

/** Some of a site's settings, as `PUT /v1/sites/{site}` and `npm run site` take them. */
export const siteSettingsChangeSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(siteSettingsSchema.def.shape).map(([k, v]) => [k, z.optional(withoutDefault(v))]),
  ) as { [K in keyof SiteSettings]: z.ZodMiniOptional<z.ZodMiniType<SiteSettings[K]>> },
);

/** The setting's own schema, without its default (what a value given for it must satisfy). */
export const settingSchema = (key: keyof SiteSettings): z.ZodMiniType =>
  withoutDefault(siteSettingsSchema.def.shape[key]);
