/**
 * Console: calls a function every few seconds while the page is visible (a hidden tab asks the
 * server nothing), and once as soon as it becomes visible again.
 */
import { useEffect, useRef } from 'preact/hooks';

/** Calls `tick` every `ms` while `document.visibilityState` is `visible`; restarts when `deps` change. */
export function useVisibleInterval(tick: () => void, ms: number, deps: readonly unknown[]): void {
  // The callback changes on every render; the timer is set once per `deps` and calls the latest.
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    const visible = () => document.visibilityState === 'visible';
    const timer = setInterval(() => visible() && latest.current(), ms);
    const onChange = () => visible() && latest.current();
    document.addEventListener('visibilitychange', onChange);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onChange);
    };
  }, [ms, ...deps]);
}
