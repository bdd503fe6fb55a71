/**
 * DynamoDB transactions: reading why one was cancelled, and retrying those cancelled only by a
 * conflict with a concurrent transaction (nothing was written then, so retrying is safe).
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** The positions of the items whose condition failed, or undefined when not a cancellation. */
export function transactionRefusal(error: unknown): { failed: number[]; conflict: boolean } | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const reasons = error.CancellationReasons ?? [];
  const failed = reasons.flatMap((reason, i) => (reason.Code === 'ConditionalCheckFailed' ? [i] : []));
  const conflict = reasons.some((reason) => reason.Code === 'TransactionConflict');
  return { failed, conflict };
}

const MAX_ATTEMPTS = 8;

/** Runs `write`, again after a jittered, growing pause while it is cancelled by a conflict. */
export async function retryConflicts<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const refusal = transactionRefusal(error);
      const conflict = refusal?.conflict && refusal.failed.length === 0;
      const throttled = (error as Error).name === 'TransactionConflictException';
      if (!(conflict || throttled) || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
    }
  }
}
