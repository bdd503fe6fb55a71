/** The display-name rule shared by accounts (sign-up, profile) and comments (a guest's name). */
import * as z from 'zod/mini';
import { NAME_PATTERN, normalizeUnicode } from './normalize.js';

/**
 * A display name, shown beside every comment: NFC with lone surrogates replaced and combining
 * marks capped (`normalizeUnicode`), trimmed, 1–80 characters, and refused when it holds a
 * control character or a bidi control (which could disguise it or reorder what follows).
 */
export const displayName = z
  .string()
  .check(z.overwrite(normalizeUnicode), z.trim(), z.regex(NAME_PATTERN), z.minLength(1), z.maxLength(80));
