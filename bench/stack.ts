/** Bench: DynamoDB Local in memory, cognito-local and the API server, all started for one run. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureUserPool, startCognitoLocal } from '../functions/local/cognito-local.js';
import { DevMailbox } from '../functions/local/dev-mailbox.js';
import { startDynamoLocal } from '../functions/local/dynamodb-local.js';
import type { LocalIdentity } from '../functions/local/local-env.js';
import { LOCAL_TABLES, startApp } from '../functions/local/stack.js';
import type { StreamReader } from '../functions/local/stream-reader.js';
import { ensureTables } from '../functions/local/tables.js';
import { repoRoot } from '../scripts/bundle-functions.js';

/** The running stack: the server URL the bench fetches, and how to stop everything. */
export interface BenchStack {
  url: string;
  /** The user pool, to create the readers of the reaction bench. */
  identity: LocalIdentity;
  dynamoEndpoint: string;
  /** The app's fold of reaction counts (the reaction bench stops it to meter the writes alone). */
  counts: StreamReader;
  /** DynamoDB Local's JVM, whose peak memory the bench reports. */
  dynamoPid: number;
  /** What the handlers mailed (the dev mailbox: the bench measures the handlers, not SES). */
  mails(): unknown[];
  stop(): Promise<void>;
}

/** Starts a throwaway stack; nothing of it survives `stop()`. */
export async function startBenchStack(): Promise<BenchStack> {
  const dir = mkdtempSync(join(tmpdir(), 'reagir-bench-'));
  const mailbox = new DevMailbox();
  const [dynamo, cognito] = await Promise.all([
    startDynamoLocal(),
    startCognitoLocal({ port: 0, dataDir: join(dir, 'cognito'), mailbox }),
  ]);
  await ensureTables(dynamo.endpoint, LOCAL_TABLES);
  // startApp points the handlers at a user pool (tokens are verified against it); in process it costs ~20 ms.
  const pool = await ensureUserPool(cognito.endpoint);
  const app = await startApp(
    { dynamoEndpoint: dynamo.endpoint, identity: { endpoint: cognito.endpoint, ...pool } },
    { port: 0, widgetDir: join(repoRoot, 'dist/widget'), mailbox },
  );
  return {
    url: app.url,
    identity: { endpoint: cognito.endpoint, ...pool },
    dynamoEndpoint: dynamo.endpoint,
    counts: app.counts,
    dynamoPid: dynamo.pid,
    mails: () => mailbox.list().filter((message) => message.code === ''),
    async stop() {
      await app.stop();
      await Promise.all([cognito.stop(), dynamo.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
