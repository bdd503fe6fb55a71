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

export const queueQuery = z.object({
  site: siteIdSchema,
  status: z._default(z.enum(QUEUES), 'pending'),
  page: z.optional(pageIdSchema),
  author: z.optional(userId),
  cursor,
  limit,
});

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

export const banBody = z.object({
  /** ISO date the ban ends; without it the ban has no end. */
  until: z.optional(z.iso.datetime()),
  reason: z.optional(z.string().check(z.maxLength(500))),
});

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

export const logQuery = z.object({ site: siteIdSchema, comment: z.optional(commentIdSchema), cursor, limit });

export const statsQuery = z.object({
  site: siteIdSchema,
  days: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(90)), 30),
});
