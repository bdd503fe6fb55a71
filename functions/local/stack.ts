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
import { ensureTables, type LocalTableNames } from './tables.js';

export const LOCAL_TABLES: LocalTableNames = { comments: 'reagir-comments', reactions: 'reagir-reactions' };

export interface Emulators {
  dynamoEndpoint: string;
  identity: LocalIdentity;
  mailbox: DevMailbox;
  stop(): Promise<void>;
}

/** Starts DynamoDB Local and cognito-local; without `dataDir` all data is thrown away at stop. */
export async function startEmulators(options: { dataDir?: string } = {}): Promise<Emulators> {
  const scratch = options.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'reagir-'));
  const dataDir = options.dataDir ?? (scratch as string);
  const mailbox = new DevMailbox();
  const [dynamo, cognito] = await Promise.all([
    startDynamoLocal({ dataDir: options.dataDir ? join(dataDir, 'dynamodb') : undefined }),
    startCognitoLocal({ port: 0, dataDir: join(dataDir, 'cognito'), mailbox }),
  ]);
  const pool = await ensureUserPool(cognito.endpoint);
  await ensureTables(dynamo.endpoint, LOCAL_TABLES);
  return {
    dynamoEndpoint: dynamo.endpoint,
    identity: { endpoint: cognito.endpoint, ...pool },
    mailbox,
    async stop() {
      await Promise.all([cognito.stop(), dynamo.stop()]);
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
}

export interface RunningApp {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

/** Points the handlers at the emulators, seeds the demo site and serves the API. */
export async function startApp(
  emulators: Pick<Emulators, 'dynamoEndpoint' | 'identity'>,
  options: AppOptions,
): Promise<RunningApp> {
  applyLocalEnv(emulators.dynamoEndpoint, LOCAL_TABLES, emulators.identity);
  // The handlers' own mail (SES on AWS) lands in the dev mailbox, beside Cognito's codes.
  const { mailbox } = options;
  if (mailbox) useMailTransport(async (message) => void mailbox.add({ ...message, code: '' }));
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
  const { server, url } = await startApiServer(options);
  return {
    url,
    server,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
