/**
 * The one way to write conditionally: named steps. Each step is one write (Put, Update, Delete,
 * ConditionCheck) and, when its condition can fail for a reason the caller cares about, what that
 * refusal means: a name the caller gets back, or {@link OWN_EARLIER_WRITE}. `transact` sends the
 * steps as one TransactWriteItems and retries it while a concurrent transaction cancels it
 * (nothing was written then); `conditionalWrite` sends one step as a plain Put/Update/Delete.
 *
 * Cost: a transaction costs two write units per item, a plain write one. A lone conditional write
 * needs no transaction for its atomicity, so `conditionalWrite` keeps it plain (half the cost)
 * under the same named-refusal contract.
 */
import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
  TransactionConflictException,
} from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DeleteCommandInput,
  PutCommand,
  type PutCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { dynamo } from './dynamo-client.js';

/** One item of a TransactWriteItems. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * A step's refusal means "already written, by our own earlier attempt whose answer was lost": the
 * whole transaction was written then, so it is reported as a success. Only for a Put of a new item
 * whose key no one else can write (a random id).
 */
export const OWN_EARLIER_WRITE: unique symbol = Symbol('written by our own earlier attempt');

/** One named step: its write, and what a refusal of its condition means (none: an error). */
export interface Step<R extends string = never> {
  item: TransactItem;
  refused?: R | typeof OWN_EARLIER_WRITE;
}

/** A single write: a Put, an Update or a Delete (a lone ConditionCheck writes nothing). */
export interface WriteStep<R extends string = never> {
  item: { Put: PutCommandInput } | { Update: UpdateCommandInput } | { Delete: DeleteCommandInput };
  refused?: R;
}

/** What came of the write: the refusal's name, or none (written) with the item's new attributes. */
export interface Outcome<R extends string> {
  refused?: R;
  /** With `ReturnValues` on a single write: the attributes DynamoDB returned. */
  attributes?: Record<string, unknown>;
}

/** How the steps reach DynamoDB: the shared client by default, a stand-in in unit tests. */
export type Send = (
  command: TransactWriteCommand | PutCommand | UpdateCommand | DeleteCommand,
) => Promise<{ Attributes?: Record<string, unknown> }>;

// The document client's `send` is typed per command; one cast covers the four it is given here.
const sendToDynamo: Send = (command) =>
  dynamo().send(command as UpdateCommand) as Promise<{ Attributes?: Record<string, unknown> }>;

export interface TransactOptions<R extends string> {
  /**
   * Which refusal wins when several conditions fail, first first; names left out rank after, in
   * step order. Without it, the first refused step's name. {@link OWN_EARLIER_WRITE} always wins.
   */
  precedence?: readonly NoInfer<R>[];
  send?: Send;
}

const MAX_ATTEMPTS = 8;

/**
 * Writes the steps in one transaction; a failed condition returns the name its step declared
 * (one without a declared meaning throws). Retried after a jittered, growing pause while a
 * concurrent transaction cancels it and no condition failed.
 */
export async function transact<R extends string = never>(
  steps: readonly Step<R>[],
  options: TransactOptions<R> = {},
): Promise<Outcome<R>> {
  const send = options.send ?? sendToDynamo;
  for (let attempt = 1; ; attempt++) {
    try {
      await send(new TransactWriteCommand({ TransactItems: steps.map((step) => step.item) }));
      return {};
    } catch (error) {
      const failed = failedSteps(error);
      if (failed && failed.size > 0) return refusalOf(steps, failed, options.precedence, error);
      const conflict = failed !== undefined || error instanceof TransactionConflictException;
      if (!conflict || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
    }
  }
}

/**
 * The positions of the steps whose condition failed; an empty set when the transaction was
 * cancelled only by a conflict with another; undefined when it was not a retryable cancellation.
 */
function failedSteps(error: unknown): Set<number> | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const reasons = error.CancellationReasons ?? [];
  const failed = new Set(
    reasons.flatMap((reason, i) => (reason.Code === 'ConditionalCheckFailed' ? [i] : [])),
  );
  if (failed.size > 0) return failed;
  return reasons.some((reason) => reason.Code === 'TransactionConflict') ? failed : undefined;
}

function refusalOf<R extends string>(
  steps: readonly Step<R>[],
  failed: Set<number>,
  precedence: readonly R[] = [],
  error: unknown,
): Outcome<R> {
  const meanings = steps.flatMap((step, i) => (failed.has(i) && step.refused ? [step.refused] : []));
  if (meanings.includes(OWN_EARLIER_WRITE)) return {};
  const names = meanings.filter((meaning): meaning is R => meaning !== OWN_EARLIER_WRITE);
  const rank = (name: R) => {
    const i = precedence.indexOf(name);
    return i === -1 ? precedence.length : i;
  };
  const [first] = names
    .map((name, i) => ({ name, i }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.i - b.i);
  if (first) return { refused: first.name };
  throw error;
}

/**
 * Writes one step on its own (a plain Put, Update or Delete, one write unit): a failed condition
 * returns the name it declared (none declared: the error is thrown).
 */
export async function conditionalWrite<R extends string = never>(
  step: WriteStep<R>,
  send: Send = sendToDynamo,
): Promise<Outcome<R>> {
  const { item } = step;
  const command =
    'Put' in item
      ? new PutCommand(item.Put)
      : 'Update' in item
        ? new UpdateCommand(item.Update)
        : new DeleteCommand(item.Delete);
  try {
    const { Attributes } = await send(command);
    return { attributes: Attributes };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException && step.refused) return { refused: step.refused };
    throw error;
  }
}
