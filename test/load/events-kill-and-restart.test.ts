/**
 * Issue 15: the events handler killed (SIGKILL) in the middle of a batch, then restarted, sends no
 * email twice and loses none. A worker process (support/events-worker.ts) reads the real stream of
 * a table of this file's, through the real ledger, to the local SES. The first worker kills itself
 * at its 40th send, after claiming that effect and before mailing; the second goes on from the
 * stream position the first kept, replaying what the first had done without a checkpoint.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { localCredentials } from '../../functions/local/dynamodb-local.js';
import { type RunningSes, startLocalSes } from '../../functions/local/ses-local.js';
import { ensureTables } from '../../functions/local/tables.js';
import { newId } from '../../functions/shared/ids.js';

const COMMENTS = 200;
const dir = mkdtempSync(join(tmpdir(), 'reagir-events-kill-'));
const workers: ChildProcess[] = [];
let ses: RunningSes | undefined;
afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await ses?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  // Node itself with tsx's loader (no tsx wrapper process): the worker's SIGKILL is its own.
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/load/support/events-worker.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  workers.push(child);
  return new Promise((ready, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && ready(child));
    child.on('exit', (code) => fail(new Error(`worker exited early (${code})`)));
  });
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((done) => child.on('exit', () => done()));

async function until(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the events handler killed mid-batch', () => {
  it('sends every email once across the kill and the restart', { timeout: 240_000 }, async () => {
    const endpoint = inject('dynamoEndpoint');
    const tables = {
      comments: `events-kill-${Date.now().toString(36)}`,
      reactions: `events-kill-r-${Date.now().toString(36)}`,
    };
    await ensureTables(endpoint, tables);
    ses = await startLocalSes();
    const env = {
      DYNAMODB_ENDPOINT: endpoint,
      COMMENTS_TABLE: tables.comments,
      REACTIONS_TABLE: tables.reactions,
      AWS_REGION: 'eu-west-3',
      AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
      SES_ENDPOINT: ses.endpoint,
      SES_REGION: 'eu-west-3',
      MAIL_FROM: 'alertes@example.fr',
      CHECKPOINT_FILE: join(dir, 'position'),
      EFFECT_LEASE_MS: '3000',
      LOG_LEVEL: 'SILENT',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    const first = await startWorker({ ...env, CRASH_AT: '40' });

    const db = DynamoDBDocumentClient.from(
      new DynamoDBClient({ endpoint, region: 'eu-west-3', credentials: localCredentials }),
    );
    const ids = Array.from({ length: COMMENTS }, () => newId());
    for (let i = 0; i < ids.length; i += 25)
      await db.send(
        new BatchWriteCommand({
          RequestItems: {
            [tables.comments]: ids.slice(i, i + 25).map((id) => ({
              PutRequest: {
                Item: {
                  pk: 'PAGE#s#p',
                  sk: `C#${id}`,
                  id,
                  site: 's',
                  page: 'p',
                  status: 'approved',
                  body: id,
                },
              },
            })),
          },
        }),
      );

    await exited(first);
    expect(first.signalCode).toBe('SIGKILL');
    const beforeRestart = (await ses.messages()).length;
    expect(beforeRestart).toBe(39);

    await startWorker(env);
    const recipients = async () => (await (ses as RunningSes).messages()).flatMap((m) => m.destination.to);
    await until(async () => (await recipients()).length >= COMMENTS, 180_000);
    // A moment more: a duplicate would arrive now (a replay, or the sweeper taking a lease up again).
    await new Promise((r) => setTimeout(r, 4000));

    const sent = await recipients();
    expect(sent).toHaveLength(COMMENTS);
    expect(new Set(sent).size).toBe(COMMENTS);
    expect(new Set(sent)).toEqual(new Set(ids.map((id) => `${id.toLowerCase()}@example.org`)));
    db.destroy();
  });
});
