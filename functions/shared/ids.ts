/**
 * Comment ids: ULIDs (48-bit millisecond time + 80 random bits, Crockford base32, 26 chars).
 * They sort by creation time, which the thread keys rely on, and are opaque to clients.
 */
import { randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new ULID for the given time. */
export function newId(now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = alphabet[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(16);
  let random = '';
  for (let i = 0; i < 16; i++) random += alphabet[(bytes[i] ?? 0) % 32];
  return time + random;
}

/** True when `value` has the shape of an id we issued. */
export function isId(value: string): boolean {
  return /^[0-9A-HJKMNP-TV-Z]{26}$/.test(value);
}

/** Maps each character to its mirror in the alphabet, so ascending order of the result is descending order of the input. */
export function invertId(id: string): string {
  let out = '';
  for (const ch of id) out += alphabet[31 - alphabet.indexOf(ch)];
  return out;
}
