/** Reactions: the closed set of reaction types, and request schemas. */
import * as z from 'zod/mini';
import { commentIdSchema, pageIdSchema } from '../comments/schemas.js';
import { siteIdSchema } from '../sites/schemas.js';

export const REACTION_TYPES = ['like', 'love', 'laugh', 'wow', 'sad', 'angry'] as const;
export type ReactionType = (typeof REACTION_TYPES)[number];

export const reactionTypeSchema = z.enum(REACTION_TYPES);

export const commentReactionParams = z.object({ id: commentIdSchema, type: reactionTypeSchema });

export const pageReactionParams = z.object({ type: reactionTypeSchema });

export const pageReactionQuery = z.object({ site: siteIdSchema, page: pageIdSchema });

/** `site` is optional on comment reactions: when given, a comment of another site is not found. */
export const commentReactionQuery = z.object({ site: z.optional(siteIdSchema) });
