/**
 * A guest's key: what stands for a reader without an account (their comments' `authorKey`, their
 * member item, bans, reports, alerts), derived from the normalised email so that the address
 * itself is never a key. It is an HMAC with the stage's ids key (public-ids.ts), not a bare hash:
 * a bare SHA-256 of an email is reversed by hashing candidate addresses, and the key is shown to
 * moderators and stored where the address is not (bans, logs, reports).
 *
 * The HMAC is taken of the former key's digest rather than of the email, so that a migration
 * of the stored keys computes every key's successor from the key alone: bans, logs and reports
 * hold no address. The version marker `h1.` tells the two forms
 * apart (`.` is not a base64url character, so no former key has it), and both start `guest:`.
 */
import { createHash, createHmac } from 'node:crypto';
import { idsKey } from './public-ids.js';

/** The email as guests are recognised: trimmed and lower-cased. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const GUEST = 'guest:';
const VERSION = 'h1.';
const DIGEST = '[A-Za-z0-9_-]{43}';

/** A key of the former form, `guest:<base64url sha-256 of the email>`, alone. */
const LEGACY_KEY = new RegExp(`^guest:(${DIGEST})$`);

/**
 * Every former key inside a longer string (`MEMBER#<site>#guest:…`, `guest|<site>|guest:…`):
 * `guest:` then 43 digest characters not followed by another one. A current key never matches:
 * its `h1.` breaks the run of digest characters after `guest:`.
 */
export const LEGACY_KEY_IN_TEXT = new RegExp(`guest:(${DIGEST})(?![A-Za-z0-9_-])`, 'g');

const digestOf = (email: string) => createHash('sha256').update(normalizeEmail(email)).digest('base64url');

const keyOfDigest = (digest: string) =>
  `${GUEST}${VERSION}${createHmac('sha256', idsKey).update(`guest\n${digest}`).digest('base64url')}`;

/** `guest:h1.<HMAC of the email's digest with the ids key>`: the same guest, the same key everywhere. */
export const guestKey = (email: string) => keyOfDigest(digestOf(email));

/**
 * The key the guest had before keys were HMACs, `guest:<sha-256 of the normalised email>`: read
 * only where a guest's standing must hold until the migration has run (their ban when they post,
 * a moderator's search by email). Remove with those reads once every stage has migrated.
 */
export const legacyGuestKey = (email: string) => `${GUEST}${digestOf(email)}`;

/** Whether `key` is a guest key of the former form (`guest:` + a bare digest). */
export const isLegacyGuestKey = (key: string) => LEGACY_KEY.test(key);

/**
 * The current key of a stored key: a former guest key becomes its HMAC, anything else (a current
 * guest key, an account id, `anonymous:…`) is returned as it is, so migrating twice is a no-op.
 */
export function migratedGuestKey(key: string): string {
  const legacy = LEGACY_KEY.exec(key);
  return legacy?.[1] ? keyOfDigest(legacy[1]) : key;
}

/** `text` with every former guest key in it replaced by its current key. */
export const withMigratedGuestKeys = (text: string) =>
  text.replace(LEGACY_KEY_IN_TEXT, (_, digest: string) => keyOfDigest(digest));
