/**
 * The DynamoDB document client, configured once per process. A middleware counts every
 * command sent, so the bench measures requests per operation instead of assuming them.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.js';

/** Requests to DynamoDB in flight at once per process, beyond which they queue (the SDK's default). */
const MAX_SOCKETS = 50;

/** Commands sent since the process started (or since the last reset), by command name. */
export const dynamoRequestCounts = new Map<string, number>();

function createClients(): { base: DynamoDBClient; document: DynamoDBDocumentClient } {
  const base = new DynamoDBClient({
    region: config.region,
    endpoint: config.dynamodbEndpoint,
    // Throttling and transient errors are retried with jittered backoff before a request fails.
    maxAttempts: 4,
    // Connections are kept open between requests, on Lambda (https, a TLS handshake saved per call)
    // and locally (http). The SDK's NodeHttpHandler does so by default, http:// included (checked
    // for issue 18); stated here so that a change of that default cannot bring the handshakes back.
    requestHandler: {
      httpAgent: { keepAlive: true, maxSockets: MAX_SOCKETS },
      httpsAgent: { keepAlive: true, maxSockets: MAX_SOCKETS },
    },
  });
  base.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? 'unknown';
      dynamoRequestCounts.set(name, (dynamoRequestCounts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
  const document = DynamoDBDocumentClient.from(base, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { base, document };
}

let clients: ReturnType<typeof createClients> | undefined;

/** The shared client, created on first use so tests can set the environment first. */
export function dynamo(): DynamoDBDocumentClient {
  clients ??= createClients();
  return clients.document;
}

/**
 * The low-level client under `dynamo()`, sharing its middleware (the counts, the tests' faults):
 * for the thread's Query only, whose items are read once, straight into records (issue 18).
 */
export function dynamoBase(): DynamoDBClient {
  clients ??= createClients();
  return clients.base;
}
