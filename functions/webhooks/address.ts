/**
 * Webhooks: which URLs an endpoint may have. HTTPS only, and a host that resolves to public
 * addresses only (no private, loopback, link-local, unspecified or IPv4-mapped forms of them), so
 * a site admin cannot point the platform at its own network (SSRF). Checked at registration and
 * again at each delivery: a DNS answer may change between the two.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AppError } from '../shared/errors.js';

const v4ToNumber = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);

// [first address, prefix length] of every IPv4 range that is not the public internet.
const V4_REFUSED: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

function v4Refused(ip: string): boolean {
  const n = v4ToNumber(ip);
  return V4_REFUSED.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    const start = v4ToNumber(base);
    return n >= start && n < start + size;
  });
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part expanded). */
function v6Groups(ip: string): number[] {
  let text = ip.toLowerCase().split('%')[0] ?? '';
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const n = v4ToNumber(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16));
}

/** Why an address may not receive webhooks ('private', 'loopback'…), or undefined when it is public. */
export function refusedAddress(ip: string): string | undefined {
  const version = isIP(ip);
  if (version === 4) {
    if (ip.startsWith('127.')) return 'loopback';
    if (ip.startsWith('169.254.')) return 'link-local';
    return v4Refused(ip) ? 'private' : undefined;
  }
  if (version !== 6) return 'not an address';
  const g = v6Groups(ip);
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g6 = 0, h = 0] = g;
  const zeroHead = a === 0 && b === 0 && c === 0 && d === 0 && e === 0;
  if (zeroHead && f === 0 && g6 === 0 && h === 0) return 'unspecified';
  if (zeroHead && f === 0 && g6 === 0 && h === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): judged as the IPv4 address.
  if (zeroHead && (f === 0xffff || f === 0)) {
    const v4 = `${g6 >> 8}.${g6 & 255}.${h >> 8}.${h & 255}`;
    return refusedAddress(v4) ?? (f === 0 ? 'private' : undefined);
  }
  // NAT64 (64:ff9b::/96) carries an IPv4 address too.
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0)
    return refusedAddress(`${g6 >> 8}.${g6 & 255}.${h >> 8}.${h & 255}`);
  if ((a & 0xfe00) === 0xfc00) return 'private';
  if ((a & 0xffc0) === 0xfe80) return 'link-local';
  if ((a & 0xff00) === 0xff00) return 'multicast';
  return undefined;
}

/** Whether the local stack allows `http://127.0.0.1:<port>` (its own test receiver). */
const allowLocal = () => process.env.WEBHOOKS_ALLOW_LOCAL === '1';

const refuse = (message: string) => new AppError('webhook_url_refused', message);

/**
 * Checks a webhook URL and the addresses its host resolves to; throws `webhook_url_refused` with
 * what to change. `resolve` is the DNS lookup (all addresses).
 */
export async function checkWebhookUrl(
  url: string,
  resolve: (host: string) => Promise<{ address: string }[]> = (host) => lookup(host, { all: true }),
): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refuse('The webhook URL is not a valid URL; give a full https:// address.');
  }
  if (parsed.username || parsed.password)
    throw refuse('The webhook URL may not carry a user name or password; sign with the secret instead.');
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (allowLocal() && parsed.protocol === 'http:' && host === '127.0.0.1') return parsed;
  if (parsed.protocol !== 'https:') throw refuse('The webhook URL must start with https://.');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await resolve(host)).map((found) => found.address);
    } catch {
      throw refuse(`The host ${host} of the webhook URL does not resolve; check its spelling and DNS.`);
    }
  }
  if (addresses.length === 0) throw refuse(`The host ${host} of the webhook URL has no address.`);
  for (const address of addresses) {
    const why = refusedAddress(address);
    if (why)
      throw refuse(
        `The webhook URL's host ${host} resolves to ${address}, a ${why} address; webhooks go only to public internet addresses.`,
      );
  }
  return parsed;
}
