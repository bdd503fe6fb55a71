/**
 * Test support: RFC 6238 TOTP codes (SHA-1, 6 digits, 30 s), as an authenticator app computes
 * them from the base32 secret Cognito gives, with node:crypto: no TOTP library for tests.
 */
import { createHmac } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The bytes of a base32 secret (RFC 4648; padding and case ignored). */
function base32Bytes(secret: string): Buffer {
  let bits = '';
  for (const char of secret.toUpperCase().replace(/[=\s]/g, '')) {
    const value = BASE32.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    bits += value.toString(2).padStart(5, '0');
  }
  return Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => Number.parseInt(byte, 2)));
}

/** The code of `secret` at `now` (ms), `step` periods later (-1: the previous code). */
export function totp(secret: string, now = Date.now(), step = 0): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 30_000) + step));
  const mac = createHmac('sha1', base32Bytes(secret)).update(counter).digest();
  const offset = (mac.at(-1) ?? 0) & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** A code that is not the secret's now, nor within the verifier's tolerance of a period each way. */
export function wrongCode(secret: string, now = Date.now()): string {
  const near = new Set([-1, 0, 1].map((step) => totp(secret, now, step)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, '0');
    if (!near.has(candidate)) return candidate;
  }
}
