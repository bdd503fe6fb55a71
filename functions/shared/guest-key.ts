/**
 * A guest's key: what stands for a reader without an account (their comments' `authorKey`,
 * their reports), derived from the normalised email so the address itself is never a key.
 */
import { createHash } from 'node:crypto';

/** The email as guests are recognised: trimmed and lower-cased. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** `guest:<sha-256 of the normalised email>`: the same guest gets the same key everywhere. */
export const guestKey = (email: string) =>
  `guest:${createHash('sha256').update(normalizeEmail(email)).digest('base64url')}`;
