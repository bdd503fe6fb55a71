/** Widget: the session store keeps one copy per API base, in memory when storage is blocked, and follows other tabs. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSessionStore, type Session } from '../../widget/src/api/session-store.js';

const user = { id: 'u1', name: 'Camille', email: 'camille@example.org', roles: [] };
const session: Session = { idToken: 'id', refreshToken: 'refresh', expiresAt: Date.now() + 60_000, user };
let bases = 0;
// Each test its own API base: the stores of one base share their copy for the life of the page.
const freshBase = () => `https://api-${bases++}.example`;

function memoryStorage() {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
    removeItem: (key: string) => items.delete(key),
  });
  return items;
}

afterEach(() => vi.unstubAllGlobals());

describe('widget: the session store', () => {
  it('keeps the session in memory when storage throws, and says a reload will end it', () => {
    const refuse = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse, removeItem: refuse });
    const store = createSessionStore(freshBase());

    store.set(session);

    expect(store.get()).toEqual(session);
    expect(store.persistent()).toBe(false);
  });

  it('shares one copy, and its listeners, between the stores of one API base', () => {
    memoryStorage();
    const base = freshBase();
    const first = createSessionStore(base);
    const second = createSessionStore(base);
    const heard: (Session | undefined)[] = [];
    second.subscribe((next) => heard.push(next));

    first.set(session);

    expect(second.get()).toEqual(session);
    expect(heard).toEqual([session]);
  });

  it('remembers that the session expired until the next login, not after a logout here', () => {
    memoryStorage();
    const store = createSessionStore(freshBase());
    store.set(session);

    store.set(undefined, 'expired');
    const afterExpiry = store.ended();
    store.set(session);
    const afterLogin = store.ended();
    store.set(undefined);

    expect([afterExpiry, afterLogin, store.ended()]).toEqual(['expired', undefined, undefined]);
  });

  it('follows another tab’s logout through the storage event', () => {
    const items = memoryStorage();
    const handlers: ((event: Pick<StorageEvent, 'key' | 'newValue'>) => void)[] = [];
    vi.stubGlobal('addEventListener', (type: string, handler: (typeof handlers)[number]) => {
      if (type === 'storage') handlers.push(handler);
    });
    const base = freshBase();
    const store = createSessionStore(base);
    store.set(session);
    const heard: string[] = [];
    store.subscribe((next, change) => heard.push(`${next ? 'in' : 'out'}:${change}`));

    items.delete(`reagir:session:${base}`);
    for (const handler of handlers) handler({ key: `reagir:session:${base}`, newValue: null });

    expect(store.get()).toBeUndefined();
    expect(store.ended()).toBe('tab');
    expect(heard).toEqual(['out:tab']);
  });
});
