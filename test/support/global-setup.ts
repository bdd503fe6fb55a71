/**
 * Starts one DynamoDB Local (in memory) for the whole test run, on a free port, and creates the
 * tables. Each test file then starts its own API server and cognito-local (both in-process and
 * quick) with `startTestApp`, and uses its own site ids so files never see each other's data.
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

export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const dynamo = await startDynamoLocal();
  await ensureTables(dynamo.endpoint, LOCAL_TABLES);
  project.provide('dynamoEndpoint', dynamo.endpoint);
  return async () => {
    await dynamo.stop();
  };
}
