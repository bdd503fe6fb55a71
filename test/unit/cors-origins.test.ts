import { describe, expect, it } from 'vitest';
import { isOriginAllowed } from '../../functions/shared/http/cors.js';

describe('the API own origin, as CORS sees it', () => {
  const own = 'https://api.example.fr';

  it('is allowed without being listed', () => {
    expect(isOriginAllowed('https://api.example.fr', [], own)).toBe(true);
  });

  it('is the same origin when the default port is spelled out', () => {
    expect(isOriginAllowed('https://api.example.fr:443', [], own)).toBe(true);
  });

  it.each([
    ['plain http on the same host', 'http://api.example.fr'],
    ['another port on the same host', 'https://api.example.fr:8443'],
    ['a host that ends with it', 'https://evilapi.example.fr'],
    ['a host that starts with it', 'https://api.example.fr.evil.example'],
    ['an opaque origin', 'null'],
  ])('is not %s', (_what, origin) => {
    expect(isOriginAllowed(origin, [], own)).toBe(false);
  });

  it('allows nothing of its own when the request named no host', () => {
    expect(isOriginAllowed('https://api.example.fr', [], undefined)).toBe(false);
  });
});
