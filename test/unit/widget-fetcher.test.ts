import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../widget/src/api/api-error.js';
import { createFetcher } from '../../widget/src/api/fetcher.js';
import { createSessionStore, type Session } from '../../widget/src/api/session-store.js';

const BASE = 'https://api.example';
const user = { id: 'u1', name: 'Camille', email: 'camille@example.org', roles: [] };

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

let calls: Call[];
let answers: ((call: Call) => Response)[];

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  calls = [];
  answers = [];
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
    removeItem: (key: string) => items.delete(key),
  });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const call = {
        url,
        method: String(init.method),
        headers: init.headers as Record<string, string>,
        body: init.body ? JSON.parse(String(init.body)) : undefined,
      };
      calls.push(call);
      const answer = answers.shift();
      if (!answer) throw new TypeError('Failed to fetch');
      return answer(call);
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

function signedIn(expiresAt = Date.now() + 3_600_000) {
  const store = createSessionStore(BASE);
  const session: Session = { idToken: 'old-id', refreshToken: 'refresh-1', expiresAt, user };
  store.set(session);
  return store;
}

describe('widget: the API fetcher', () => {
  it('names its site on account routes only, so the API can answer with that site’s CORS headers', async () => {
    const api = createFetcher(BASE, signedIn(), 'demo');
    answers.push(
      () => json(200, {}),
      () => json(200, {}),
      () => json(200, {}),
    );
    await api('POST', '/v1/auth/login', { auth: false, body: {} });
    await api('GET', '/v1/me');
    await api('GET', '/v1/comments', { query: { site: 'other', page: 'p' } });
    expect(calls.map((c) => c.url)).toEqual([
      `${BASE}/v1/auth/login?site=demo`,
      `${BASE}/v1/me?site=demo`,
      `${BASE}/v1/comments?site=other&page=p`,
    ]);
  });

  it('sends JSON with the query and decodes the answer', async () => {
    const api = createFetcher(`${BASE}/`, createSessionStore(BASE));
    answers.push(() => json(200, { ok: true }));
    const body = await api('POST', '/v1/x', { query: { site: 'demo', page: ['a', 'b'] }, body: { n: 1 } });
    expect(body).toEqual({ ok: true });
    expect(calls[0]).toMatchObject({
      url: `${BASE}/v1/x?site=demo&page=a&page=b`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: { n: 1 },
    });
  });

  it('turns an error answer into an ApiError with its code and status', async () => {
    const api = createFetcher(BASE, createSessionStore(BASE));
    answers.push(() => json(400, { error: { code: 'body_too_long', message: 'trop long' } }));
    await expect(api('POST', '/v1/comments', { body: {} })).rejects.toMatchObject({
      code: 'body_too_long',
      status: 400,
    });
  });

  it('reports no answer at all as network_error', async () => {
    const api = createFetcher(BASE, createSessionStore(BASE));
    const failure = await api('GET', '/v1/health').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'network_error', status: 0 });
  });

  it('sends the ID token as a Bearer token, except on calls marked auth: false', async () => {
    const api = createFetcher(BASE, signedIn());
    answers.push(
      () => json(200, {}),
      () => json(200, {}),
    );
    await api('GET', '/v1/comments');
    await api('POST', '/v1/auth/login', { auth: false, body: {} });
    expect(calls[0]?.headers.authorization).toBe('Bearer old-id');
    expect(calls[1]?.headers.authorization).toBeUndefined();
  });

  it('refreshes the token once after a 401 and retries with the new one', async () => {
    const store = signedIn();
    const api = createFetcher(BASE, store);
    answers.push(
      () => json(401, { error: { code: 'unauthorized', message: '' } }),
      () => json(200, { idToken: 'new-id', accessToken: 'a', expiresIn: 3600, user }),
      () => json(201, { done: true }),
    );
    await expect(api('POST', '/v1/comments', { body: {} })).resolves.toEqual({ done: true });
    expect(calls.map((call) => call.url)).toEqual([
      `${BASE}/v1/comments`,
      `${BASE}/v1/auth/refresh`,
      `${BASE}/v1/comments`,
    ]);
    expect(calls[1]?.body).toEqual({ refreshToken: 'refresh-1' });
    expect(calls[2]?.headers.authorization).toBe('Bearer new-id');
    expect(store.get()).toMatchObject({ idToken: 'new-id', refreshToken: 'refresh-1' });
  });

  it('refreshes once more a second later when the fresh token is refused too (a logout in that second)', async () => {
    vi.useFakeTimers();
    const store = signedIn();
    const api = createFetcher(BASE, store);
    const refused = () => json(401, { error: { code: 'unauthorized', message: '' } });
    const tokens = (idToken: string) => () => json(200, { idToken, accessToken: 'a', expiresIn: 3600, user });
    answers.push(refused, tokens('same-second'), refused, tokens('next-second'), () => json(201, {}));

    const posted = api('POST', '/v1/comments', { body: {} });
    await vi.advanceTimersByTimeAsync(1000);

    await expect(posted).resolves.toEqual({});
    vi.useRealTimers();
    expect(calls.map((call) => call.headers.authorization ?? call.url)).toEqual([
      'Bearer old-id',
      `${BASE}/v1/auth/refresh`,
      'Bearer same-second',
      `${BASE}/v1/auth/refresh`,
      'Bearer next-second',
    ]);
  });

  it('refreshes an expired token before sending', async () => {
    const api = createFetcher(BASE, signedIn(Date.now() - 1000));
    answers.push(
      () => json(200, { idToken: 'new-id', accessToken: 'a', expiresIn: 3600, user }),
      () => json(200, {}),
    );
    await api('GET', '/v1/comments');
    expect(calls[1]?.headers.authorization).toBe('Bearer new-id');
  });

  it('ends a session whose refresh is refused: reads go on signed out, writes fail with unauthorized', async () => {
    const store = signedIn(Date.now() - 1000);
    const api = createFetcher(BASE, store);
    answers.push(
      () => json(401, { error: { code: 'unauthorized', message: '' } }),
      () => json(200, { comments: [] }),
    );
    await expect(api('GET', '/v1/comments')).resolves.toEqual({ comments: [] });
    expect(calls[1]?.headers.authorization).toBeUndefined();
    expect(store.get()).toBeUndefined();

    store.set({ idToken: 'x', refreshToken: 'r', expiresAt: 0, user });
    answers.push(() => json(401, { error: { code: 'unauthorized', message: '' } }));
    await expect(api('POST', '/v1/comments', { body: {} })).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('shares one refresh between requests made at the same moment', async () => {
    const api = createFetcher(BASE, signedIn(Date.now() - 1000));
    answers.push(
      () => json(200, { idToken: 'new-id', accessToken: 'a', expiresIn: 3600, user }),
      () => json(200, {}),
      () => json(200, {}),
    );
    await Promise.all([api('GET', '/v1/a'), api('GET', '/v1/b')]);
    expect(calls.filter((call) => call.url.endsWith('/v1/auth/refresh'))).toHaveLength(1);
  });

  it('says a refused refresh ended the session as expired, for the UI to tell the reader', async () => {
    const store = signedIn(Date.now() - 1000);
    const api = createFetcher(BASE, store);
    const changes: string[] = [];
    store.subscribe((_session, change) => changes.push(change));
    answers.push(
      () => json(401, { error: { code: 'unauthorized', message: '' } }),
      () => json(200, {}),
    );

    await api('GET', '/v1/comments');

    expect(changes).toEqual(['expired']);
    expect(store.ended()).toBe('expired');
  });

  it('keeps another tab’s logout that happened while a refresh was under way', async () => {
    const store = signedIn(Date.now() - 1000);
    const api = createFetcher(BASE, store);
    answers.push(
      () => {
        store.set(undefined, 'tab');
        return json(200, { idToken: 'new-id', accessToken: 'a', expiresIn: 3600, user });
      },
      () => json(200, {}),
    );

    await api('GET', '/v1/comments');

    expect(store.get()).toBeUndefined();
    expect(calls[1]?.headers.authorization).toBeUndefined();
  });
});
