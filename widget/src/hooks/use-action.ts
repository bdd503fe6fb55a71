/** Hooks: an async action with its busy flag and the code of its last failure, for forms and buttons. */
import { useState } from 'preact/hooks';
import { type AnyErrorCode, errorCode } from '../api/api-error.js';

/** The state and trigger of one async action. */
export interface Action<A extends unknown[]> {
  busy: boolean;
  error: AnyErrorCode | undefined;
  run: (...args: A) => Promise<void>;
  /** Forgets the last failure (the reader moved on to something else). */
  clear: () => void;
}

/** Wraps `fn`: while it runs `busy` is true; a rejection becomes `error` instead of escaping. */
export function useAction<A extends unknown[]>(fn: (...args: A) => Promise<unknown>): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AnyErrorCode>();
  const run = async (...args: A) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn(...args);
    } catch (failure) {
      setError(errorCode(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clear: () => setError(undefined) };
}
