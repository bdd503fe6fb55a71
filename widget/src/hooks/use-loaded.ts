/** Hooks: a chunk (or anything async) loaded on first use, for the parts of the widget not in the entry. */
import { useEffect, useState } from 'preact/hooks';

/**
 * What `load` resolves to, from the first render where `when` holds; undefined before. A loader
 * may resolve to null for a failure: it is tried again the next time `when` turns true.
 */
export function useLoaded<T>(load: () => Promise<T>, when = true): T | undefined {
  const [value, setValue] = useState<T>();
  // `load` is a new arrow at each render and always loads the same thing: only `when` matters.
  useEffect(() => {
    let live = true;
    if (when && value == null) {
      load().then(
        (loaded) => live && setValue(() => loaded),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [when]);
  return value;
}
