import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDraft, loadOpenReply, saveDraft } from '../../widget/src/lib/draft.js';
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
    saveDraft('demo', 'a', { body: 'Mon texte', parentId: null, name: 'Zoé', key: 'k1' });
    expect(loadDraft('demo', 'a')).toEqual({ body: 'Mon texte', parentId: null, name: 'Zoé', key: 'k1' });
    expect(loadDraft('demo', 'b')).toEqual({ body: '', parentId: null, name: '' });
    expect(loadDraft('other', 'a').body).toBe('');
  });

  it('keeps the main draft and each reply draft apart, each with its own key', () => {
    saveDraft('demo', 'a', { body: 'Principal', parentId: null, name: 'Zoé', key: 'k0' });
    saveDraft('demo', 'a', { body: 'Réponse 1', parentId: 'p1', name: 'Zoé', key: 'k1' });
    saveDraft('demo', 'a', { body: 'Réponse 2', parentId: 'p2', name: 'Zoé' });

    expect(loadDraft('demo', 'a')).toEqual({ body: 'Principal', parentId: null, name: 'Zoé', key: 'k0' });
    // The guest's name is kept once, with the main draft.
    expect(loadDraft('demo', 'a', 'p1')).toEqual({ body: 'Réponse 1', parentId: 'p1', name: '', key: 'k1' });
    expect(loadDraft('demo', 'a', 'p2').body).toBe('Réponse 2');
  });

  it("turns a saved draft of the old format that answered a comment into that reply's draft", () => {
    items.set(
      'reagir:draft:demo:a',
      JSON.stringify({ body: 'Ancien', parentId: 'p1', name: 'Zoé', key: 'k1' }),
    );

    const mainDraft = loadDraft('demo', 'a');

    expect(mainDraft).toEqual({ body: '', parentId: null, name: 'Zoé' });
    expect(loadDraft('demo', 'a', 'p1')).toEqual({ body: 'Ancien', parentId: 'p1', name: '', key: 'k1' });
    expect(loadOpenReply('demo', 'a')).toBe('p1');
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
