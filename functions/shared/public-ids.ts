/**
 * The ids the public sees of an author: a per-site pseudonym, `a_` and 22 characters of an HMAC
 * of the site and the account's id with the stage's key, so that no public id follows a reader
 * from one site to another (the account's own id, a Cognito `sub`, is the same everywhere).
 * Computed when a comment is presented, never stored: every comment ever written gets its
 * pseudonym with no migration, and rotating the key changes them all at once.
 *
 * The key is read once per process: from Secrets Manager on AWS (`IDS_SECRET_ARN`), kept under
 * the data dir by the local stack (`IDS_SECRET`), else (tests) made for this process.
 */
import { createHmac } from 'node:crypto';
import { loadStageSecret } from './stage-secret.js';

// Read before the first comment is presented (ES module top-level await), as the alerts key.
/** The stage's ids key: the pseudonyms' and the guest keys' (guest-key.ts) HMAC key. */
export const idsKey: Buffer = await loadStageSecret('IDS_SECRET');

/** The pseudonym of account `userId` on `site`. */
export const publicAuthorId = (site: string, userId: string): string =>
  `a_${createHmac('sha256', idsKey).update(`${site}\n${userId}`).digest('base64url').slice(0, 22)}`;
