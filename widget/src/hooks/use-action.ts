/** Hooks: an async action with its busy flag and the code of its last failure, for forms and buttons. */
import { useState } from 'preact/hooks';
import { type AnyErrorCode, type AnyErrorParams, ApiError, errorCode } from '../api/api-error.js';

/** The state and trigger of one async action. */
export interface Action<A extends unknown[]> {
  busy: boolean;
  error: AnyErrorCode | undefined;
  /** The last failure's parameters (how long to wait…), for its message. */
  params?: AnyErrorParams;
  run: (...args: A) => Promise<void>;
  /** Forgets the last failure (the reader moved on to something else). */
  clear: () => void;
}

/** Wraps `fn`: while it runs `busy` is true; a rejection becomes `error` instead of escaping. */
export function useAction<A extends unknown[]>(fn: (...args: A) => Promise<unknown>): Action<A> {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ code: AnyErrorCode; params?: AnyErrorParams }>();
  const run = async (...args: A) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await fn(...args);
    } catch (thrown) {
      setFailure({ code: errorCode(thrown), params: thrown instanceof ApiError ? thrown.params : undefined });
    } finally {
      setBusy(false);
    }
  };
  return { busy, error: failure?.code, params: failure?.params, run, clear: () => setFailure(undefined) };
}
