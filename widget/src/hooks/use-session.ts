/** Hooks: the current session, re-rendering on login, logout, refresh and expiry. */
import { useEffect, useState } from 'preact/hooks';
import type { Session, SessionStore } from '../api/session-store.js';

/** The session held by `store`, kept current. */
export function useSession(store: SessionStore): Session | undefined {
  const [session, setSession] = useState(store.get);
  useEffect(() => {
    setSession(store.get());
    return store.subscribe(setSession);
  }, [store]);
  return session;
}
