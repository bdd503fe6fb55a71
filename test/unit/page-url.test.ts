import { describe, expect, it } from 'vitest';
import { isSiteUrl } from '../../functions/comments/page-url.js';

const JOURNAL = ['https://www.journal.example'];

describe('an article URL', () => {
  it('is accepted on an origin the site lists, whatever the case of its host or a default port', () => {
    expect(isSiteUrl('https://WWW.Journal.example:443/a?b=c', JOURNAL, {})).toBe(true);
  });

  it('is refused on another host, scheme or port of the same name', () => {
    expect(isSiteUrl('https://evil.example/a', JOURNAL, {})).toBe(false);
    expect(isSiteUrl('http://www.journal.example/a', JOURNAL, {})).toBe(false);
    expect(isSiteUrl('https://www.journal.example:8443/a', JOURNAL, {})).toBe(false);
    expect(isSiteUrl('https://www.journal.example.evil.example/a', JOURNAL, {})).toBe(false);
  });

  it('is refused when it is not a web URL', () => {
    expect(isSiteUrl('javascript:alert(1)', ['*'], { moderator: true })).toBe(false);
    expect(isSiteUrl('not a url', JOURNAL, {})).toBe(false);
  });

  it("is accepted on the API's own origin", () => {
    expect(isSiteUrl('http://127.0.0.1:3000/', [], { ownOrigin: 'http://127.0.0.1:3000' })).toBe(true);
  });

  it('on a site open to any origin, must be on the origin the browser is on', () => {
    expect(isSiteUrl('https://blog.example/a', ['*'], { requestOrigin: 'https://blog.example' })).toBe(true);
    expect(isSiteUrl('https://evil.example/a', ['*'], { requestOrigin: 'https://blog.example' })).toBe(false);
    expect(isSiteUrl('https://blog.example/a', ['*'], {})).toBe(false);
  });

  it("on a site open to any origin, is a moderator's to choose", () => {
    expect(isSiteUrl('https://blog.example/a', ['*'], { moderator: true })).toBe(true);
  });
});
