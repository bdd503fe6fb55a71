/**
 * Bench: DynamoDB capacity units consumed, as DynamoDB reports them (ReturnConsumedCapacity on
 * every command the handlers send, through an SDK middleware). DynamoDB Local reports one unit
 * per item written in a transaction; DynamoDB bills two, so transactional writes are also
 * counted separately to give the billed figure.
 */
import { dynamo } from '../functions/shared/data/dynamo-client.js';

export interface Capacity {
  read: number;
  write: number;
  /** Write units that came from TransactWriteItems (billed twice on DynamoDB). */
  transactionalWrite: number;
}

const WRITE_COMMANDS = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
]);
const TRANSACTIONAL = new Set(['TransactWriteItemsCommand']);

type Units = { CapacityUnits?: number } | { CapacityUnits?: number }[] | undefined;

const sum = (units: Units) =>
  (Array.isArray(units) ? units : units ? [units] : []).reduce((t, u) => t + (u.CapacityUnits ?? 0), 0);

/** Starts counting; `take()` returns the units since the last take. */
export function meterCapacity() {
  let current: Capacity = { read: 0, write: 0, transactionalWrite: 0 };
  type Next = (args: { input: Record<string, unknown> }) => Promise<{ output: { ConsumedCapacity?: Units } }>;
  const stack = dynamo().middlewareStack;
  stack.add(
    ((next: Next, context: { commandName?: string }) => async (args: { input: Record<string, unknown> }) => {
      args.input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const units = sum(result.output.ConsumedCapacity);
      const name = context.commandName ?? '';
      if (WRITE_COMMANDS.has(name)) current.write += units;
      else current.read += units;
      if (TRANSACTIONAL.has(name)) current.transactionalWrite += units;
      return result;
    }) as never,
    { step: 'initialize', name: 'meterCapacity' },
  );
  return {
    take(): Capacity {
      const taken = current;
      current = { read: 0, write: 0, transactionalWrite: 0 };
      return taken;
    },
    stop: () => stack.remove('meterCapacity'),
  };
}
