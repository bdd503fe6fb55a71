/**
 * Test support: one test app per integration file. `useTestApp()` registers the vitest hooks that
 * start it before the file's tests and stop it after; the object it returns is ready inside tests
 * (and in the file's own `beforeAll` hooks, which run after this one).
 */
import { afterAll, beforeAll } from 'vitest';
import type { SiteSettings } from '../../functions/sites/schemas.js';
import type { Fetcher } from '../../widget/src/api/fetcher.js';
import { type RawAnswer, rawRequest } from './raw-request.js';
import { createTestSite, manyReaders, signUpReader, staff, startTestApp, type TestApp } from './test-app.js';
import { testFetcher } from './test-fetcher.js';

/** A signed-up, confirmed and logged-in reader. */
export type Reader = Awaited<ReturnType<typeof signUpReader>>;
/** A logged-in account in some Cognito groups (moderators, admins). */
export type Staff = Awaited<ReturnType<typeof staff>>;

export interface TestAppOptions {
  /** Variables set once the app has started (it turns rate limits off), restored after the file. */
  env?: Record<string, string>;
  /** The event pipeline: own tables, the local SES, the stream reader (`app.events`, `app.ses`). */
  events?: boolean;
  /** The local edge's shared cache (functions/local/edge.ts), for the tests of what the CDN keeps. */
  edgeCache?: boolean;
}

/**
 * The delay the suites allow before stored reaction counts are exact: the fold reads the
 * reactions table's stream every 100 ms here (a one-second batching window on AWS), and a
 * test's burst of reactions is folded within this, even under load.
 */
export const COUNTS_EXACT_WITHIN_MS = 10_000;

/** What a test file uses of its test app. */
export interface UsedTestApp {
  /** The running app: its URL, dev mailbox and user pool. */
  readonly app: TestApp;
  /** A fresh site (guests allowed unless `settings` say otherwise); its id. */
  site(settings?: Partial<SiteSettings>): Promise<string>;
  /** A new reader, registered through the API. */
  reader(name?: string): Promise<Reader>;
  /** A new account in `groups`, created in the user pool. */
  staff(groups: string[], name?: string): Promise<Staff>;
  /** The ID tokens of `count` new confirmed readers, for concurrency tests. */
  readers(count: number): Promise<string[]>;
  /**
   * Waits until the fold has counted every reaction written before the call; fails past
   * `withinMs` (the suites' stated delay by default).
   */
  counted(withinMs?: number): Promise<void>;
  /** The widget's API client as the holder of `token`, or anonymous. */
  client(token?: string): Fetcher;
  /** A raw request (malformed input, headers, statuses); the body is typed by the caller. */
  raw<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<RawAnswer<T>>;
}

/** Starts the test app for this file (in `beforeAll`) and stops it (in `afterAll`). */
export function useTestApp(options: TestAppOptions = {}): UsedTestApp {
  let running: TestApp | undefined;
  const saved: Record<string, string | undefined> = {};
  beforeAll(async () => {
    running = await startTestApp({ events: options.events, edgeCache: options.edgeCache });
    for (const [name, value] of Object.entries(options.env ?? {})) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
  });
  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await running?.stop();
  });
  const used: UsedTestApp = {
    get app() {
      if (!running) throw new Error('useTestApp: the app starts in beforeAll; use it inside hooks and tests');
      return running;
    },
    site: (settings) => createTestSite(settings),
    reader: (name) => signUpReader(used.app, name),
    staff: (groups, name) => staff(used.app, groups, name),
    readers: (count) => manyReaders(used.app, count),
    counted: (withinMs = COUNTS_EXACT_WITHIN_MS) => used.app.counts.drain(withinMs),
    client: (token) => testFetcher(used.app.url, token),
    raw: (method, path, body, headers) => rawRequest(used.app.url, method, path, body, headers),
  };
  return used;
}
