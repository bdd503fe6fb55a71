import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDraft, saveDraft } from '../../widget/src/lib/draft.js';
import { isEmail } from '../../widget/src/lib/email.js';

let items: Map<string, string>;

beforeEach(() => {
  items = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
    removeItem: (key: string) => items.delete(key),
  });
});

describe('widget: drafts', () => {
  it('keeps a draft per site and article', () => {
    saveDraft('demo', 'a', { body: 'Mon texte', parentId: 'p1', name: 'Zoé', key: 'k1' });
    expect(loadDraft('demo', 'a')).toEqual({ body: 'Mon texte', parentId: 'p1', name: 'Zoé', key: 'k1' });
    expect(loadDraft('demo', 'b')).toEqual({ body: '', parentId: null, name: '' });
    expect(loadDraft('other', 'a').body).toBe('');
  });

  it('removes the entry when nothing is left to keep', () => {
    saveDraft('demo', 'a', { body: 'x', parentId: null, name: '' });
    saveDraft('demo', 'a', { body: '', parentId: null, name: '' });
    expect(items.size).toBe(0);
  });

  it('works without storage (disabled by the browser): the draft lives in memory only', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(() => saveDraft('demo', 'a', { body: 'x', parentId: null, name: '' })).not.toThrow();
    expect(loadDraft('demo', 'a').body).toBe('');
  });
});

describe('widget: the e-mail check made before any request', () => {
  it.each(['camille@example.org', ' a.b+c@sous.domaine.fr '])('accepts %s', (email) => {
    expect(isEmail(email)).toBe(true);
  });

  it.each(['camille', 'camille@', '@example.org', 'camille@example', 'a b@example.org', 'a@b@c.fr'])(
    'refuses %s',
    (email) => {
      expect(isEmail(email)).toBe(false);
    },
  );
});
