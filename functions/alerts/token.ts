/**
 * Alerts: the signed token of an alert email's unsubscribe link. It names the reader and what
 * they stop (`replies`, `follow:<site>#<page>`; `guest-replies` names a guest on a site by their
 * recipient id, recipient.ts), with when it was issued, and is signed with
 * HMAC-SHA256 under the stage's secret: a link works without login, and cannot be forged for
 * another reader or another alert.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { alertsKey } from './secret.js';

/** What a token lets its bearer stop. */
export interface UnsubscribeClaim {
  userId: string;
  kind: string;
  /** When it was issued (ISO): kept so a later rotation can refuse old tokens. */
  issued: string;
}

const mac = (data: string) => createHmac('sha256', alertsKey).update(data).digest();

/** A token for `claim`: its JSON, base64url, a dot, its HMAC, base64url. */
export function signToken(claim: UnsubscribeClaim): string {
  const data = Buffer.from(JSON.stringify({ u: claim.userId, k: claim.kind, i: claim.issued })).toString(
    'base64url',
  );
  return `${data}.${mac(data).toString('base64url')}`;
}

/** The claim of a token signed here, else undefined (forged, altered, or not a token). */
export function verifyToken(token: string): UnsubscribeClaim | undefined {
  const [data, signature, extra] = token.split('.');
  if (!data || !signature || extra !== undefined) return undefined;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(data);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof parsed.u !== 'string' || typeof parsed.k !== 'string' || typeof parsed.i !== 'string')
      return undefined;
    return { userId: parsed.u, kind: parsed.k, issued: parsed.i };
  } catch {
    return undefined;
  }
}
