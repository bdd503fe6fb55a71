/**
 * Archive: the Réagir id of an imported comment, derived from where it came from, so that a
 * second import of the same file (or a run after a crash) writes the same items instead of new
 * ones. It is a ULID like every comment id: the time part is the comment's own date (threads
 * sort by it), the rest a hash of the site, the format and the source's id instead of random bits.
 */
import { createHash } from 'node:crypto';
import type { SourceFormat } from './sources/types.js';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The id of the comment `sourceId` of a `format` file imported into `site`, dated `createdAt`. */
export function importedCommentId(
  site: string,
  format: SourceFormat,
  sourceId: string,
  createdAt: string,
): string {
  let time = '';
  let t = Math.max(0, Date.parse(createdAt));
  for (let i = 0; i < 10; i++) {
    time = alphabet[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const digest = createHash('sha256').update(`${site}\n${format}\n${sourceId}`).digest();
  let rest = '';
  for (let i = 0; i < 16; i++) rest += alphabet[(digest[i] ?? 0) % 32];
  return time + rest;
}
