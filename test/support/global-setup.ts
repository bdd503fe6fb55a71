/**
 * Starts one DynamoDB Local (in memory) for the whole test run, on a free port, and creates the
 * tables. Each test file then starts its own API server and cognito-local (both in-process and
 * quick) with `startTestApp`, and uses its own site ids so files never see each other's data.
 *
 * Every stateful vitest project (vitest.config.ts) lists this file, and vitest runs a project's
 * global setup once per project: the first one starts DynamoDB Local, the others reuse it, the last
 * teardown stops it. Projects without it (unit, bundle, infra) need no Java.
 */
import type { TestProject } from 'vitest/node';
import { startDynamoLocal } from '../../functions/local/dynamodb-local.js';
import { LOCAL_TABLES } from '../../functions/local/stack.js';
import { ensureTables } from '../../functions/local/tables.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

interface Running {
  endpoint: Promise<string>;
  stop(): Promise<void>;
  /** Projects set up with it and not yet torn down. */
  users: number;
}

// Vitest loads this module once per project, in the same process: the instance lives on globalThis.
const shared = globalThis as typeof globalThis & { reagirDynamoLocal?: Running };

function start(): Running {
  const dynamo = startDynamoLocal().then(async (started) => {
    await ensureTables(started.endpoint, LOCAL_TABLES);
    return started;
  });
  return { endpoint: dynamo.then((d) => d.endpoint), stop: () => dynamo.then((d) => d.stop()), users: 0 };
}

export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  shared.reagirDynamoLocal ??= start();
  const running = shared.reagirDynamoLocal;
  running.users++;
  project.provide('dynamoEndpoint', await running.endpoint);
  return async () => {
    if (--running.users > 0) return;
    shared.reagirDynamoLocal = undefined;
    await running.stop();
  };
}
