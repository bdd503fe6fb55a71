/**
 * Issue 18, point 5: `npm start`'s DynamoDB Local (on disk) runs with a bounded heap, so the local
 * stack stays under ~600 MB. Asked of the running JVM itself (`jcmd VM.flags`, shipped with the JDK).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningDynamo, startDynamoLocal } from '../../functions/local/dynamodb-local.js';

const dir = mkdtempSync(join(tmpdir(), 'reagir-heap-'));
let dynamo: RunningDynamo;
let flags: string;

beforeAll(async () => {
  dynamo = await startDynamoLocal({ dataDir: dir });
  flags = execFileSync('jcmd', [String(dynamo.pid), 'VM.flags'], { encoding: 'utf8' });
}, 120_000);

afterAll(async () => {
  await dynamo?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('DynamoDB Local on disk, as npm start runs it', () => {
  it('stops its heap at 256 MB', () => {
    expect(flags).toMatch(/-XX:MaxHeapSize=268435456\b/);
  });

  it('starts its heap at 32 MB, to grow only as its live data needs', () => {
    expect(flags).toMatch(/-XX:InitialHeapSize=33554432\b/);
  });

  it('collects with the serial collector, with no GC threads per core', () => {
    expect(flags).toMatch(/-XX:\+UseSerialGC\b/);
  });
});
