/**
 * What an unsubscribe token stops, read from its kind: reply alerts, one followed article (whose
 * page may hold `#`), or every followed article; anything else is no target, and its link fails.
 */
import { describe, expect, it } from 'vitest';
import { followKind } from '../../functions/alerts/follow-mail.js';
import { targetOf } from '../../functions/alerts/service.js';
import { signToken, verifyToken } from '../../functions/alerts/token.js';

describe('unsubscribe targets', () => {
  it('reads replies and every follow', () => {
    expect(targetOf('replies')).toEqual({ kind: 'replies' });
    expect(targetOf('follows')).toEqual({ kind: 'follows' });
  });

  it('reads one followed article back from the kind the digest signs, a `#` in its page included', () => {
    expect(targetOf(followKind('demo', 'rubrique#article-1'))).toEqual({
      kind: 'follow',
      site: 'demo',
      page: 'rubrique#article-1',
    });
  });

  it('finds no target in another kind, a follow without its site or page', () => {
    for (const kind of ['', 'reply', 'follow:', 'follow:demo', 'follow:#page', 'follow:demo#', 'FOLLOWS'])
      expect(targetOf(kind), kind).toBeUndefined();
  });

  it('keeps the article in a signed token, which another article’s signature does not verify', () => {
    const token = signToken({ userId: 'u1', kind: followKind('demo', 'a'), issued: '2026-12-02T00:00:00Z' });
    expect(verifyToken(token)?.kind).toBe('follow:demo#a');
    const other = signToken({ userId: 'u1', kind: followKind('demo', 'b'), issued: '2026-12-02T00:00:00Z' });
    const [data] = token.split('.');
    const [, signature] = other.split('.');
    expect(verifyToken(`${data}.${signature}`)).toBeUndefined();
  });
});
