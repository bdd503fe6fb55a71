/** Console: the queues as tabs-like links (each a URL, so back and bookmarks work). */
import type { Queue } from '../../api/moderation.js';
import { useConsoleText } from '../../i18n/console-index.js';
import { QUEUE_ORDER, routeHash } from '../use-route.js';

/** Links to every queue, the shown one marked current. */
export function QueueTabs({ queue }: { queue: Queue }) {
  const m = useConsoleText();
  return (
    <nav class="queue-tabs nav" aria-label={m.queueNav}>
      <ul>
        {QUEUE_ORDER.map((q) => (
          <li key={q}>
            <a href={routeHash('queue', q)} aria-current={q === queue ? 'page' : undefined}>
              {m.queues[q]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
