/**
 * A client's network prefix, hashed: what a guest ban remembers of where the guest posted from,
 * as a signal to moderators (never a refusal). IPv4 keeps its /24, IPv6 its /48 (a site's or a
 * household's allocation); the prefix is hashed with the site's id, so the same network has
 * another hash on another site. A deliberate limitation: a /24 has only 16 million values, so
 * the hash only pseudonymises it; it is kept 30 days (the items' TTL), never shown.
 */
import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/** `a.b.c` of an IPv4 address, the first three groups of an IPv6 one; undefined for anything else. */
export function networkPrefix(ip: string): string | undefined {
  const address = ip.startsWith('::ffff:') && isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
  if (isIPv4(address)) return address.split('.').slice(0, 3).join('.');
  if (!isIPv6(address)) return undefined;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return groups
    .slice(0, 3)
    .map((group) => Number.parseInt(group || '0', 16).toString(16))
    .join(':');
}

/** The hash a prefix is stored as on a site; undefined when the address has no prefix. */
export function networkHash(site: string, ip: string): string | undefined {
  const prefix = networkPrefix(ip);
  return prefix && createHash('sha256').update(`${site}\n${prefix}`).digest('base64url').slice(0, 22);
}

/** How long a network prefix is kept, in seconds: 30 days. */
export const NETWORK_SECONDS = 30 * 86_400;
