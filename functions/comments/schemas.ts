/** Comments: request schemas, checked at the edge by the handlers. */
import * as z from 'zod/mini';
import { displayName } from '../shared/text/display-name.js';
import { siteIdSchema } from '../sites/schemas.js';

/** An article identifier chosen by the site: any printable text up to 256 characters. */
export const pageIdSchema = z.string().check(z.minLength(1), z.maxLength(256), z.regex(/^[^\p{Cc}]+$/u));

export const commentIdSchema = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/));

export const createCommentBody = z.object({
  site: siteIdSchema,
  page: pageIdSchema,
  // The site's own limit, counted after normalisation, is applied by the service.
  body: z.string().check(z.maxLength(30_000)),
  parentId: z.optional(z.nullable(commentIdSchema)),
  pageUrl: z.optional(z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/\S+$/))),
  pageTitle: z.optional(z.string().check(z.maxLength(300))),
  author: z.optional(
    z.object({
      name: displayName,
      email: z.email().check(z.maxLength(254)),
      /** "Me prévenir des réponses": a confirmation link is mailed first (double opt-in). */
      notifyReplies: z._default(z.boolean(), false),
      /** The widget's language at posting: the confirmation mail, its page and the alerts use it. */
      lang: z.optional(z.enum(['fr', 'en'])),
    }),
  ),
});
export type CreateCommentBody = z.output<typeof createCommentBody>;

export const editCommentBody = z.object({ body: z.string().check(z.maxLength(30_000)) });

export const commentIdParams = z.object({ id: commentIdSchema });

/** `DELETE /v1/warnings/{id}?site=`: the warning a reader dismisses (an id like a comment's), on its site. */
export const warningParams = z.object({ id: commentIdSchema });
export const warningQuery = z.object({ site: siteIdSchema });

export const idempotencyKeySchema = z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[\w.:-]+$/));

export const listCommentsQuery = z.object({
  site: siteIdSchema,
  page: pageIdSchema,
  sort: z._default(z.enum(['newest', 'oldest', 'top']), 'newest'),
  /** List the replies under this top-level comment instead of the article's thread. */
  thread: z.optional(commentIdSchema),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(1024))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 20),
});
export type ListCommentsQuery = z.output<typeof listCommentsQuery>;

/** The query of `GET /v1/comments/mine`: the article, and a guest's proofs of their comments. */
export const readerThreadQuery = z.object({
  site: siteIdSchema,
  page: pageIdSchema,
  /** A guest's receipts, `<id>.<receipt>` comma-separated (at most 20): their held comments are listed. */
  receipts: z.optional(
    z
      .string()
      .check(
        z.maxLength(20 * 60),
        z.regex(/^[0-9A-Z]{26}\.[\w-]{16,32}(,[0-9A-Z]{26}\.[\w-]{16,32}){0,19}$/),
      ),
  ),
});
export type ReaderThreadQuery = z.output<typeof readerThreadQuery>;

/** Most pages one counts request may ask about (DynamoDB's BatchGetItem limit). */
export const MAX_COUNT_PAGES = 100;

export const countsQuery = z.object({
  site: siteIdSchema,
  page: z.pipe(
    z.transform((value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value])),
    z.array(pageIdSchema).check(z.minLength(1), z.maxLength(MAX_COUNT_PAGES)),
  ),
});

/** The token of a guest's confirmation link: the query of its page, the body of its button. */
export const guestConfirmQuery = z.object({
  token: z.string().check(z.minLength(16), z.maxLength(64), z.regex(/^[\w-]+$/)),
});
