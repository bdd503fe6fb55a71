/** Hooks: a callback for every change of the session, with its cause (see SessionChange). */
import { useEffect, useRef } from 'preact/hooks';
import type { Session, SessionChange, SessionStore } from '../api/session-store.js';

/** Calls the latest `on` at each change of `store`'s session, for as long as the component lives. */
export function useSessionEvents(
  store: SessionStore,
  on: (session: Session | undefined, change: SessionChange) => void,
): void {
  const handler = useRef(on);
  handler.current = on;
  useEffect(() => store.subscribe((session, change) => handler.current(session, change)), [store]);
}
