import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
  TransactionConflictException,
} from '@aws-sdk/client-dynamodb';
import type { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import {
  conditionalWrite,
  OWN_EARLIER_WRITE,
  type Send,
  type Step,
  transact,
} from '../../functions/shared/data/transact.js';

type Code = 'None' | 'ConditionalCheckFailed' | 'TransactionConflict';

/** What DynamoDB throws when it cancels a transaction, one reason per item. */
const cancelled = (...codes: Code[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

/** A stand-in for DynamoDB: answers each call in turn (an error is thrown), counting the calls. */
function answering(...answers: (Error | undefined)[]) {
  const sent: unknown[] = [];
  const send: Send = async (command) => {
    sent.push(command);
    const answer = answers[sent.length - 1];
    if (answer) throw answer;
    return {};
  };
  return { send, sent };
}

const put = (pk: string): Step['item'] => ({
  Put: { TableName: 't', Item: { pk, sk: pk }, ConditionExpression: 'attribute_not_exists(pk)' },
});

/** Two Puts whose refusals are named `taken` and `closed`, in that order. */
const twoNamedSteps = () => [
  { item: put('a'), refused: 'taken' as const },
  { item: put('b'), refused: 'closed' as const },
];

describe('transact', () => {
  it('returns no refusal when the transaction is written', async () => {
    const dynamo = answering(undefined);

    const outcome = await transact([{ item: put('a'), refused: 'taken' }], { send: dynamo.send });

    expect(outcome.refused).toBeUndefined();
  });

  it('sends every step as one TransactWriteItems, in step order', async () => {
    const dynamo = answering(undefined);

    await transact([{ item: put('a') }, { item: put('b') }], { send: dynamo.send });

    const [command] = dynamo.sent as TransactWriteCommand[];
    expect(command?.input.TransactItems).toEqual([put('a'), put('b')]);
  });

  it('names the refusal the refused step declared', async () => {
    const dynamo = answering(cancelled('None', 'ConditionalCheckFailed'));
    const steps = twoNamedSteps();

    const outcome = await transact(steps, { send: dynamo.send });

    expect(outcome.refused).toBe('closed');
  });

  it('names the first refused step when several fail and no precedence is given', async () => {
    const dynamo = answering(cancelled('ConditionalCheckFailed', 'ConditionalCheckFailed'));
    const steps = twoNamedSteps();

    const outcome = await transact(steps, { send: dynamo.send });

    expect(outcome.refused).toBe('taken');
  });

  it('names the refusal that comes first in the precedence, whatever the step order', async () => {
    const dynamo = answering(cancelled('ConditionalCheckFailed', 'None', 'ConditionalCheckFailed'));
    const steps = [
      { item: put('a'), refused: 'closed' as const },
      { item: put('b'), refused: 'gone' as const },
      { item: put('c'), refused: 'replayed' as const },
    ];

    const outcome = await transact(steps, { send: dynamo.send, precedence: ['replayed', 'gone', 'closed'] });

    expect(outcome.refused).toBe('replayed');
  });

  it('reports a success when the step written by our own earlier attempt is refused', async () => {
    const dynamo = answering(cancelled('ConditionalCheckFailed', 'ConditionalCheckFailed'));
    const steps: Step<'replayed'>[] = [
      { item: put('a'), refused: OWN_EARLIER_WRITE },
      { item: put('b'), refused: 'replayed' },
    ];

    const outcome = await transact(steps, { send: dynamo.send, precedence: ['replayed'] });

    expect(outcome.refused).toBeUndefined();
  });

  it('throws the cancellation when only a step without a declared meaning is refused', async () => {
    const error = cancelled('None', 'ConditionalCheckFailed');
    const dynamo = answering(error);

    const written = transact([{ item: put('a'), refused: 'taken' }, { item: put('b') }], {
      send: dynamo.send,
    });

    await expect(written).rejects.toBe(error);
  });

  it('retries a transaction cancelled only by a conflict, and returns its outcome', async () => {
    const dynamo = answering(
      cancelled('TransactionConflict', 'None'),
      new TransactionConflictException({
        message: 'conflict',
        $metadata: {},
      }),
      undefined,
    );

    const outcome = await transact([{ item: put('a'), refused: 'taken' }, { item: put('b') }], {
      send: dynamo.send,
    });

    expect({ outcome, calls: dynamo.sent.length }).toEqual({ outcome: {}, calls: 3 });
  });

  it('does not retry a conflict when a condition also failed', async () => {
    const dynamo = answering(cancelled('TransactionConflict', 'ConditionalCheckFailed'), undefined);

    const outcome = await transact([{ item: put('a') }, { item: put('b'), refused: 'taken' }], {
      send: dynamo.send,
    });

    expect({ outcome, calls: dynamo.sent.length }).toEqual({ outcome: { refused: 'taken' }, calls: 1 });
  });

  it('throws any other error without retrying', async () => {
    const error = Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' });
    const dynamo = answering(error, undefined);

    const written = transact([{ item: put('a') }], { send: dynamo.send });

    await expect(written).rejects.toBe(error);
    expect(dynamo.sent).toHaveLength(1);
  });

  it('gives up after eight conflicts in a row, with the last one', async () => {
    const conflicts = Array.from({ length: 8 }, () => cancelled('TransactionConflict'));
    const dynamo = answering(...conflicts, undefined);

    vi.useFakeTimers();

    const written = expect(transact([{ item: put('a') }], { send: dynamo.send })).rejects.toBe(conflicts[7]);
    await vi.runAllTimersAsync();

    vi.useRealTimers();
    await written;
  });
});

describe('conditionalWrite', () => {
  it('sends the step as a plain write, not a transaction', async () => {
    const dynamo = answering(undefined);

    await conditionalWrite({ item: { Put: { TableName: 't', Item: { pk: 'a' } } } }, dynamo.send);

    const [command] = dynamo.sent as PutCommand[];
    expect(command?.constructor.name).toBe('PutCommand');
  });

  it('names the refusal the step declared when its condition fails', async () => {
    const dynamo = answering(new ConditionalCheckFailedException({ message: 'refused', $metadata: {} }));

    const outcome = await conditionalWrite(
      { item: { Update: { TableName: 't', Key: { pk: 'a' } } }, refused: 'moved' },
      dynamo.send,
    );

    expect(outcome.refused).toBe('moved');
  });

  it('returns the attributes DynamoDB answered with when written', async () => {
    const send: Send = async () => ({ Attributes: { pk: 'a', body: 'new' } });

    const outcome = await conditionalWrite({ item: { Update: { TableName: 't', Key: { pk: 'a' } } } }, send);

    expect(outcome).toEqual({ attributes: { pk: 'a', body: 'new' } });
  });

  it('throws a refusal the step did not declare', async () => {
    const error = new ConditionalCheckFailedException({ message: 'refused', $metadata: {} });
    const dynamo = answering(error);

    const written = conditionalWrite({ item: { Delete: { TableName: 't', Key: { pk: 'a' } } } }, dynamo.send);

    await expect(written).rejects.toBe(error);
  });
});
