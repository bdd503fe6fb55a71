/**
 * What an unsubscribe token stops, read from its kind and its holder: an account's reply alerts, a
 * guest's on a site, one followed article (whose page may hold `#`) or every one, a moderator's
 * digest or notice emails of a site; anything else, or a kind its holder cannot have, is nothing,
 * and its link fails.
 */
import { describe, expect, it } from 'vitest';
import { followKind } from '../../functions/alerts/follow-mail.js';
import { recipientId } from '../../functions/alerts/recipient.js';
import { signToken, verifyToken } from '../../functions/alerts/token.js';
import { stoppedBy } from '../../functions/alerts/unsubscribe.js';

const issued = '2026-12-02T00:00:00Z';
const of = (kind: string, userId = 'u1') => stoppedBy({ userId, kind, issued });
const guest = recipientId({ site: 'demo', authorKey: 'guest:abc' });

describe('unsubscribe targets', () => {
  it('reads an account’s replies and every follow, a guest’s replies on a site', () => {
    expect(of('replies')).toEqual({ what: 'replies', userId: 'u1' });
    expect(of('follows')).toEqual({ what: 'follows', userId: 'u1' });
    expect(of('guest-replies', guest)).toEqual({
      what: 'guest-replies',
      site: 'demo',
      authorKey: 'guest:abc',
    });
  });

  it('reads one followed article back from the kind the digest signs, a `#` in its page included', () => {
    expect(of(followKind('demo', 'rubrique#article-1'))).toEqual({
      what: 'follow',
      userId: 'u1',
      site: 'demo',
      page: 'rubrique#article-1',
    });
  });

  it('reads a moderator’s digest and notice emails of a site', () => {
    expect(of('moddigest:demo')).toEqual({ what: 'digest', site: 'demo', userId: 'u1' });
    expect(of('modnotices:demo')).toEqual({ what: 'notices', site: 'demo', userId: 'u1' });
  });

  it('finds nothing in another kind, a follow without its site or page, or a kind not its holder’s', () => {
    for (const kind of [
      '',
      'reply',
      'follow:',
      'follow:demo',
      'follow:#page',
      'follow:demo#',
      'FOLLOWS',
      'moddigest:',
    ])
      expect(of(kind), kind).toBeUndefined();
    expect(of('guest-replies')).toBeUndefined();
    for (const kind of ['replies', 'follows', 'moddigest:demo'])
      expect(of(kind, guest), kind).toBeUndefined();
  });

  it('keeps the article in a signed token, which another article’s signature does not verify', () => {
    const token = signToken({ userId: 'u1', kind: followKind('demo', 'a'), issued });
    expect(verifyToken(token)?.kind).toBe('follow:demo#a');
    const other = signToken({ userId: 'u1', kind: followKind('demo', 'b'), issued });
    const [data] = token.split('.');
    const [, signature] = other.split('.');
    expect(verifyToken(`${data}.${signature}`)).toBeUndefined();
  });
});
