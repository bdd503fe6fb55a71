/** Moderation: request schemas for reports and moderators' routes. */

import * as z from 'zod/mini';
import { commentIdSchema, pageIdSchema } from '../comments/schemas.js';
import { QUEUES, STATUSES } from '../comments/store.js';
import { siteIdSchema } from '../sites/schemas.js';

export const REPORT_REASONS = ['spam', 'abuse', 'off_topic', 'personal_data', 'illegal', 'other'] as const;

/** Why a reader reports a comment. */
export type ReportReason = (typeof REPORT_REASONS)[number];

export const reportBody = z.object({
  reason: z.enum(REPORT_REASONS),
  /** Required for `other` and `illegal` (for `illegal`: what law the comment breaks, and why). */
  text: z.optional(z.string().check(z.maxLength(2000))),
  /**
   * Who reports, when not from the account: a guest's email (never shown), and for an `illegal`
   * notice the notifier's name and email (DSA art. 16(2)(c)); an account's are used when left out.
   */
  reporter: z.optional(
    z.object({
      name: z.optional(z.string().check(z.maxLength(100))),
      email: z.optional(z.email().check(z.maxLength(254))),
    }),
  ),
  /** `illegal` only: "I am convinced in good faith that the information and allegations are accurate and complete". */
  goodFaith: z.optional(z.boolean()),
  /**
   * `illegal` only: the notice concerns an offence of arts. 3 to 7 of Directive 2011/93/EU (child
   * sexual abuse), for which the notifier's name and email are optional (DSA art. 16(2)(c)).
   */
  exemptOffence: z.optional(z.boolean()),
});
export type ReportBody = z.output<typeof reportBody>;

const cursor = z.optional(z.string().check(z.minLength(1), z.maxLength(1024)));
const limit = z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 20);
const userId = z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[\w:.@+-]+$/));

export const queueQuery = z
  .object({
    site: siteIdSchema,
    status: z._default(z.enum(QUEUES), 'pending'),
    page: z.optional(pageIdSchema),
    author: z.optional(userId),
    cursor,
    limit,
    /** The console's poll: only the comments that entered the queue after this time (a previous `asOf`). */
    since: z.optional(z.iso.datetime()),
  })
  .check(
    z.superRefine(({ cursor, since }, ctx) => {
      if (cursor !== undefined && since !== undefined)
        ctx.addIssue({ code: 'custom', path: ['since'], message: 'cannot be given with cursor' });
    }),
  );

/** The moderators' search: words or a name (at least one letter or digit), or an author's email. */
export const searchQuery = z.object({
  site: siteIdSchema,
  q: z.string().check(
    z.trim(),
    z.minLength(2),
    z.maxLength(200),
    z.refine((q) => /[\p{L}\p{N}]/u.test(q), 'must hold a letter or a digit'),
  ),
  /** How far back, in days (the search reads the site's comments of this window, newest first). */
  days: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(365)), 90),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 20),
});
export type SearchQuery = z.output<typeof searchQuery>;

export const ACTIONS = ['approve', 'reject', 'spam', 'delete', 'pin', 'unpin'] as const;
/** What a moderator does to a comment. */
export type Action = (typeof ACTIONS)[number];

export const decisionsBody = z
  .object({
    commentIds: z.array(commentIdSchema).check(z.minLength(1), z.maxLength(100)),
    action: z.enum(ACTIONS),
    reason: z.optional(z.string().check(z.maxLength(500))),
    /**
     * The status the moderator saw each comment in, by id: required, one per id of `commentIds`
     * and no other, so a decision never applies to a state its author did not see.
     */
    seen: z.record(commentIdSchema, z.enum(STATUSES)),
  })
  .check(
    z.superRefine(({ commentIds, seen }, ctx) => {
      for (const id of new Set(commentIds)) {
        // A missing status reads as any missing field: `body.seen.<id> is required`.
        if (!(id in seen))
          ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['seen', id] });
      }
      const asked = new Set(commentIds);
      for (const id of Object.keys(seen)) {
        if (!asked.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['seen', id],
            message: 'names a comment that is not in commentIds',
          });
      }
    }),
  );
/** The body of `POST /v1/moderation/decisions`. */
export type DecisionsBody = z.output<typeof decisionsBody>;

export const userParams = z.object({ userId });
export const siteQuery = z.object({ site: siteIdSchema });

/** A ban's query: the site, and with a pseudonymous author one of their comments (pseudonym-author.ts). */
export const banQuery = z.object({ site: siteIdSchema, comment: z.optional(commentIdSchema) });

/** The ban dialog's presets: how long a ban lasts from now (`forever`: no end). */
export const BAN_PRESETS = ['24h', '7d', '30d', 'forever'] as const;
/** One of the ban presets. */
export type BanPreset = (typeof BAN_PRESETS)[number];

export const banBody = z
  .object({
    /** ISO date the ban ends; without it (nor `preset`) the ban has no end. */
    until: z.optional(z.iso.datetime()),
    /** How long from now, instead of `until`. */
    preset: z.optional(z.enum(BAN_PRESETS)),
    reason: z.optional(z.string().check(z.maxLength(500))),
    /** Also reject the author's pending comments on the site, each as a moderator's decision. */
    rejectPending: z.optional(z.boolean()),
    /** A guest's ban: also flag new comments from the network it last posted from (a signal, kept 30 days). */
    network: z.optional(z.boolean()),
  })
  .check(
    z.refine(({ until, preset }) => !(until && preset), {
      path: ['preset'],
      message: 'give either until or preset, not both',
    }),
  );
/** The body of `POST /v1/moderation/bans/{userId}`. */
export type BanBody = z.output<typeof banBody>;

export const noteBody = z.object({ note: z.string().check(z.maxLength(2000)) });

/** A moderator's warning to an author: the words they will read in the widget. */
export const warnBody = z.object({ message: z.string().check(z.minLength(1), z.maxLength(1000)) });

export const pageQuery = z.object({ site: siteIdSchema, page: pageIdSchema });
export const closeBody = z.object({ closed: z.boolean() });

/** A moderator's title and URL for an article; a field left out keeps what is shown now, null clears it. */
export const pageNameBody = z.object({
  title: z.optional(z.nullable(z.string().check(z.maxLength(300)))),
  url: z.optional(z.nullable(z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/\S+$/)))),
});
export type PageNameBody = z.output<typeof pageNameBody>;

/**
 * The actions a log entry records (`edit` stands for the pipeline's `edit_<phase>` entries): a
 * moderator's decisions and their other acts, the system's holds and refusals at posting
 * (`held`, `refused`), reports, an author's deletions, refused attempts (`conflict`), team changes,
 * a site's exports requested from the console (`site_export_private`: with the email addresses).
 */
export const LOG_ACTIONS = [
  ...ACTIONS,
  'ban',
  'unban',
  'note',
  'close',
  'reopen',
  'page_edit',
  'conflict',
  'reported',
  'held',
  'refused',
  'edit',
  'delete_own',
  'account_deleted',
  'notice_keep',
  'notice_remove',
  'warn',
  'team_invite',
  'team_uninvite',
  'team_join',
  'team_add',
  'team_role',
  'team_remove',
  'site_export',
  'site_export_private',
] as const;

/** An action of the log filter. */
export type LogAction = (typeof LOG_ACTIONS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An instant of a date range: a date and time with its offset, or a day (UTC), read as its first
 * instant (`from`) or its last (`to`); the output is always `toISOString()`'s form, as entries' `at`.
 */
const instant = (edge: 'start' | 'end') =>
  z.optional(
    z.pipe(
      z.pipe(
        z.transform((value: unknown) =>
          typeof value === 'string' && DAY.test(value)
            ? `${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`
            : value,
        ),
        z.iso.datetime({ offset: true }),
      ),
      z.transform((value: string) => new Date(value).toISOString()),
    ),
  );

export const logQuery = z.object({
  site: siteIdSchema,
  comment: z.optional(commentIdSchema),
  from: instant('start'),
  to: instant('end'),
  /** The moderator's account id, or `system`. */
  moderator: z.optional(userId),
  action: z.optional(z.enum(LOG_ACTIONS)),
  page: z.optional(pageIdSchema),
  /** The author's key: an account id, or a guest's `guest:h1.<hmac>` (or, before the migration, `guest:<hash>`). */
  author: z.optional(userId),
  /** `csv`: every entry of the range (`from` and `to` required) as a CSV file. */
  format: z._default(z.enum(['json', 'csv']), 'json'),
  cursor,
  limit,
});
export type LogQuery = z.output<typeof logQuery>;

export const statsQuery = z.object({
  site: siteIdSchema,
  days: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(90)), 30),
});

/** A required text of the statement of reasons: trimmed, not empty, at most `max` characters. */
const statementText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/**
 * The body of `POST /v1/moderation/notices/{id}`: a decision on a comment's open notices of
 * illegal content, with its statement of reasons (DSA art. 17(3)).
 */
export const noticeDecisionBody = z.object({
  /** `remove`: the comment is refused (no longer shown); `keep`: it stays as it is. */
  decision: z.enum(['keep', 'remove']),
  /** The status the moderator saw the comment in: the decision applies only while it is still so. */
  seen: z.enum(STATUSES),
  statement: z.object({
    facts: statementText(2000),
    ground: z.object({
      kind: z.enum(['law', 'charter']),
      /** The law's name and article, or the charter's rule. */
      name: statementText(300),
      explanation: statementText(2000),
    }),
    redress: statementText(1000),
    automated: z.boolean(),
  }),
});
/** The body of `POST /v1/moderation/notices/{id}`. */
export type NoticeDecisionBody = z.output<typeof noticeDecisionBody>;

/** The digest's frequencies (types.ts `DigestFrequency`). */
export const DIGEST_FREQUENCIES = ['off', '15m', '1h', '1d'] as const;

/** The body of `PUT /v1/moderation/alerts?site=`: both settings, every time. */
export const moderatorAlertsBody = z.object({
  digest: z.enum(DIGEST_FREQUENCIES),
  notices: z.boolean(),
});
export type ModeratorAlertsBody = z.output<typeof moderatorAlertsBody>;
