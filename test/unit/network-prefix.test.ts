import { describe, expect, it } from 'vitest';
import { networkHash, networkPrefix } from '../../functions/shared/network-prefix.js';

describe('networkPrefix', () => {
  it('keeps the /24 of an IPv4 address, mapped into IPv6 or not', () => {
    expect(networkPrefix('203.0.113.77')).toBe('203.0.113');
    expect(networkPrefix('::ffff:203.0.113.9')).toBe('203.0.113');
  });

  it('keeps the /48 of an IPv6 address, however it is abbreviated', () => {
    expect(networkPrefix('2001:db8:abcd:12::1')).toBe('2001:db8:abcd');
    expect(networkPrefix('2001:0db8:abcd:0012:0000:0000:0000:0001')).toBe('2001:db8:abcd');
    expect(networkPrefix('2001:db8::1')).toBe('2001:db8:0');
  });

  it('has no prefix for something that is not an address', () => {
    expect(networkPrefix('unknown')).toBeUndefined();
  });
});

describe('networkHash', () => {
  it('gives one network the same hash on a site, another on another site, and never the address', () => {
    const a = networkHash('site-a', '203.0.113.1');

    expect(networkHash('site-a', '203.0.113.200')).toBe(a);
    expect(networkHash('site-b', '203.0.113.1')).not.toBe(a);
    expect(a).not.toContain('203');
  });
});
