/**
 * Test support: makes the handlers' DynamoDB client fail like a bad day on AWS, below the SDK's
 * retry layer so the product's own retry and idempotency are what is tested. Each call rolls:
 * throttled (the request never reaches the table), timed out (likewise, after a pause), or
 * lost (the write is done, then the response is lost).
 */
import { dynamo } from '../../functions/shared/data/dynamo-client.js';

export interface FaultRates {
  throttle: number;
  timeout: number;
  lostResponse: number;
}

export interface FaultCounts {
  calls: number;
  throttled: number;
  timedOut: number;
  lost: number;
}

const WRITES = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
]);

function failure(name: string, message: string, retryable: { throttling: boolean }) {
  return Object.assign(new Error(message), { name, $retryable: retryable, $metadata: {} });
}

/** Installs the faults; returns the counts so far and a function that removes them. */
export function injectDynamoFaults(rates: FaultRates, random: () => number = Math.random) {
  const counts: FaultCounts = { calls: 0, throttled: 0, timedOut: 0, lost: 0 };
  const stack = dynamo().middlewareStack;
  type Next = (args: unknown) => Promise<unknown>;
  stack.addRelativeTo(
    ((next: Next, context: { commandName?: string }) => async (args: unknown) => {
      counts.calls++;
      const roll = random();
      if (roll < rates.throttle) {
        counts.throttled++;
        throw failure('ProvisionedThroughputExceededException', 'injected throttling', { throttling: true });
      }
      if (roll < rates.throttle + rates.timeout) {
        counts.timedOut++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw failure('TimeoutError', 'injected timeout', { throttling: false });
      }
      const result = await next(args);
      if (
        roll < rates.throttle + rates.timeout + rates.lostResponse &&
        WRITES.has(context.commandName ?? '')
      ) {
        counts.lost++;
        throw failure('TimeoutError', 'injected lost response after the write', { throttling: false });
      }
      return result;
    }) as unknown as Parameters<typeof stack.addRelativeTo>[0],
    { name: 'injectFaults', relation: 'after', toMiddleware: 'retryMiddleware' },
  );
  return { counts, remove: () => stack.remove('injectFaults') };
}
