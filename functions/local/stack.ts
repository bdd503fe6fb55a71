/**
 * Local stack: everything `npm start` and the tests need, started in order. The emulators
 * (DynamoDB Local, cognito-local with its user pool) are slow to start and shared; the app (the
 * environment, tables, demo site and the HTTP server mounting the Lambda handlers) is quick.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useMailTransport } from '../shared/mail/mailer.js';
import { startApiServer } from './api-server.js';
import { ensureUser, ensureUserPool, startCognitoLocal } from './cognito-local.js';
import { ensureDemoSite } from './demo-site.js';
import { DevMailbox } from './dev-mailbox.js';
import { startDynamoLocal } from './dynamodb-local.js';
import { applyLocalEnv, type LocalIdentity } from './local-env.js';
import { type LocalEvents, startLocalEvents, startReactionCounts } from './local-events.js';
import { type RunningSes, startLocalSes } from './ses-local.js';
import type { StreamReader } from './stream-reader.js';
import { ensureTables, type LocalTableNames } from './tables.js';

export const LOCAL_TABLES: LocalTableNames = { comments: 'reagir-comments', reactions: 'reagir-reactions' };

export interface Emulators {
  dynamoEndpoint: string;
  identity: LocalIdentity;
  mailbox: DevMailbox;
  /** The local SES v2 endpoint: every mail of the handlers goes there. */
  ses: RunningSes;
  /** Kept for the stream reader's position. */
  dataDir?: string;
  stop(): Promise<void>;
}

/** Starts DynamoDB Local, cognito-local and the local SES; without `dataDir` all data is thrown away at stop. */
export async function startEmulators(options: { dataDir?: string } = {}): Promise<Emulators> {
  const scratch = options.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'reagir-'));
  const dataDir = options.dataDir ?? (scratch as string);
  const mailbox = new DevMailbox();
  const [dynamo, cognito, ses] = await Promise.all([
    startDynamoLocal({ dataDir: options.dataDir ? join(dataDir, 'dynamodb') : undefined }),
    startCognitoLocal({ port: 0, dataDir: join(dataDir, 'cognito'), mailbox }),
    startLocalSes(Number(process.env.SES_PORT ?? 0)),
  ]);
  const pool = await ensureUserPool(cognito.endpoint);
  await ensureTables(dynamo.endpoint, LOCAL_TABLES);
  return {
    dynamoEndpoint: dynamo.endpoint,
    identity: { endpoint: cognito.endpoint, ...pool },
    mailbox,
    ses,
    dataDir: options.dataDir,
    async stop() {
      await Promise.all([cognito.stop(), dynamo.stop(), ses.stop()]);
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    },
  };
}

export interface AppOptions {
  /** HTTP port; 0 picks a free one. */
  port: number;
  widgetDir: string;
  mailbox?: DevMailbox;
  moderator?: { email: string; password: string };
  /** Table names (tests of the event pipeline use tables of their own: their stream is theirs). */
  tables?: LocalTableNames;
  /** Keep the shared answers a few seconds, as CloudFront does (functions/local/edge.ts). */
  edgeCache?: boolean;
  /** Milliseconds between the schedule's rounds (60 s); 0 for none (tests run it themselves). */
  scheduleMs?: number;
  /**
   * Where the console's site exports are written (`EXPORTS_DIR`, standing in for the exports bucket).
   * @default `<dataDir>/exports`, or a folder of the system's temporary directory without a dataDir
   */
  exportsDir?: string;
}

export interface RunningApp {
  url: string;
  server: Server;
  /** The event pipeline, when the emulators include the local SES. */
  events?: LocalEvents;
  /** The fold of reaction counts from the reactions table's stream (`drain()` waits for it). */
  counts: StreamReader;
  stop(): Promise<void>;
}

/** Points the handlers at the emulators, seeds the demo site and serves the API. */
export async function startApp(
  emulators: Pick<Emulators, 'dynamoEndpoint' | 'identity'> & Partial<Pick<Emulators, 'ses' | 'dataDir'>>,
  options: AppOptions,
): Promise<RunningApp> {
  const tables = options.tables ?? LOCAL_TABLES;
  applyLocalEnv(emulators.dynamoEndpoint, tables, emulators.identity);
  const { mailbox, ses } = { ...options, ses: emulators.ses };
  if (ses) {
    // The handlers' own mail goes through SES v2, as on AWS, to the local SES (the dev mailbox reads it).
    useMailTransport(undefined);
    Object.assign(process.env, {
      SES_ENDPOINT: ses.endpoint,
      SES_REGION: process.env.AWS_REGION,
      MAIL_FROM: process.env.MAIL_FROM || 'alertes@reagir.local',
      MAIL_FROM_NAME: process.env.MAIL_FROM_NAME || 'Réagir',
      // The stack's own test receiver listens on http://127.0.0.1 (never allowed on AWS).
      WEBHOOKS_ALLOW_LOCAL: '1',
    });
  } else if (mailbox) useMailTransport(async (message) => void mailbox.add({ ...message, code: '' }));
  // The console's site exports: a folder for the bucket, the worker in this process for its Lambda.
  if (!process.env.EXPORTS_BUCKET)
    process.env.EXPORTS_DIR =
      options.exportsDir ??
      (process.env.EXPORTS_DIR ||
        (emulators.dataDir
          ? join(emulators.dataDir, 'exports')
          : mkdtempSync(join(tmpdir(), 'reagir-exports-'))));
  // Port 0 (tests) picks a free port: the demo site then keeps the default origins.
  await ensureDemoSite(options.port || undefined);
  if (options.moderator) {
    const { endpoint, ...pool } = emulators.identity;
    await ensureUser(endpoint, pool, {
      ...options.moderator,
      name: 'Modération',
      groups: ['moderators', 'admins'],
    });
  }
  const { server, url } = await startApiServer({ ...options, ses });
  process.env.PUBLIC_API_URL ||= url;
  const events = ses
    ? await startLocalEvents({
        dynamoEndpoint: emulators.dynamoEndpoint,
        table: tables.comments,
        dataDir: emulators.dataDir,
        scheduleMs: options.scheduleMs,
      })
    : undefined;
  const counts = await startReactionCounts({
    dynamoEndpoint: emulators.dynamoEndpoint,
    table: tables.reactions,
    dataDir: emulators.dataDir,
  });
  return {
    url,
    server,
    events,
    counts,
    async stop() {
      await Promise.all([events?.stop(), counts.stop()]);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
