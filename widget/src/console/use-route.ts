/**
 * Console: the section shown, read from the URL's hash (`#/queue/reported`, `#/log`...), so the
 * browser's back button and bookmarks work without any server routing under `/console/`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Queue } from '../api/moderation.js';
import type { ConsoleView } from '../i18n/console-messages.js';

/** Where the moderator is. */
export interface Route {
  view: ConsoleView;
  queue: Queue;
}

/** Every queue, in the order of the tabs. */
export const QUEUE_ORDER: readonly Queue[] = [
  'pending',
  'reported',
  'notices',
  'unreviewed',
  'rejected',
  'spam',
  'approved',
];
const VIEWS: readonly ConsoleView[] = [
  'queue',
  'log',
  'stats',
  'alerts',
  'settings',
  'team',
  'webhooks',
  'export',
  'security',
];

/** The route of a hash; anything unknown is the pending queue. */
export function parseRoute(hash: string): Route {
  const [, view, queue] = hash.split('/');
  return {
    view: VIEWS.find((v) => v === view) ?? 'queue',
    queue: QUEUE_ORDER.find((q) => q === queue) ?? 'pending',
  };
}

/** The hash of a route. */
export const routeHash = (view: ConsoleView, queue?: Queue): string =>
  view === 'queue' ? `#/queue/${queue ?? 'pending'}` : `#/${view}`;

/** The current route, following `hashchange`. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}
