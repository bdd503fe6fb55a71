/**
 * Hooks: the comment named by the host page's URL (`#reagir-<id>`). The browser cannot scroll to
 * an element inside a shadow root by itself, so the widget follows the hash and does it.
 */
import { useEffect, useState } from 'preact/hooks';

const hashId = () => /^#reagir-([\w-]+)$/.exec(location.hash)?.[1];

/** The highlighted comment id, following `hashchange`; the setter highlights another one. */
export function usePermalink(): [string | undefined, (id: string) => void] {
  const [id, setId] = useState(hashId);
  useEffect(() => {
    const follow = () => setId(hashId());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return [id, setId];
}
