/** Test support: the real handlers behind the local HTTP server, against the run's DynamoDB Local. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { ensureUser, ensureUserPool, startCognitoLocal } from '../../functions/local/cognito-local.js';
import { DevMailbox } from '../../functions/local/dev-mailbox.js';
import type { LocalIdentity } from '../../functions/local/local-env.js';
import type { LocalEvents } from '../../functions/local/local-events.js';
import { type RunningSes, startLocalSes } from '../../functions/local/ses-local.js';
import { LOCAL_TABLES, startApp } from '../../functions/local/stack.js';
import type { StreamReader } from '../../functions/local/stream-reader.js';
import { ensureTables } from '../../functions/local/tables.js';
import type { SiteSettings } from '../../functions/sites/schemas.js';
import { clearSiteCache, saveSite } from '../../functions/sites/service.js';
import { type RawAnswer, rawRequest } from './raw-request.js';

export interface TestApp {
  url: string;
  mailbox: DevMailbox;
  identity: LocalIdentity;
  /** With `events`: the local SES and the event pipeline reading this file's own tables. */
  ses?: RunningSes;
  events?: LocalEvents;
  /** The fold of reaction counts: `await app.counts.drain()` before asserting stored counts. */
  counts: StreamReader;
  stop(): Promise<void>;
}

let tableCounter = 0;

/**
 * Starts cognito-local and the API server in this test file's process, with a reactions table of
 * its own and the fold of its counts. With `events`, the file gets a comments table of its own too
 * (its stream carries its writes only), the local SES and the stream reader; the schedule runs
 * only when the test calls it.
 */
export async function startTestApp(
  options: { events?: boolean; edgeCache?: boolean } = {},
): Promise<TestApp> {
  process.env.LOG_LEVEL = 'SILENT';
  // Rate limits are off unless a test turns them on to check them.
  process.env.RATE_LIMITS = 'off';
  const dir = mkdtempSync(join(tmpdir(), 'reagir-test-'));
  const mailbox = new DevMailbox();
  const cognito = await startCognitoLocal({ port: 0, dataDir: dir, mailbox });
  const pool = await ensureUserPool(cognito.endpoint);
  const identity = { endpoint: cognito.endpoint, ...pool };
  const dynamoEndpoint = inject('dynamoEndpoint');
  const ses = options.events ? await startLocalSes() : undefined;
  const suffix = `${process.pid}-${Date.now().toString(36)}-${tableCounter++}`;
  // A reactions table of its own in every case: the fold's watermarks are exact for readers that
  // each read a stream from its start, and a file's reader starting midway through another file's
  // writes could fold a target's later records before that file's reader folds its earlier ones.
  const tables = options.events
    ? { comments: `${LOCAL_TABLES.comments}-${suffix}`, reactions: `${LOCAL_TABLES.reactions}-${suffix}` }
    : { comments: LOCAL_TABLES.comments, reactions: `${LOCAL_TABLES.reactions}-${suffix}` };
  await ensureTables(dynamoEndpoint, tables);
  const app = await startApp(
    { dynamoEndpoint, identity, ses },
    {
      port: 0,
      widgetDir: resolve('dist/widget'),
      mailbox,
      tables,
      scheduleMs: 0,
      exportsDir: join(dir, 'exports'),
      edgeCache: options.edgeCache,
    },
  );
  return {
    url: app.url,
    mailbox,
    identity,
    ses,
    events: app.events,
    counts: app.counts,
    async stop() {
      await app.stop();
      await ses?.stop();
      await cognito.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let siteCounter = 0;

/** Creates a site with a fresh id, so each test owns its data. */
export async function createTestSite(settings: Partial<SiteSettings> = {}): Promise<string> {
  const id = `t${process.pid}-${Date.now().toString(36)}-${siteCounter++}`;
  await saveSite(id, { guests: true, ...settings });
  clearSiteCache();
  return id;
}

// biome-ignore lint/suspicious/noExplicitAny: test responses are asserted field by field
type Json = any;

/** A JSON request to the test app (untyped: the security suites assert field by field). */
export const api = (
  app: TestApp,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer<Json>> => rawRequest<Json>(app.url, method, path, body, headers);

/** Registers, confirms (with the code from the dev mailbox) and logs in a new reader. */
export async function signUpReader(
  app: TestApp,
  name = 'Lectrice',
): Promise<{
  email: string;
  password: string;
  idToken: string;
  refreshToken: string;
  user: { id: string; name: string };
}> {
  const email = `reader-${Date.now().toString(36)}-${siteCounter++}@example.org`;
  const password = 'correct horse battery';
  await api(app, 'POST', '/v1/auth/signup', { email, password, name });
  const code = app.mailbox.latestCode(email);
  await api(app, 'POST', '/v1/auth/confirm', { email, code });
  const login = await api(app, 'POST', '/v1/auth/login', { email, password });
  return { email, password, ...login.body };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Many confirmed readers at once, created directly in the user pool (AdminCreateUser), for
 * concurrency tests that need hundreds of distinct accounts.
 */
export async function manyReaders(app: TestApp, count: number): Promise<string[]> {
  const run = `${Date.now().toString(36)}-${siteCounter++}`;
  const tokens: string[] = [];
  const password = 'correct horse battery';
  const { endpoint, ...pool } = app.identity;
  for (let i = 0; i < count; i += 20) {
    const batch = Array.from(
      { length: Math.min(20, count - i) },
      (_, j) => `many-${run}-${i + j}@example.org`,
    );
    await Promise.all(
      batch.map((email) => ensureUser(endpoint, pool, { email, password, name: email.slice(0, 12) })),
    );
    const logins = await Promise.all(
      batch.map((email) => api(app, 'POST', '/v1/auth/login', { email, password })),
    );
    tokens.push(...logins.map((l) => String(l.body.idToken)));
  }
  return tokens;
}

/** A confirmed account in the given Cognito groups (moderators, admins), logged in. */
export async function staff(app: TestApp, groups: string[], name = 'Modératrice') {
  const email = `staff-${Date.now().toString(36)}-${siteCounter++}@example.org`;
  const password = 'correct horse battery';
  const { endpoint, ...pool } = app.identity;
  await ensureUser(endpoint, pool, { email, password, name, groups });
  const login = await api(app, 'POST', '/v1/auth/login', { email, password });
  return {
    email,
    password,
    idToken: String(login.body.idToken),
    user: login.body.user as { id: string; name: string },
  };
}
